import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';
import { claimKinds, stances, valuesOf, type ClaimKind, type Stance } from '../../schemas/vocabularies';
import { checkSource } from '../check/check-articles';
import type { ArticleFile } from '../source/article-files';
import { splitArticle } from '../source/mdx-file';
import { formatProblem } from '../source/problems';
import type { Registry } from '../registry/registry';
import { yamlWriteOptions } from './yaml';
import { newClaimId } from './claim-ids';

/**
 * One entry an editor adds from a selection of the article's words, which becomes its excerpt. The dev
 * server validates each message against its schema (`src/integrations/annotate/message-schemas.ts`).
 */
export type Annotation =
  | { type: 'claim'; excerpt: string; kind: ClaimKind; speaker?: string | undefined; summary: string }
  | { type: 'position'; excerpt: string; actor: string; question: string; stance: Stance; summary: string }
  | { type: 'alias'; excerpt: string; actor: string };

/** What the annotation form offers for one article: its actors and questions, and the closed lists. */
export interface AnnotationChoices {
  actors: { id: string; name: string }[];
  questions: { id: string; question: string }[];
  kinds: ClaimKind[];
  stances: Stance[];
}


const entries = (doc: Document, key: string) => {
  const list = doc.get(key, true);
  return isSeq(list) ? list.items.filter(isMap) : [];
};
const field = (map: YAMLMap, key: string) => {
  const value = map.get(key);
  return typeof value === 'string' ? value : undefined;
};

/** The frontmatter of an article as a YAML document that keeps its comments and layout, with where it sits. */
function frontmatterOf(source: string) {
  const parts = splitArticle(source);
  if (!parts) return undefined;
  const doc = parseDocument(parts.yaml);
  return doc.errors.length > 0 ? undefined : { doc, parts };
}

/**
 * The choices the annotation form offers for an article: the actors it lists, named as the registry names
 * them; the questions it writes out, then every question of the registry.
 */
export function annotationChoices(source: string, registry: Registry): AnnotationChoices {
  const read = frontmatterOf(source);
  const actors = read ? entries(read.doc, 'actors') : [];
  const own = read ? entries(read.doc, 'questions') : [];
  const nameOf = (id: string, actor: YAMLMap) => registry.actors.get(id)?.data.name ?? field(actor, 'name') ?? id;
  const questions = [
    ...own.flatMap((question) => (field(question, 'id') ? [{ id: field(question, 'id')!, question: registry.questions.get(field(question, 'id')!)?.data.question ?? field(question, 'question') ?? field(question, 'id')! }] : [])),
    ...[...registry.questions.values()].map(({ id, data }) => ({ id, question: data.question })),
  ];
  return {
    actors: actors.flatMap((actor) => (field(actor, 'id') ? [{ id: field(actor, 'id')!, name: nameOf(field(actor, 'id')!, actor) }] : [])),
    questions: questions.filter((question, index) => questions.findIndex((other) => other.id === question.id) === index),
    kinds: valuesOf(claimKinds),
    stances: valuesOf(stances),
  };
}

/** Appends an item to a top-level list of the frontmatter, making the list if there is none. */
function append(doc: Document, key: string, item: unknown): void {
  const list = doc.get(key, true);
  if (isSeq(list)) list.add(doc.createNode(item));
  else doc.set(key, doc.createNode([item]));
}

/** Writes the annotation into the document: a new claim, a new position or an excerpt of an existing one, an alias. */
function write(doc: Document, annotation: Annotation): void {
  switch (annotation.type) {
    case 'claim': {
      const { excerpt, kind, speaker, summary } = annotation;
      append(doc, 'claims', { id: newClaimId(annotation.speaker, annotation.excerpt, new Set(entries(doc, 'claims').map((claim) => field(claim, 'id'))), 'claim'), ...(speaker ? { speaker } : {}), kind, excerpt, summary });
      return;
    }
    case 'position': {
      const { actor, question, stance, summary, excerpt } = annotation;
      const existing = entries(doc, 'positions').find((position) => field(position, 'actor') === actor && field(position, 'question') === question);
      const excerpts = existing?.get('excerpts', true);
      if (existing && isSeq(excerpts)) excerpts.add(doc.createNode(excerpt));
      else append(doc, 'positions', { actor, question, stance, summary, excerpts: [excerpt] });
      return;
    }
    case 'alias': {
      const target = entries(doc, 'actors').find((actor) => field(actor, 'id') === annotation.actor);
      if (!target) return;
      const aliases = target.get('aliases', true);
      if (isSeq(aliases) && aliases.items.some((alias) => String(isScalar(alias) ? alias.value : alias) === annotation.excerpt)) return;
      if (isSeq(aliases)) aliases.add(doc.createNode(annotation.excerpt));
      else {
        const list = doc.createNode([annotation.excerpt]);
        list.flow = true;
        target.set('aliases', list);
      }
    }
  }
}

/** The result of adding an annotation: the article's new text, or the check's messages and nothing written. */
export type AnnotationResult = { source: string; problems: [] } | { source?: undefined; problems: string[] };

/**
 * What stops Annotate writing into an article: the content check's messages for the file as it is (drafts
 * allowed, as in `astro dev`). An entry is never added to a file that already fails the check, whose
 * problems would hide the entry's own.
 */
export function annotationBlockers(file: ArticleFile, registry: Registry): string[] {
  const problems = checkSource(file, 'allow', registry).map(formatProblem);
  if (problems.length === 0) return [];
  return [`${file.file} fails the content check, so nothing is written into it; fix this first (npm run check:content says the same):`, ...problems];
}

/**
 * Adds one annotation to an article's frontmatter, keeping its comments and layout (the `yaml` package's
 * Document API), the selection as the excerpt. The file must pass the content check (drafts allowed, as in
 * `astro dev`), and so must the new text: otherwise the entry is refused with the check's messages and no new
 * text is given, so the file stays as it was.
 */
export function annotate(file: ArticleFile, annotation: Annotation, registry: Registry): AnnotationResult {
  const blockers = annotationBlockers(file, registry);
  if (blockers.length > 0) return { problems: blockers };
  const read = frontmatterOf(file.source);
  if (!read) return { problems: [`${file.file}: the frontmatter does not read as YAML; fix it first (npm run check:content says where)`] };
  const { doc, parts } = read;
  const actors = entries(doc, 'actors').map((actor) => field(actor, 'id'));
  if (annotation.type === 'alias' && !actors.includes(annotation.actor)) return { problems: [`${file.file}: no actor "${annotation.actor}" in this article`] };
  write(doc, annotation);
  // The YAML between the fences starts with the line break after the first one, which the document drops.
  const lead = /^\s*/.exec(parts.yaml)![0];
  const source = file.source.slice(0, parts.yamlOffset) + lead + doc.toString(yamlWriteOptions) + file.source.slice(parts.yamlOffset + parts.yaml.length);
  const problems = checkSource({ ...file, source }, 'allow', registry);
  return problems.length > 0 ? { problems: problems.map(formatProblem) } : { source, problems: [] };
}
