import { load } from 'js-yaml';
import { readArticleFiles } from '../check/article-files';
import { splitArticle } from '../check/mdx-file';
import { readRegistry } from '../corpus/registry';

/** An actor the site already knows, as an editor looks it up and `npm run new` finds it in a body. */
export interface KnownActor {
  id: string;
  name: string;
  kind: string;
  /** Every form that names it, from the registry (in every language) or from the articles that declare it. */
  aliases: string[];
  /** The adjectives and demonyms the articles use for it ("Italian"): mentions, never linked. */
  demonyms: string[];
  affiliation?: string;
  /** The role the newest article that lists it gives it, and that article's slug. */
  role?: { text: string; slug: string };
  /** True when it is in the registry, `content/actors/`: an article then lists it by id, with its own role. */
  registered: boolean;
  /** True when an article lists it as a speaker the text does not name. */
  unnamed?: boolean;
  /** The slugs of the articles that list it. */
  articles: string[];
}

/** A question the site already asks. */
export interface KnownQuestion {
  id: string;
  question: string;
  label?: string;
  /** The slugs of the articles that take positions on it or write it out. */
  articles: string[];
}


type Entry = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const texts = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
const entries = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is Entry => typeof item === 'object' && item !== null) : []);

/** Each article's frontmatter as plain data, by slug; an article whose YAML does not read is left out (the check names it). */
function articlesData(root: string): { slug: string; data: Entry }[] {
  return readArticleFiles(root).flatMap(({ slug, source }) => {
    const parts = splitArticle(source);
    try {
      const data = parts && load(parts.yaml);
      return typeof data === 'object' && data !== null ? [{ slug, data: data as Entry }] : [];
    } catch {
      return [];
    }
  });
}

/**
 * The actors the site knows: the registry `content/actors/` when there is one, and every actor the articles
 * declare (all of them, before the registry), each with the articles that list it and its newest role.
 * Articles are read newest first by their `published` date, so the role is the latest one written.
 */
export function knownActors(root: string): KnownActor[] {
  const byId = new Map<string, KnownActor>();
  // The registry as the content check reads it; an entry with a problem is left out (the check names it).
  for (const { id, data } of readRegistry(root).registry.actors.values()) {
    byId.set(id, { id, name: data.name, kind: data.kind, aliases: [...new Set([...data.aliases, ...Object.values(data.names).flatMap((local) => local.aliases)])], demonyms: [...data.demonyms], ...(data.affiliation ? { affiliation: data.affiliation } : {}), registered: true, articles: [] });
  }
  const day = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value ?? ''));
  const articles = articlesData(root).sort((a, b) => day(b.data.published).localeCompare(day(a.data.published)));
  for (const { slug, data } of articles) {
    for (const actor of entries(data.actors)) {
      const id = text(actor.id);
      if (!id) continue;
      const known = byId.get(id) ?? { id, name: text(actor.name) ?? id, kind: text(actor.kind) ?? 'other', aliases: [], demonyms: [], registered: false, articles: [] };
      known.articles.push(slug);
      for (const alias of texts(actor.aliases)) if (!known.aliases.includes(alias)) known.aliases.push(alias);
      for (const demonym of texts(actor.demonyms)) if (!known.demonyms.includes(demonym)) known.demonyms.push(demonym);
      if (!known.affiliation && text(actor.affiliation)) known.affiliation = text(actor.affiliation)!;
      if (!known.role && text(actor.role)) known.role = { text: text(actor.role)!, slug };
      if (actor.unnamed === true) known.unnamed = true;
      byId.set(id, known);
    }
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** The questions the site asks: the registry `content/questions/` when there is one, and every question the articles list. */
export function knownQuestions(root: string): KnownQuestion[] {
  const byId = new Map<string, KnownQuestion>();
  for (const { id, data } of readRegistry(root).registry.questions.values()) {
    byId.set(id, { id, question: data.question, ...(data.label ? { label: data.label } : {}), articles: [] });
  }
  for (const { slug, data } of articlesData(root)) {
    // An article bears on the questions it writes out and on those its positions name (registry questions need no listing).
    const named: Entry[] = entries(data.positions).flatMap((position) => (text(position.question) ? [{ id: position.question }] : []));
    for (const question of [...entries(data.questions), ...named]) {
      const id = text(question.id);
      if (!id) continue;
      const known = byId.get(id) ?? { id, question: text(question.question) ?? id, ...(text(question.label) ? { label: text(question.label)! } : {}), articles: [] };
      if (!known.articles.includes(slug)) known.articles.push(slug);
      byId.set(id, known);
    }
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
