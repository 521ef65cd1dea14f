import anyAscii from 'any-ascii';
import GithubSlugger, { slug } from 'github-slugger';

/** How many leading words of a paragraph make its id. */
export const PARAGRAPH_ID_WORDS = 6;

/** A block of the body as ids see it: what it is and the words it holds. */
export interface BlockText {
  kind: 'heading' | 'paragraph';
  text: string;
}

/**
 * Any script folded to ASCII by a transliteration library (any-ascii): "Jean-Noël" → "Jean-Noel",
 * "Зеленського" → "Zelens'kogo", "آنا رييس" → "an ryys", so a shared link reads `#p-…-jean-noel-barrot`,
 * not `%C3%AB` or a wall of percent signs. Every id published before this rule was ASCII already (Latin
 * letters were folded the same way), and the anchor manifests (`content/anchors/`) stop a build that changes one.
 */
export function foldToAscii(text: string): string {
  // Words only: punctuation stays as it is, for the slugger to drop as it always has ("Before—after" → "beforeafter").
  return text.replace(/[^\p{ASCII}\p{P}\p{Z}\p{S}]+/gu, (word) => anyAscii(word));
}

/** The id a block would get on its own: a heading's slug, or `p-` and a paragraph's first words. */
export function baseId(block: BlockText): string {
  const text = foldToAscii(block.text);
  if (block.kind === 'heading') return slug(text) || 'section';
  // Dashes and slashes separate words ("troops—even" is two words), unlike in GitHub's heading slugs.
  const words = slug(text.replace(/[\u2010-\u2015/]/g, ' ')).split('-').filter(Boolean).slice(0, PARAGRAPH_ID_WORDS);
  return `p-${words.join('-') || 'paragraph'}`;
}

/**
 * Ids for every block of a body, derived from each block's own words, never its position.
 * Two blocks that would share an id are told apart as GitHub does (`-1`, `-2` on the later ones),
 * so inserting or editing a block changes no other block's id unless they began alike.
 */
export function assignIds(blocks: readonly BlockText[]): string[] {
  const slugger = new GithubSlugger();
  return blocks.map((block) => slugger.slug(baseId(block)));
}
