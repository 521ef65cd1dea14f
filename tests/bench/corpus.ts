/**
 * Synthetic articles for the build benchmark, cut from a real one so that every excerpt and alias is
 * verbatim in the body by construction: the same body under a new headline, with a chosen number of
 * claims, positions and actors, and actor ids of its own (`<id>-<n>`), so a corpus of n articles has
 * n times as many actor pages, as a corpus of unrelated news would.
 */
import { stringify } from 'yaml';
import { readFrontmatter } from '../../src/lib/check/frontmatter';
import { splitArticle, splitSource } from '../../src/lib/check/mdx-file';

/** How much analysis each synthetic article carries. */
export interface Shape {
  actors: number;
  claims: number;
  positions: number;
}

/** The shape issue 7 asks for: 15 actors, 10 claims and 8 positions per article. */
export const issueShape: Shape = { actors: 15, claims: 10, positions: 8 };

interface Actor {
  id: string;
  affiliation?: string;
  [field: string]: unknown;
}
interface Claim {
  speaker?: string;
  via?: string;
  [field: string]: unknown;
}
interface Position {
  actor: string;
  [field: string]: unknown;
}

/** An MDX file's frontmatter, parsed, and its body, split where the content check splits them. */
export function parseArticle(source: string): { data: Record<string, unknown>; body: string } {
  const parts = splitArticle(source);
  return { data: (parts ? readFrontmatter(source, parts).data : {}) as Record<string, unknown>, body: splitSource(source).body };
}

/** Article `n` of a synthetic corpus cut from `template` (an MDX source) to `shape`. */
export function syntheticArticle(template: string, n: number, shape: Shape = issueShape): string {
  const { data, body } = parseArticle(template);
  const actors = data.actors as Actor[];
  const claims = (data.claims as Claim[]).slice(0, shape.claims);
  const byId = new Map(actors.map((actor) => [actor.id, actor]));

  // Every actor a kept claim names, with the actors it belongs to, then the positions' actors, then the rest.
  const kept = new Set<string>();
  const keep = (id: string | undefined) => {
    for (let actor = id === undefined ? undefined : byId.get(id); actor && !kept.has(actor.id); actor = byId.get(actor.affiliation ?? '')) kept.add(actor.id);
  };
  for (const claim of claims) [claim.speaker, claim.via].forEach(keep);
  const all = data.positions as Position[];
  const positions = [...all.filter((position) => kept.has(position.actor)), ...all.filter((position) => !kept.has(position.actor))].slice(0, shape.positions);
  for (const position of positions) keep(position.actor);
  for (const actor of actors) if (kept.size < shape.actors) keep(actor.id);

  const own = (id: string) => `${id}-${n}`;
  const synthetic = {
    ...data,
    headline: `Synthetic ${n}: ${String(data.headline)}`,
    actors: actors
      .filter((actor) => kept.has(actor.id))
      .map((actor) => ({ ...actor, id: own(actor.id), ...(actor.affiliation && { affiliation: own(actor.affiliation) }) })),
    positions: positions.map((position) => ({ ...position, actor: own(position.actor) })),
    claims: claims.map((claim) => ({ ...claim, ...(claim.speaker && { speaker: own(claim.speaker) }), ...(claim.via && { via: own(claim.via) }) })),
  };
  return `---\n${stringify(synthetic, { lineWidth: 0 })}---\n${body}`;
}
