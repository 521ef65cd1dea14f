import GithubSlugger, { slug } from 'github-slugger';

/** How many leading words of a paragraph make its id. */
export const PARAGRAPH_ID_WORDS = 6;

/** A block of the body as ids see it: what it is and the words it holds. */
export interface BlockText {
  kind: 'heading' | 'paragraph';
  text: string;
}

/** Letters that Unicode does not decompose into a base letter and a mark, as ids spell them. */
const folded: Record<string, string> = { ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', þ: 'th', ı: 'i' };

/**
 * Latin letters folded to ASCII, as actor ids are spelt: "Jean-Noël" → "Jean-Noel", so a shared link reads
 * `#p-…-jean-noel-barrot`, not `%C3%AB`. Other scripts are kept as they are. Every id published before
 * this rule was ASCII already; the anchor manifests (`content/anchors/`) would stop a build that changed one.
 */
export function foldToAscii(text: string): string {
  return text.normalize('NFKD').replace(/(\p{Script=Latin})\p{M}+/gu, '$1').normalize('NFC').replace(/[ßæÆœŒøØłŁđĐðþı]/g, (letter) => folded[letter]!);
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
