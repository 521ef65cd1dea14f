import type { ActorKind } from '../../schemas/vocabularies';
import { registryFolders, type Registry, type RegistryEntry } from '../registry/registry';
import { actorSuggestion, affiliationCycle, didYouMean } from './did-you-mean';
import { aliasProblem } from './alias-rules';
import type { CheckedData } from './article-rules';
import type { LocatedProblem, Problem } from '../source/problems';

/**
 * The rules that join an article to the corpus: every actor and question it lists is the registry's
 * (listed by id) or its own (written out in full), never both; and the registries' own cross-references.
 */

const where = (entry: RegistryEntry<unknown>, field: string) => `${entry.file}:${entry.lineOf(field)}`;

/** The registry actor an id or a name most likely means, as a message's end. */
function registrySuggestion(value: string, registry: Registry): string {
  return actorSuggestion(value, [...registry.actors.values()].map(({ id, data }) => ({ id, name: data.name, aliases: data.aliases })));
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

/** The forms that name each registry actor (its name and aliases), by form: one alias, one actor. */
function registryForms(registry: Registry): Map<string, { entry: RegistryEntry<{ name: string }>; field: string }> {
  const forms = new Map<string, { entry: RegistryEntry<{ name: string }>; field: string }>();
  for (const entry of registry.actors.values()) {
    for (const [field, form] of [['name', entry.data.name] as const, ...entry.data.aliases.map((alias, index) => [`aliases.${index}`, alias] as const)]) {
      if (!forms.has(form)) forms.set(form, { entry, field });
    }
  }
  return forms;
}

/** A question's text as two writings of one question compare: case and spacing aside. */
const questionKey = (question: string) => question.toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();

/**
 * Reports the aliases an article gives its actors that are too short or ordinary words (`aliasProblem`), or
 * that name another actor: of the registry, or of this article. One alias names one actor, or a mention
 * would go to whichever wins.
 */
function aliasProblems(data: CheckedData, registry: Registry): Problem[] {
  const problems: Problem[] = [];
  const forms = registryForms(registry);
  const own = new Map<string, string>();
  data.actors.forEach((actor) => {
    if (!actor) return;
    const registered = registry.actors.get(actor.id)?.data;
    for (const form of [actor.name ?? registered?.name, ...(registered?.aliases ?? [])]) if (form !== undefined && !own.has(form)) own.set(form, actor.id);
  });
  data.actors.forEach((actor, index) => {
    if (!actor) return;
    actor.aliases.forEach((alias, at) => {
      const path = `actors.${index}.aliases.${at}`;
      const short = aliasProblem(alias, actor.unnamed ?? registry.actors.get(actor.id)?.data.unnamed);
      if (short) return problems.push({ path, message: short });
      // An actor written out in full under a registry actor's form is the duplicate rule's to report.
      const named = registry.actors.has(actor.id) ? forms.get(alias) : undefined;
      if (named && named.entry.id !== actor.id) {
        return problems.push({ path, message: `alias "${alias}" already names the registry's "${named.entry.id}" (${where(named.entry, named.field)}): one alias names one actor, or the mention goes to whichever wins; remove it here` });
      }
      const other = own.get(alias);
      if (other !== undefined && other !== actor.id) return problems.push({ path, message: `alias "${alias}" also names "${other}" in this article: one alias names one actor; remove it from one of them` });
      own.set(alias, actor.id);
      return undefined;
    });
  });
  return problems;
}

/** Reports an article's actors and questions that neither the registry has nor the article writes out, or that both do. */
export function registryRuleProblems(data: CheckedData, registry: Registry): Problem[] {
  const problems: Problem[] = aliasProblems(data, registry);
  const questionTexts = new Map([...registry.questions.values()].map((entry) => [questionKey(entry.data.question), entry]));
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
    } else {
      const same = questionTexts.get(questionKey(question.question));
      if (same) {
        problems.push({
          path: `${path}.question`,
          message: `"${question.id}" asks the registry's question "${same.id}" (${where(same, 'question')}) under another id: list it as "- id: ${same.id}" and remove the question here`,
        });
      }
    }
  });
  return problems;
}

/**
 * Reports registry aliases that are too short or ordinary words, forms (a name or an alias) that name two
 * registry actors, and one question written out under two ids: each in the file that comes later by id.
 */
function registryDuplicates(registry: Registry): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const forms = new Map<string, { entry: RegistryEntry<unknown>; field: string }>();
  for (const entry of registry.actors.values()) {
    const named = [['name', entry.data.name] as const, ...entry.data.aliases.map((alias, index) => [`aliases.${index}`, alias] as const)];
    for (const [field, form] of named) {
      const at = { file: entry.file, line: entry.lineOf(field), path: field };
      const short = field === 'name' ? undefined : aliasProblem(form, entry.data.unnamed);
      if (short) {
        problems.push({ ...at, message: short });
        continue;
      }
      const first = forms.get(form);
      if (!first) forms.set(form, { entry, field });
      else if (first.entry.id !== entry.id) {
        problems.push({ ...at, message: `"${form}" already names "${first.entry.id}" (${where(first.entry, first.field)}): one alias names one actor, or a mention goes to whichever wins; keep it on one of them` });
      }
    }
  }
  const questions = new Map<string, RegistryEntry<unknown>>();
  for (const entry of registry.questions.values()) {
    const key = questionKey(entry.data.question);
    const first = questions.get(key);
    if (!first) questions.set(key, entry);
    else {
      problems.push({
        file: entry.file,
        line: entry.lineOf('question'),
        path: 'question',
        message: `the same question as "${first.id}" (${where(first, 'question')}): one question has one id; keep one file and use its id in the articles`,
      });
    }
  }
  return problems;
}

/**
 * Reports what the registries get wrong among themselves: an affiliation that names no registry actor or goes
 * round in a circle, and the duplicates of `registryDuplicates`.
 */
export function registryProblems(registry: Registry): LocatedProblem[] {
  const problems: LocatedProblem[] = registryDuplicates(registry);
  for (const entry of registry.actors.values()) {
    const { affiliation } = entry.data;
    if (affiliation === undefined) continue;
    const at = { file: entry.file, line: entry.lineOf('affiliation'), path: 'affiliation' };
    if (affiliation === entry.id) problems.push({ ...at, message: `"${entry.id}" cannot be affiliated with itself` });
    else if (!registry.actors.has(affiliation)) {
      problems.push({ ...at, message: `unknown actor "${affiliation}": the registry has no ${registryFolders.actors}/${affiliation}.yaml${registrySuggestion(affiliation, registry)}` });
    } else {
      const cycle = affiliationCycle(entry.id, (id) => registry.actors.get(id)?.data.affiliation);
      if (cycle) problems.push({ ...at, message: `affiliations form a cycle: ${cycle.join(' → ')}` });
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
  questions: readonly { index: number; id: string; question: string; label?: string | undefined }[];
  /** The names and aliases it gives its actors beyond the registry's, each at its path: one form names one actor across the corpus. */
  forms: readonly ActorForm[];
  lineOf: (path: string) => number;
}

/** A name or an alias an article gives one of its actors: `registered` when the actor is the registry's and the article adds the alias. */
export interface ActorForm {
  path: string;
  id: string;
  form: string;
  registered: boolean;
}

/** What to do about one form given to two actors in two articles, the other's standing. */
function formRemedy(here: ActorForm, there: ActorForm, otherFile: string): string {
  const field = here.path.endsWith('.name') ? 'name' : 'alias';
  const change = `change the ${field} here (a longer form tells them apart)`;
  if (here.registered && there.registered) return `they are two registry actors: remove the alias here`;
  if (there.registered) return `if they are one actor, list it here as "- id: ${there.id}" and remove its name and kind; if not, ${change}`;
  if (here.registered) return `if they are one actor, list it in ${otherFile} as "- id: ${here.id}"; if not, ${change}`;
  return `if they are one actor, move it into ${registryFolders.actors}/${there.id}.yaml and list it by that id in both; if not, ${change}`;
}

/**
 * Reports a name or an alias that two articles give to two different actors (`OwnEntries.forms`), in the
 * article that comes later in `ordered`: `npm run new` and Annotate find the actor a new article names by
 * these forms, and would take whichever they meet first. Within one article, `registryRuleProblems` says it.
 */
function formsAcross(ordered: readonly OwnEntries[]): LocatedProblem[] {
  const first = new Map<string, { article: OwnEntries; named: ActorForm }>();
  const problems: LocatedProblem[] = [];
  for (const article of ordered) {
    for (const named of article.forms) {
      const earlier = first.get(named.form);
      if (!earlier) first.set(named.form, { article, named });
      else if (earlier.named.id !== named.id && earlier.article.file !== article.file) {
        const what = named.path.endsWith('.name') ? 'name' : 'alias';
        const there = `${earlier.article.file}:${earlier.article.lineOf(earlier.named.path)} (${earlier.named.path})`;
        problems.push({
          file: article.file,
          line: article.lineOf(named.path),
          path: named.path,
          message: `${what} "${named.form}" names "${named.id}" here but "${earlier.named.id}" in ${there}, which stands: one name or alias names one actor across the articles, or npm run new and Annotate give the next article's mention to whichever they meet first; ${formRemedy(named, earlier.named, earlier.article.file)}`,
        });
      }
    }
  }
  return problems;
}

/**
 * Reports one question written out under two ids, case and spacing aside, in one article or two, in the
 * article that comes later in `ordered`; a question the registry has is `registryRuleProblems`' to report.
 */
function questionTextsAcross(ordered: readonly OwnEntries[]): LocatedProblem[] {
  const first = new Map<string, { article: OwnEntries; index: number; id: string }>();
  const problems: LocatedProblem[] = [];
  for (const article of ordered) {
    for (const { index, id, question } of article.questions) {
      const key = questionKey(question);
      const earlier = first.get(key);
      if (!earlier) first.set(key, { article, index, id });
      else if (earlier.id !== id) {
        const path = `questions.${index}.question`;
        problems.push({
          file: article.file,
          line: article.lineOf(path),
          path,
          message: `"${id}" asks the same question as "${earlier.id}" in ${earlier.article.file}:${earlier.article.lineOf(`questions.${earlier.index}.question`)}, which stands: one question has one id; ${
            earlier.article.file === article.file
              ? `remove "${id}" and use "${earlier.id}" in its positions`
              : `list it as "- id: ${earlier.id}" and remove the question here, or move it into ${registryFolders.questions}/${earlier.id}.yaml and list it by id in both`
          }`,
        });
      }
    }
  }
  return problems;
}

/**
 * One id is one actor and one question across the corpus, one question one id, and one name or alias one
 * actor: where two articles write out the same id differently, one question under two ids
 * (`questionTextsAcross`), or give one form to two actors (`formsAcross`), reports it in the file changed
 * last (the one being edited), naming the other file and line, whose value stands, and what to do.
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
    for (const field of new Set([...Object.keys(values), ...Object.keys(earlier.values)])) {
      const value = values[field];
      const standing = earlier.values[field];
      if (value === standing) continue;
      const id = key.slice(key.indexOf(':') + 1);
      const here = value === undefined ? `no ${field} here` : `${field} "${value}" here`;
      const there = standing === undefined ? 'none' : `"${standing}"`;
      const line = value === undefined ? article.lineOf(`${path}.id`) : article.lineOf(`${path}.${field}`);
      problems.push({
        file: article.file,
        line,
        path: value === undefined ? `${path}.id` : `${path}.${field}`,
        message: `${noun} "${id}" has ${here} but ${there} in ${earlier.article.file}:${earlier.article.lineOf(`${earlier.path}.${standing === undefined ? 'id' : field}`)}, which stands: one id is one ${noun}; ${standing === undefined ? `remove the ${field}` : `use "${standing}"`}, or move the ${noun} into ${folder}/${id}.yaml and list it by id in both`,
      });
    }
  };
  for (const article of ordered) {
    for (const { index, id, name, kind } of article.actors) compare(article, `actor:${id}`, `actors.${index}`, { name, kind }, 'actor', registryFolders.actors);
    for (const { index, id, question, label } of article.questions) {
      compare(article, `question:${id}`, `questions.${index}`, { question, ...(label === undefined ? {} : { label }) }, 'question', registryFolders.questions);
    }
  }
  return [...problems, ...questionTextsAcross(ordered), ...formsAcross(ordered)];
}
