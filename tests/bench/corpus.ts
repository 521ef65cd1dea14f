/**
 * Synthetic articles for the build benchmark, cut from a real one so that every excerpt and alias is
 * verbatim in the body by construction: the same body under a new headline, with a chosen number of
 * claims, positions and actors, and actor ids of its own (`<id>-<n>`), so a corpus of n articles has
 * n times as many actor pages, as a corpus of unrelated news would.
 */
import { stringify } from 'yaml';
import { readFrontmatter } from '../../src/lib/source/frontmatter';
import { splitArticle, splitSource } from '../../src/lib/source/mdx-file';
import { readRegistry } from '../../src/lib/check/registry-files';
import { registryData } from '../../src/lib/registry/registry';
import { resolveActor, resolveQuestions } from '../../src/lib/registry/resolve';
import { articleActorSchema } from '../../src/schemas/actor';
import { positionSchema } from '../../src/schemas/position';
import { root } from '../support/build';

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

/** The project's registries, whose actors and questions the template lists by id. */
const registry = registryData(readRegistry(root).registry);

/**
 * Article `n` of a synthetic corpus cut from `template` (an MDX source) to `shape`. Its actors and
 * questions are written out in full from the registry, under ids of their own, so that a corpus of unrelated
 * articles needs no registry.
 */
export function syntheticArticle(template: string, n: number, shape: Shape = issueShape): string {
  const { data, body } = parseArticle(template);
  const actors = (data.actors as unknown[]).map((actor) => {
    const { draft: _draft, wikidata: _wikidata, url: _url, ...resolved } = resolveActor(articleActorSchema.parse(actor), registry);
    return resolved as Actor;
  });
  const questions = resolveQuestions({ questions: [], positions: (data.positions as unknown[]).map((position) => positionSchema.parse(position)) }, registry);
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
  const ownActors = actors.filter((actor) => kept.has(actor.id));
  const rename = ownNames(ownActors.flatMap((actor) => [actor.name as string, ...((actor.aliases as string[] | undefined) ?? [])]), n);
  const synthetic = {
    ...data,
    headline: `Synthetic ${n}: ${String(data.headline)}`,
    actors: ownActors.map((actor) => ({
      ...actor,
      id: own(actor.id),
      name: rename(actor.name as string),
      ...(actor.aliases !== undefined && { aliases: (actor.aliases as string[]).map(rename) }),
      ...(actor.affiliation && { affiliation: own(actor.affiliation) }),
    })),
    questions,
    positions: positions.map((position) => ({ ...renamed(position, rename), actor: own(position.actor) })),
    claims: claims.map((claim) => ({ ...renamed(claim, rename), ...(claim.speaker && { speaker: own(claim.speaker) }), ...(claim.via && { via: own(claim.via) }) })),
  };
  return `---\n${stringify(synthetic, { lineWidth: 0 })}---\n${rename(body)}`;
}

/** Article `n`'s mark: `n` in letters, then a capital X ("aX", "bX", …, "zX", "aaX"). Its one X ends it, so a renamed form tells its article. */
export function articleMark(n: number): string {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(97 + ((rest - 1) % 26)) + letters;
  return `${letters}X`;
}

/**
 * Renames every whole-word occurrence of `forms` in a text to article `n`'s own ("Keir Starmer" → "cXKeir
 * Starmer", "Starmer" → "cXStarmer"), longest form first: each article names its own actors, as unrelated
 * news would, so no name or alias names two actors across the corpus, and excerpts stay verbatim because
 * the body and the excerpts are renamed alike.
 */
function ownNames(forms: readonly string[], n: number): (text: string) => string {
  const alternatives = [...new Set(forms)].sort((a, b) => b.length - a.length).map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const mark = articleMark(n);
  return (text) => text.replace(pattern, (form) => mark + form);
}

/** Every string of a claim or a position with its actors' forms renamed (ids, kinds and stances hold none). */
function renamed<T>(value: T, rename: (text: string) => string): T {
  if (typeof value === 'string') return rename(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => renamed(item, rename)) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, renamed(item, rename)])) as T;
  return value;
}

/** The first day of the benchmark's story: article `n` is dated `n - 1` days after it. */
export const storyStart = '2025-01-03';

/** The actors whose stance on the first question rotates along the story, so question pages have changes to mark. */
export const rotatingActors = ['giorgia-meloni', 'friedrich-merz'] as const;

/** How many consecutive articles hold one stance before a rotating actor changes it. */
export const storyRun = 5;

const rotation = ['opposes', 'conditional', 'unclear', 'supports'] as const;

/** Article `n`'s slug in a story, zero-padded so that file order is story order. */
export const storySlug = (n: number) => `story-${String(n).padStart(4, '0')}`;

/** Article `n`'s day in the story, as `YYYY-MM-DD`: one a day from `storyStart`. */
export function storyDay(n: number): string {
  const day = new Date(`${storyStart}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + n - 1);
  return day.toISOString().slice(0, 10);
}

/**
 * Article `n` of a story cut from `template`: the same body and the registry's own actors and questions,
 * under its own headline and date (one a day from `storyStart`), as a site that has followed one story
 * for years would hold. The two `rotatingActors` change stance on their first question every `storyRun`
 * articles, out of step with each other.
 */
export function storyArticle(template: string, n: number): string {
  const { data, body } = parseArticle(template);
  const rotated = new Set<string>();
  const positions = (data.positions as Position[]).map((position) => {
    const which = rotatingActors.indexOf(position.actor as (typeof rotatingActors)[number]);
    if (which === -1 || rotated.has(position.actor)) return position;
    rotated.add(position.actor);
    return { ...position, stance: rotation[(Math.floor((n - 1) / storyRun) + which * 2) % rotation.length] };
  });
  const story = { ...data, headline: `Day ${n}: ${String(data.headline)}`, published: storyDay(n), positions };
  return `---\n${stringify(story, { lineWidth: 0 })}---\n${body}`;
}
