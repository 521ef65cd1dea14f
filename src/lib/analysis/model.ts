import type { Actor } from '../../schemas/actor';
import type { Claim } from '../../schemas/claim';
import type { Question } from '../../schemas/question';
import type { Position } from '../../schemas/position';
import type { Block } from '../text/blocks';
import { isLocation, locate } from '../text/excerpts';
import { layoutText, type BlockLayout } from '../text/layout';
import { sentenceAround, type InContext } from '../text/sentences';
import type { SourcingClass } from '../../schemas/vocabularies';
import { positionId } from '../anchors/fragments';
import { classifySourcing } from './sourcing';

/** An excerpt placed in the body. */
export interface Citation {
  excerpt: string;
  blockId: string;
}

/** One place the body names an actor: the block, and the sentence with the name picked out. */
export interface MentionEntry {
  blockId: string;
  /** The block's first words, to label a link to it. */
  opening: string;
  sentence: InContext;
}

/** An actor with every place the body names it. */
export interface ActorEntry extends Actor {
  mentions: MentionEntry[];
}

/** A position with a stable id and where each of its excerpts stands. */
export interface PositionEntry extends Position {
  id: string;
  citations: Citation[];
}

/** A claim with the block its excerpt stands in and how the text sources it. */
export interface ClaimEntry extends Claim {
  blockId: string;
  sourcing: SourcingClass;
}

/** An article's analysis, resolved against its body: what every view renders. */
export interface Analysis {
  actors: ActorEntry[];
  /** The questions the article's positions bear on, as the registry asks them. */
  questions: Question[];
  positions: PositionEntry[];
  claims: ClaimEntry[];
  /** Each actor's name by id, for every view that names a speaker, an outlet or a position's holder. */
  names: ReadonlyMap<string, string>;
}

/** The first words of a text, with an ellipsis when there is more. */
export function openingWords(text: string, count = 8): string {
  const words = text.trim().split(/\s+/);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}

/** The id of the block holding an excerpt; `articleRuleProblems` has already proved it is there. */
function blockOf(excerpt: string, blocks: readonly Block[]): string {
  const location = locate(excerpt, blocks);
  if (!isLocation(location)) throw new Error(`excerpt not placed in the body: ${excerpt}`);
  return location.blockId;
}

/** Every mention of every actor, by actor, as `layoutText` placed them: linked or not, each counts. */
export function mentionsByActor(layout: readonly BlockLayout[]): Map<string, MentionEntry[]> {
  const found = new Map<string, MentionEntry[]>();
  for (const block of layout) {
    for (const mention of block.mentions) {
      const entries = found.get(mention.actor) ?? [];
      entries.push({ blockId: block.id, opening: openingWords(block.text), sentence: sentenceAround(block.text, mention.start, mention.end) });
      found.set(mention.actor, entries);
    }
  }
  return found;
}

/** What `analyse` reads: a checked article's analysis, its actors and questions resolved against the registry. */
export interface AnalysisInput {
  actors: readonly Actor[];
  questions: readonly Question[];
  positions: readonly Position[];
  claims: readonly Claim[];
  sources?: readonly string[];
}

/**
 * Resolves a checked article's analysis against its body blocks and its publisher's source list. The corpus
 * passes the `layout` it placed once for the page's marks and links as well.
 */
export function analyse(data: AnalysisInput, blocks: readonly Block[], layout: readonly BlockLayout[] = layoutText(data, blocks)): Analysis {
  const mentions = mentionsByActor(layout);
  const claimBlocks = new Map(layout.flatMap((block) => block.claims.map((claim) => [claim.id, block.id] as const)));
  return {
    actors: data.actors.map((actor) => ({ ...actor, mentions: mentions.get(actor.id) ?? [] })),
    questions: [...data.questions],
    positions: data.positions.map((position) => ({
      ...position,
      id: positionId(position),
      citations: position.excerpts.map((excerpt) => ({ excerpt, blockId: blockOf(excerpt, blocks) })),
    })),
    claims: data.claims.map((claim) => ({
      ...claim,
      blockId: claimBlocks.get(claim.id)!,
      sourcing: classifySourcing(claim, data.actors, data.sources ?? []),
    })),
    names: new Map(data.actors.map((actor) => [actor.id, actor.name])),
  };
}

/** The blocks an actor is named in, each once, in order. */
export function mentionedBlocks(mentions: readonly MentionEntry[]): MentionEntry[] {
  const seen = new Set<string>();
  return mentions.filter((mention) => !seen.has(mention.blockId) && seen.add(mention.blockId));
}
