import type { Actor } from '../../schemas/actor';
import type { ArticleData } from '../../schemas/article';
import { emptyRegistry, registryData, type Registry } from '../registry/registry';
import { resolveActor } from '../registry/resolve';
import type { Block } from '../text/blocks';
import { isLocation, locate, type LocateFailure, type Location } from '../text/excerpts';
import { findMentions } from '../text/mentions';
import { codePointName } from '../text/characters';
import { actorSuggestion, affiliationCycle, didYouMean } from './did-you-mean';
import type { Problem } from '../source/problems';

/**
 * The article fields the rules read: plain data, as the schema produced it. The content check leaves a
 * hole in a list where the schema rejected an item; the rules skip holes, so the other items are still
 * checked and named by their own index.
 */
export type CheckedData = Pick<ArticleData, 'actors' | 'questions' | 'positions' | 'claims'>;

/** Every actor and question id the article lists, in order, including those of items the schema rejected. */
export interface DeclaredIds {
  actors: readonly string[];
  questions: readonly string[];
}

/** The items of a list that may have holes. */
const present = <T>(list: readonly T[]): T[] => list.filter((item) => item !== undefined);

const quote = (text: string, max = 60) => JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
const list = (ids: Iterable<string>) => [...ids].map((id) => `"${id}"`).join(', ') || '(none)';
const and = (items: readonly (string | number)[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : items.join(''));

/** Reports every id declared more than once in `items`. */
function duplicateIds(items: readonly { id: string }[], field: string): Problem[] {
  const first = new Map<string, number>();
  return items.flatMap((item, index) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) {
      first.set(item.id, index);
      return [];
    }
    return [{ path: `${field}.${index}.id`, message: `duplicate id "${item.id}", already used by ${field}.${earlier}` }];
  });
}

/** Reports a reference that names no declared id, with the nearest declared one: by spelling, or by an alias the id shortens. */
function unknownReference(value: string | undefined, known: ReadonlySet<string>, path: string, what: string, actors?: ReadonlyMap<string, Actor>): Problem[] {
  if (value === undefined || known.has(value)) return [];
  const hint = actors ? actorSuggestion(value, [...known].flatMap((id) => (actors.get(id) ? [actors.get(id)!] : [])), known) : didYouMean(value, known);
  return [{ path, message: `unknown ${what} "${value}"; declared ${what}s are ${list(known)}${hint}` }];
}

/** Code points as messages name them, or `nothing`. */
const characters = (codePoints: readonly number[]) => (codePoints.length > 0 ? codePoints.map(codePointName).join(' ') : 'nothing');

/** Why an excerpt is not where it should be, and how to put it right. */
function notPlacedMessage(excerpt: string, failure: LocateFailure): string {
  const notThere = `excerpt ${quote(excerpt)} is not in the body verbatim`;
  switch (failure.reason) {
    case 'ambiguous':
      return `excerpt ${quote(excerpt)} occurs ${failure.count} times in the body; quote more of the sentence so it occurs once`;
    case 'near': {
      const { difference } = failure;
      const where = difference ? ` (at character ${difference.at}, the excerpt has ${characters(difference.excerpt)} where the body has ${characters(difference.body)})` : '';
      return `${notThere}; line ${failure.line} has ${JSON.stringify(failure.found)}, which differs in ${and(failure.slips)}${where}: copy the excerpt from there`;
    }
    case 'split':
      return `${notThere}: it runs across the paragraphs at lines ${and(failure.lines)}; cite one paragraph at a time`;
    case 'missing':
      return notThere;
  }
}

/** Where the body has an alias in another case: aliases match case-sensitively, so say where and how. */
function caseHint(alias: string, blocks: readonly Block[]): string {
  for (const block of blocks) {
    const [near] = findMentions(block.text, [alias], { ignoreCase: true });
    if (near) return `; line ${block.line} has ${quote(near.alias)}, which differs in case: aliases match case-sensitively, so write the alias as the body does (or list each form)`;
  }
  return '';
}

/** Reports an excerpt that is not verbatim in exactly one paragraph of the body. */
function placeExcerpt(excerpt: string, blocks: readonly Block[], path: string): { problems: Problem[]; location?: Location } {
  const result = locate(excerpt, blocks);
  if (isLocation(result)) return { problems: [], location: result };
  return { problems: [{ path, message: notPlacedMessage(excerpt, result) }] };
}

/**
 * Checks the rules the schema cannot see: ids unique within their kind, every reference
 * resolves, every excerpt is verbatim in the body, claim excerpts do not overlap, and
 * every alias and demonym names something in the body. Returns every problem, not only the first.
 * A reference to an id in `declared` is not reported, even when its item is missing from `data`.
 */
export function articleRuleProblems(data: CheckedData, blocks: readonly Block[], declared?: DeclaredIds, registry: Registry = emptyRegistry): Problem[] {
  const problems: Problem[] = [
    ...duplicateIds(data.actors, 'actors'),
    ...duplicateIds(data.questions, 'questions'),
    ...duplicateIds(data.claims, 'claims'),
  ];
  const known = registryData(registry);
  const actors = new Map(present(data.actors).map((actor) => [actor.id, resolveActor(actor, known)]));
  // An id listed twice is the duplicate rule's to report, and no suggestion for another id.
  const once = new Map([...actors].filter(([id]) => data.actors.filter((actor) => actor?.id === id).length === 1));
  const actorIds = new Set(declared?.actors ?? actors.keys());
  // A position may name a registry question without the article listing it.
  const questionIds = new Set([...(declared?.questions ?? present(data.questions).map((question) => question.id)), ...registry.questions.keys()]);
  const bodyText = blocks.map((block) => block.text);

  data.actors.forEach((actor, index) => {
    const path = `actors.${index}`;
    // An affiliation may name any actor the article lists or the registry has.
    problems.push(...unknownReference(actor.affiliation, new Set([...actorIds, ...registry.actors.keys()]), `${path}.affiliation`, 'actor'));
    if (actor.affiliation === actor.id) {
      problems.push({ path: `${path}.affiliation`, message: `"${actor.id}" cannot be affiliated with itself` });
    }
    for (const field of ['aliases', 'demonyms'] as const) {
      actor[field].forEach((name, nameIndex) => {
        if (!bodyText.some((text) => findMentions(text, [name]).length > 0)) {
          problems.push({
            path: `${path}.${field}.${nameIndex}`,
            message: `${field === 'aliases' ? 'alias' : 'demonym'} ${quote(name)} does not occur in the body as a whole word${caseHint(name, blocks)}`,
          });
        }
      });
    }
  });
  problems.push(...affiliationCycles(data.actors));

  const pairs = new Map<string, number>();
  data.positions.forEach((position, index) => {
    const path = `positions.${index}`;
    problems.push(...unknownReference(position.actor, actorIds, `${path}.actor`, 'actor', once));
    problems.push(...unknownReference(position.question, questionIds, `${path}.question`, 'question'));
    const pair = `${position.actor} on ${position.question}`;
    const earlier = pairs.get(pair);
    if (earlier !== undefined) {
      problems.push({ path: `${path}.question`, message: `a second position for ${pair}; merge it with positions.${earlier}` });
    } else pairs.set(pair, index);
    position.excerpts.forEach((excerpt, excerptIndex) => {
      problems.push(...placeExcerpt(excerpt, blocks, `${path}.excerpts.${excerptIndex}`).problems);
    });
  });

  const spans: { index: number; location: Location }[] = [];
  data.claims.forEach((claim, index) => {
    const path = `claims.${index}`;
    problems.push(...unknownReference(claim.speaker, actorIds, `${path}.speaker`, 'actor', once));
    problems.push(...unknownReference(claim.via, actorIds, `${path}.via`, 'actor', once));
    const via = claim.via === undefined ? undefined : actors.get(claim.via);
    if (via && via.kind !== 'outlet') {
      problems.push({ path: `${path}.via`, message: `"${via.id}" is a ${via.kind}; via names the outlet whose report carries the claim` });
    }
    if (claim.kind === 'assertion' && claim.speaker !== undefined) {
      problems.push({ path: `${path}.speaker`, message: 'an assertion is the article\'s own voice: leave speaker out, or choose another kind' });
    }
    // A draft's missing speaker is what its draft line asks for.
    if ((claim.kind === 'quote' || claim.kind === 'paraphrase') && claim.speaker === undefined && !claim.draft) {
      problems.push({ path: `${path}.speaker`, message: `a ${claim.kind} needs the id of the actor who said it` });
    }
    if (claim.kind === 'reported' && claim.speaker === undefined && claim.via === undefined) {
      problems.push({ path: `${path}.via`, message: 'a reported claim needs the outlet that reports it (via) or a speaker' });
    }
    const { problems: excerptProblems, location } = placeExcerpt(claim.excerpt, blocks, `${path}.excerpt`);
    problems.push(...excerptProblems);
    if (location) {
      const other = spans.find(
        (span) => span.location.blockId === location.blockId && span.location.start < location.end && location.start < span.location.end,
      );
      if (other) {
        problems.push({ path: `${path}.excerpt`, message: `overlaps the excerpt of claims.${other.index}; claim excerpts must not share words` });
      } else spans.push({ index, location });
    }
  });
  return problems;
}

/** Reports each affiliation chain that returns to where it started, once for the whole circle. */
function affiliationCycles(actors: CheckedData['actors']): Problem[] {
  const parent = new Map(present(actors).map((actor) => [actor.id, actor.affiliation]));
  const reported = new Set<string>();
  const problems: Problem[] = [];
  actors.forEach((actor, index) => {
    const cycle = actor && !reported.has(actor.id) ? affiliationCycle(actor.id, (id) => parent.get(id)) : undefined;
    if (!cycle) return;
    cycle.forEach((id) => reported.add(id));
    problems.push({ path: `actors.${index}.affiliation`, message: `affiliations form a cycle: ${cycle.join(' → ')}` });
  });
  return problems;
}
