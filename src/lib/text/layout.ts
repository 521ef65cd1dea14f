import type { Actor } from '../../schemas/actor';
import type { Claim } from '../../schemas/claim';
import type { Block } from './blocks';
import { isLocation, locate } from './excerpts';
import { findMentions, type Mention } from './mentions';

/** A claim's excerpt where it sits in its block. */
export interface ClaimSpan {
  id: string;
  /** 1-based position of the claim in the frontmatter, shown as its marker. */
  n: number;
  start: number;
  end: number;
}

/** A mention of an actor where it sits in its block, and whether the full text links it there. */
export interface MentionSpan extends Mention {
  actor: string;
  linked: boolean;
}

/** One block of the body with everything placed in it: the claims' excerpts and the mentions, by offset in `text`. */
export interface BlockLayout {
  id: string;
  kind: Block['kind'];
  text: string;
  claims: ClaimSpan[];
  mentions: MentionSpan[];
}

/** What placing needs of an article: its actors' names and its claims. */
export interface LayoutData {
  actors: readonly Pick<Actor, 'id' | 'aliases' | 'demonyms' | 'unnamed'>[];
  claims: readonly Pick<Claim, 'id' | 'excerpt'>[];
  /** The language of the body (BCP 47): what makes a whole word. English when not given. */
  lang?: string;
}

/** Whether `[start, end)` holds one of `offsets` strictly inside it. */
const cuts = (offsets: readonly number[], start: number, end: number) => offsets.some((at) => at > start && at < end);

/**
 * Where every claim's excerpt and every mention sits in the body, computed once for the analysis,
 * the JSON and the page's marks and links alike. Mentions are found in paragraphs, all names at once,
 * longest first, so one span names one actor. The full text links an actor once, at its first mention
 * (Wikipedia's rule: a term is linked once), and so never twice in a section; never by a demonym, nor an
 * actor the text does not name ("Analysts"); nor where a link would have to cross inline markup or the
 * edge of a claim's mark, since one element cannot hold both sides: such a mention still counts, and the
 * actor is linked at its next mention. Linking once per section instead would put 31 links in the
 * 560 words of the first article, beyond the 4 per 100 words a reader can take in.
 */
export function layoutText(data: LayoutData, blocks: readonly Block[]): BlockLayout[] {
  const layout = blocks.map((block): BlockLayout => ({ id: block.id, kind: block.kind, text: block.text, claims: [], mentions: [] }));
  const byId = new Map(layout.map((block) => [block.id, block]));
  data.claims.forEach((claim, index) => {
    const location = locate(claim.excerpt, blocks);
    // The content check has proved every excerpt is in exactly one block: anything else is a bug here.
    if (!isLocation(location)) throw new Error(`excerpt of claim "${claim.id}" not placed in the body: ${claim.excerpt}`);
    byId.get(location.blockId)!.claims.push({ id: claim.id, n: index + 1, start: location.start, end: location.end });
  });
  for (const block of layout) block.claims.sort((a, b) => a.start - b.start);

  const owner = new Map<string, { actor: string; linkable: boolean }>();
  for (const actor of data.actors) for (const alias of actor.aliases) owner.set(alias, { actor: actor.id, linkable: !actor.unnamed });
  for (const actor of data.actors) for (const demonym of actor.demonyms) owner.set(demonym, { actor: actor.id, linkable: false });
  const names = [...owner.keys()];
  const linkedActors = new Set<string>();
  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph') return;
    const placed = layout[index]!;
    const boundaries = [...(block.edges ?? []), ...placed.claims.flatMap((claim) => [claim.start, claim.end])];
    placed.mentions = findMentions(block.text, names, data.lang ? { lang: data.lang } : {}).map((mention) => {
      const { actor, linkable } = owner.get(mention.alias)!;
      const linked = linkable && !linkedActors.has(actor) && !cuts(boundaries, mention.start, mention.end);
      if (linked) linkedActors.add(actor);
      return { ...mention, actor, linked };
    });
  });
  return layout;
}
