import type { Actor } from '../schemas/actor';
import type { ArticleData } from '../schemas/article';
import type { Claim } from '../schemas/claim';
import type { Issue } from '../schemas/issue';
import type { Position } from '../schemas/position';
import type { Block } from './blocks';
import { isLocation, locate } from './excerpts';
import { findMentions } from './mentions';

/** An excerpt placed in the body. */
export interface Citation {
  excerpt: string;
  blockId: string;
}

/** A body block that names an actor, with its opening words as a label. */
export interface MentionEntry {
  blockId: string;
  opening: string;
}

/** An actor with the body blocks that name it. */
export interface ActorEntry extends Actor {
  mentions: MentionEntry[];
}

/** A position with a stable id and where each of its excerpts stands. */
export interface PositionEntry extends Position {
  id: string;
  citations: Citation[];
}

/** A claim with the block its excerpt stands in. */
export interface ClaimEntry extends Claim {
  blockId: string;
}

/** An article's analysis, resolved against its body: what every view renders. */
export interface Analysis {
  actors: ActorEntry[];
  issues: Issue[];
  positions: PositionEntry[];
  claims: ClaimEntry[];
}

/** The first words of a text, with an ellipsis when there is more. */
export function openingWords(text: string, count = 8): string {
  const words = text.trim().split(/\s+/);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}

/** The id of the block holding an excerpt; `checkArticle` has already proved it is there. */
function blockOf(excerpt: string, blocks: readonly Block[]): string {
  const location = locate(excerpt, blocks);
  if (!isLocation(location)) throw new Error(`excerpt not placed in the body: ${excerpt}`);
  return location.blockId;
}

/** The id a position's entry gets: its actor and its issue. */
export const positionId = (position: Pick<Position, 'actor' | 'issue'>) => `${position.actor}--${position.issue}`;

/** Resolves a checked article's analysis against its body blocks. */
export function analyse(data: Pick<ArticleData, 'actors' | 'issues' | 'positions' | 'claims'>, blocks: readonly Block[]): Analysis {
  return {
    actors: data.actors.map((actor) => ({
      ...actor,
      mentions: blocks
        .filter((block) => findMentions(block.text, actor.aliases).length > 0)
        .map((block) => ({ blockId: block.id, opening: openingWords(block.text) })),
    })),
    issues: data.issues,
    positions: data.positions.map((position) => ({
      ...position,
      id: positionId(position),
      citations: position.excerpts.map((excerpt) => ({ excerpt, blockId: blockOf(excerpt, blocks) })),
    })),
    claims: data.claims.map((claim) => ({ ...claim, blockId: blockOf(claim.excerpt, blocks) })),
  };
}
