import type { Actor } from '../../schemas/actor';
import type { ArticleData } from '../../schemas/article';
import { corpusOf } from '../corpus/corpus';
import { resolveActor, resolveQuestions } from '../registry/resolve';

/** An actor the site already knows, as an editor looks it up and `npm run new` finds it in a body. */
export interface KnownActor {
  id: string;
  name: string;
  kind: string;
  /** Every form that names it, from the registry or from the articles that declare it. */
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
  /** The registry's words that mark a sentence as bearing on it, for `npm run new`'s position drafts. */
  cues: string[];
  /** The slugs of the articles that take positions on it or write it out. */
  articles: string[];
}


/** The project's corpus as an editor lists it: drafts pass, and an article the rest of the check refuses still counts once its frontmatter reads. */
const editorsCorpus = (root: string) => corpusOf(root, { drafts: 'allow' });

/** Each article's frontmatter with its actors resolved against the registry, newest first by `published`, so the first role met is the latest. */
function articlesNewestFirst(root: string): { slug: string; data: ArticleData; actors: Actor[] }[] {
  const { frontmatter, registryData } = editorsCorpus(root);
  return [...frontmatter]
    .map(([slug, data]) => ({ slug, data, actors: data.actors.map((actor) => resolveActor(actor, registryData)) }))
    .sort((a, b) => (b.data.published?.getTime() ?? -Infinity) - (a.data.published?.getTime() ?? -Infinity));
}

/**
 * The actors the site knows: the registry `content/actors/` when there is one, and every actor the articles
 * declare (all of them, before the registry), each with the articles that list it and its newest role,
 * all as the corpus read them.
 */
export function knownActors(root: string): KnownActor[] {
  const byId = new Map<string, KnownActor>();
  // An entry with a problem is left out of the registry (the check names it).
  for (const { id, data } of editorsCorpus(root).registry.actors.values()) {
    byId.set(id, { id, name: data.name, kind: data.kind, aliases: [...data.aliases], demonyms: [...data.demonyms], ...(data.affiliation ? { affiliation: data.affiliation } : {}), ...(data.unnamed ? { unnamed: true } : {}), registered: true, articles: [] });
  }
  for (const { slug, actors } of articlesNewestFirst(root)) {
    for (const actor of actors) {
      const known = byId.get(actor.id) ?? { id: actor.id, name: actor.name, kind: actor.kind, aliases: [], demonyms: [], registered: false, articles: [] };
      known.articles.push(slug);
      known.aliases = [...new Set([...known.aliases, ...actor.aliases])];
      known.demonyms = [...new Set([...known.demonyms, ...actor.demonyms])];
      if (!known.affiliation && actor.affiliation) known.affiliation = actor.affiliation;
      if (!known.role && actor.role) known.role = { text: actor.role, slug };
      if (actor.unnamed) known.unnamed = true;
      byId.set(actor.id, known);
    }
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** The questions the site asks: the registry `content/questions/` when there is one, and every question the articles list. */
export function knownQuestions(root: string): KnownQuestion[] {
  const { registry, frontmatter, registryData } = editorsCorpus(root);
  const byId = new Map<string, KnownQuestion>();
  for (const { id, data } of registry.questions.values()) {
    byId.set(id, { id, question: data.question, ...(data.label ? { label: data.label } : {}), cues: [...(data.cues ?? [])], articles: [] });
  }
  for (const [slug, data] of frontmatter) {
    // An article bears on the questions it writes out and on those its positions name (registry questions need no listing).
    for (const question of resolveQuestions(data, registryData)) {
      const known = byId.get(question.id) ?? { id: question.id, question: question.question, ...(question.label ? { label: question.label } : {}), cues: [], articles: [] };
      if (!known.articles.includes(slug)) known.articles.push(slug);
      byId.set(question.id, known);
    }
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
