import type { ActorKind } from '../../schemas/vocabularies';
import { registryFolders, type Registry, type RegistryEntry } from '../registry/registry';
import { actorByAlias, didYouMean } from './did-you-mean';
import type { CheckedData } from './article-rules';
import type { LocatedProblem, Problem } from '../source/problems';

/**
 * The rules that join an article to the corpus: every actor and question it lists is the registry's
 * (listed by id) or its own (written out in full), never both; and the registries' own cross-references.
 */

const where = (entry: RegistryEntry<unknown>, field: string) => `${entry.file}:${entry.lineOf(field)}`;

/** The registry actor an id or a name most likely means, as a message's end. */
function registrySuggestion(value: string, registry: Registry): string {
  const actors = [...registry.actors.values()].map(({ id, data }) => ({ id, name: data.name, aliases: data.aliases }));
  const byAlias = actorByAlias(value, actors);
  return byAlias ? `; did you mean "${byAlias.id}" (${byAlias.why})?` : didYouMean(value, registry.actors.keys());
}

/** Reports each field an article writes for a registry entry, which the registry's value overrides: the registry's stands. */
function overridden<T extends object, F extends keyof T & string>(item: T, registered: RegistryEntry<Partial<Record<F, unknown>>>, fields: readonly F[], path: string, what: string, remedy: string): Problem[] {
  return fields.flatMap((field) => {
    if (item[field] === undefined) return [];
    const standing = registered.data[field];
    const stands = standing === undefined ? `which gives it no ${field}` : `where its ${field} "${String(standing)}" stands`;
    return [{ path: `${path}.${field}`, message: `${what} is in the registry (${where(registered, field)}), ${stands}: remove ${field} here; ${remedy}` }];
  });
}

/** Reports an article's actors and questions that neither the registry has nor the article writes out, or that both do. */
export function registryRuleProblems(data: CheckedData, registry: Registry): Problem[] {
  const problems: Problem[] = [];
  data.actors.forEach((actor, index) => {
    if (!actor) return;
    const path = `actors.${index}`;
    const registered = registry.actors.get(actor.id);
    if (registered) {
      problems.push(...overridden(actor, registered, ['name', 'kind', 'affiliation'], path, `"${actor.id}"`, 'an article adds only role, aliases, demonyms and unnamed'));
      return;
    }
    const missing = (['name', 'kind'] as const).filter((field) => actor[field] === undefined);
    if (missing.length === 2) {
      problems.push({
        path: `${path}.id`,
        message: `unknown actor "${actor.id}": the registry has no ${registryFolders.actors}/${actor.id}.yaml${registrySuggestion(actor.id, registry)}; add that file (npm run actors lists the registry), or write the actor out here with name and kind`,
      });
      return;
    }
    if (missing.length === 1) {
      problems.push({ path: `${path}.${missing[0]}`, message: `an actor the registry does not have needs its ${missing[0]} here (or a file ${registryFolders.actors}/${actor.id}.yaml)` });
    }
    // Written out in full: it must not be a registry actor under another id.
    const forms = new Set([actor.name, ...actor.aliases].filter((form): form is string => form !== undefined));
    for (const entry of registry.actors.values()) {
      const same = [entry.data.name, ...entry.data.aliases].find((form) => forms.has(form));
      if (same) {
        problems.push({
          path: `${path}.id`,
          message: `"${actor.id}" duplicates the registry's "${entry.id}" (${where(entry, same === entry.data.name ? 'name' : 'aliases')}), which is also called "${same}": list it as "- id: ${entry.id}" and remove its name and kind here`,
        });
        break;
      }
    }
  });
  data.questions.forEach((question, index) => {
    if (!question) return;
    const path = `questions.${index}`;
    const registered = registry.questions.get(question.id);
    if (registered) {
      problems.push(...overridden(question, registered, ['question', 'label', 'description'], path, `question "${question.id}"`, 'to change it for every article, change the registry'));
    } else if (question.question === undefined) {
      problems.push({
        path: `${path}.id`,
        message: `unknown question "${question.id}": the registry has no ${registryFolders.questions}/${question.id}.yaml${didYouMean(question.id, registry.questions.keys())}; add that file (npm run questions lists the registry), or write the question out here`,
      });
    }
  });
  return problems;
}

/** Reports registry actors whose affiliation names no registry actor, or whose affiliations go round in a circle. */
export function registryProblems(registry: Registry): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  for (const entry of registry.actors.values()) {
    const { affiliation } = entry.data;
    if (affiliation === undefined) continue;
    const at = { file: entry.file, line: entry.lineOf('affiliation'), path: 'affiliation' };
    if (affiliation === entry.id) problems.push({ ...at, message: `"${entry.id}" cannot be affiliated with itself` });
    else if (!registry.actors.has(affiliation)) {
      problems.push({ ...at, message: `unknown actor "${affiliation}": the registry has no ${registryFolders.actors}/${affiliation}.yaml${registrySuggestion(affiliation, registry)}` });
    } else {
      const seen = [entry.id];
      for (let next: string | undefined = affiliation; next !== undefined; next = registry.actors.get(next)?.data.affiliation) {
        if (next === entry.id) {
          problems.push({ ...at, message: `affiliations form a cycle: ${[...seen, entry.id].join(' → ')}` });
          break;
        }
        if (seen.includes(next)) break;
        seen.push(next);
      }
    }
  }
  return problems;
}

/** What one article writes out in full, for the corpus check: the actors and questions the registry does not have. */
export interface OwnEntries {
  file: string;
  /** When the file was last changed: the file changed last is the one being edited, and the earlier value stands. */
  modified: number;
  actors: readonly { index: number; id: string; name: string; kind: ActorKind }[];
  questions: readonly { index: number; id: string; question: string }[];
  lineOf: (path: string) => number;
}

/**
 * One id is one actor and one question across the corpus: where two articles write out the same id
 * differently, reports it in the file changed last (the one being edited), naming the other file and line,
 * whose value stands, and suggests moving the entry into the registry.
 */
export function corpusConflicts(articles: readonly OwnEntries[]): LocatedProblem[] {
  const ordered = [...articles].sort((a, b) => a.modified - b.modified || a.file.localeCompare(b.file));
  const first = new Map<string, { article: OwnEntries; path: string; values: Record<string, string> }>();
  const problems: LocatedProblem[] = [];
  const compare = (article: OwnEntries, key: string, path: string, values: Record<string, string>, noun: string, folder: string) => {
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, { article, path, values });
      return;
    }
    // A second entry in the same file is the duplicate-id rule's to report.
    if (earlier.article.file === article.file) return;
    for (const [field, value] of Object.entries(values)) {
      const standing = earlier.values[field];
      if (value === standing) continue;
      const id = key.slice(key.indexOf(':') + 1);
      problems.push({
        file: article.file,
        line: article.lineOf(`${path}.${field}`),
        path: `${path}.${field}`,
        message: `${noun} "${id}" has ${field} "${value}" here but "${standing}" in ${earlier.article.file}:${earlier.article.lineOf(`${earlier.path}.${field}`)}, which stands: one id is one ${noun}; use "${standing}", or move the ${noun} into ${folder}/${id}.yaml and list it by id in both`,
      });
    }
  };
  for (const article of ordered) {
    for (const { index, id, name, kind } of article.actors) compare(article, `actor:${id}`, `actors.${index}`, { name, kind }, 'actor', registryFolders.actors);
    for (const { index, id, question } of article.questions) compare(article, `question:${id}`, `questions.${index}`, { question }, 'question', registryFolders.questions);
  }
  return problems;
}
