import type { Actor, ArticleActor } from '../../schemas/actor';
import type { Position } from '../../schemas/position';
import type { ArticleQuestion, Question } from '../../schemas/question';
import type { ArticleData } from '../../schemas/article';
import type { AnalysisInput } from '../analysis/model';
import { emptyRegistry, registryData, type RegistryData } from './registry';

/** No registry: every actor and question written out in its article, as in the test fixtures. */
const noRegistry = registryData(emptyRegistry);

/** Adds to a list the items it does not have yet, keeping its order. */
const union = (first: readonly string[], second: readonly string[]) => [...new Set([...first, ...second])];

/**
 * An article's actor as every view reads it: the registry's entry, with what the article adds (its role,
 * the aliases and demonyms it alone uses). An actor the registry does not have is the article's own entry.
 * The content check has made sure the one or the other is there.
 */
export function resolveActor(entry: ArticleActor, registry: RegistryData): Actor {
  const { id, name, kind, role, affiliation, aliases, demonyms, unnamed, draft } = entry;
  const registered = registry.actors.get(id);
  const base = registered ?? { name: name ?? id, kind: kind ?? 'other', ...(affiliation ? { affiliation } : {}), aliases: [], demonyms: [], unnamed: false };
  // The fields in the order the JSON has always given them.
  return {
    id,
    name: base.name,
    kind: base.kind,
    ...(role ? { role } : {}),
    ...(base.affiliation ? { affiliation: base.affiliation } : {}),
    aliases: union(base.aliases, aliases),
    demonyms: union(base.demonyms, demonyms),
    unnamed: unnamed ?? base.unnamed,
    ...(draft ? { draft } : {}),
    ...(registered?.wikidata ? { wikidata: registered.wikidata } : {}),
    ...(registered?.url ? { url: registered.url } : {}),
  };
}

/**
 * The questions an article bears on: those it lists, then those its positions name, each once, in that
 * order, each as the registry asks it (or as the article writes a question the registry does not have).
 */
export function resolveQuestions(data: { questions: readonly ArticleQuestion[]; positions: readonly Pick<Position, 'question'>[] }, registry: RegistryData): Question[] {
  const own = new Map(data.questions.map((question) => [question.id, question]));
  const ids = union(data.questions.map((question) => question.id), data.positions.map((position) => position.question));
  return ids.flatMap((id): Question[] => {
    const registered = registry.questions.get(id);
    if (registered) {
      // A question's cues serve `npm run new` alone: what the pages and the JSON read has none.
      const { cues: _cues, ...asked } = registered;
      return [{ id, ...asked }];
    }
    const written = own.get(id);
    return written?.question ? [{ ...written, id, question: written.question }] : [];
  });
}

/** A checked article's analysis with its actors and questions resolved against the registry: what `analyse` reads. */
export function resolveArticle(data: Pick<ArticleData, 'actors' | 'questions' | 'positions' | 'claims' | 'sources'>, registry: RegistryData = noRegistry): AnalysisInput {
  return {
    actors: data.actors.map((actor) => resolveActor(actor, registry)),
    questions: resolveQuestions(data, registry),
    positions: data.positions,
    claims: data.claims,
    sources: data.sources,
  };
}
