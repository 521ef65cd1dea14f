import { z } from 'astro/zod';
import { articleActorSchema } from '../../schemas/actor';
import { articleSchema, type ArticleData } from '../../schemas/article';
import { claimSchema } from '../../schemas/claim';
import { idSchema } from '../../schemas/id';
import { articleQuestionSchema } from '../../schemas/question';
import { positionSchema } from '../../schemas/position';
import { blocksOf, withoutPositions, type Block, type BodyTree } from '../text/blocks';
import { bodyProblems, bodyShapeProblems } from './body-rules';
import { emptyRegistry, type Registry } from '../registry/registry';
import { corpusConflicts, registryRuleProblems, type ActorForm, type OwnEntries } from './corpus-rules';
import type { ArticleFile } from '../source/article-files';
import { lineAt, readFrontmatter, type Frontmatter } from '../source/frontmatter';
import { limits } from './limits';
import { textFieldProblems, tooDeep } from './text-rules';
import { yamlTextProblems } from './yaml-rules';
import { readBody } from './mdx-lint';
import { slugify } from './did-you-mean';
import type { LocatedProblem, Problem } from '../source/problems';
import { schemaAt, schemaProblems } from './schema-messages';
import { splitArticle, type ArticleParts } from '../source/mdx-file';
import { articleRuleProblems, type CheckedData, type DeclaredIds } from './article-rules';
import { unconfirmedDrafts, type DraftPolicy } from './drafts';
import { langSchema } from '../../schemas/language';

/** Reports a file name that makes an unsafe address or takes one of the site's own. */
function slugProblems(slug: string): Problem[] {
  const issues = idSchema.safeParse(slug).error?.issues ?? [];
  const suggestion = slugify(slug);
  const rename = suggestion && idSchema.safeParse(suggestion).success ? `; rename the file to "${suggestion}.mdx"` : '';
  return issues.map((issue) => ({
    path: 'slug',
    line: 1,
    message: `the file name "${slug}.mdx" gives the address /articles/${slug}/, but ${issue.code === 'invalid_format' ? 'a file name ' : ''}${issue.message}${rename}`,
  }));
}

/**
 * Reports a date field written as a day that does not exist, such as 2025-02-30: YAML and JavaScript
 * both roll it over into the next month without a word, so the schema never sees it. Date fields are
 * top-level, so their line is found in the YAML text without the slower parse that keeps positions.
 */
function impossibleDates(yaml: string): Problem[] {
  return Object.keys(articleSchema.shape)
    .filter((field) => schemaAt(articleSchema, [field]) instanceof z.ZodDate)
    .flatMap((field) => {
      const match = new RegExp(`^${field}:[ \\t]*(["']?)((\\d{4})-(\\d{2})-(\\d{2}))\\1[ \\t]*(?:#.*)?$`, 'm').exec(yaml);
      if (!match) return [];
      const [, quoted, text = '', year, month, day] = match;
      // Unquoted, js-yaml makes the date from its parts; quoted, the schema's coercion parses the text.
      const date = quoted ? new Date(text) : new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
      const read = Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
      if (read === undefined || read === text) return [];
      return [{ path: field, message: `${text} is not a date that exists; it would be read as ${read}` }];
    });
}

/** What the rules can trust of frontmatter the schema rejected. */
interface RulesInput {
  data: CheckedData;
  declared?: DeclaredIds;
}

/** The items of a list that the schema accepts, each at its own index; a rejected item leaves a hole. */
function accepted<T>(list: unknown, schema: z.ZodType<T>): T[] {
  const items: T[] = [];
  if (Array.isArray(list)) {
    list.forEach((item, index) => {
      const result = schema.safeParse(item);
      if (result.success) items[index] = result.data;
    });
  }
  return items;
}

/** The valid ids that a list's items declare, whether or not the schema accepts the rest of the item. */
function declaredIds(list: unknown): string[] {
  const ids = Array.isArray(list) ? list.map((item: unknown) => (item as { id?: unknown } | null)?.id) : [];
  return ids.filter((id): id is string => idSchema.safeParse(id).success);
}

/**
 * What the cross-field rules can trust when the frontmatter fails the schema: the items that pass on
 * their own, and every id declared. Nothing when a list is not a list at all.
 */
function rulesInput(data: unknown): RulesInput | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { actors, questions = [], positions = [], claims = [], lang } = data as Record<string, unknown>;
  if (![actors, questions, positions, claims].every(Array.isArray)) return undefined;
  return {
    data: {
      actors: accepted(actors, articleActorSchema),
      questions: accepted(questions, articleQuestionSchema),
      positions: accepted(positions, positionSchema),
      claims: accepted(claims, claimSchema),
      // A tag the schema refused is named there; the rules read the body as English meanwhile.
      ...(langSchema.safeParse(lang).success ? { lang: langSchema.parse(lang) } : {}),
    },
    declared: { actors: declaredIds(actors), questions: declaredIds(questions) },
  };
}

/** What checking one file found: its problems, what the corpus check reads from it, and what it read. */
export interface Inspection {
  problems: LocatedProblem[];
  /** The actors and questions it writes out in full, when its frontmatter passed the schema. */
  own?: Pick<OwnEntries, 'actors' | 'questions' | 'forms'>;
  lineOf: (path: string) => number;
  /**
   * The frontmatter as the schema passed it, and the body's blocks and tree, when both could be read: the
   * corpus keeps them, and the full text is rendered from the tree (`src/plugins/index.ts`), so no body is parsed twice.
   */
  read?: { data: ArticleData; blocks: Block[]; tree: BodyTree };
}

/** Frontmatter that is not read: its YAML was refused before parsing, or nests too deep to trust. */
const unread: Frontmatter = { data: undefined, problems: [], lineOf: () => 1, written: () => undefined };

/**
 * Reads the frontmatter once its YAML text passes `yamlTextProblems`, and checks its values' characters,
 * lengths and depth; values nested past the limit are not handed to the schema.
 */
function readChecked(source: string, parts: ArticleParts, problems: Problem[]): Frontmatter {
  const lineOfOffset = (offset: number) => lineAt(source, parts.yamlOffset + offset);
  const refused = yamlTextProblems(parts.yaml, lineOfOffset(0), lineOfOffset);
  problems.push(...refused);
  if (refused.length > 0) return unread;
  const frontmatter = readFrontmatter(source, parts);
  const deep = tooDeep(frontmatter.data);
  if (deep) {
    problems.push({ path: deep.join('.'), message: `lists and fields nest more than ${limits.depth} deep here, past the limit; an article needs at most four levels` });
    return { ...frontmatter, data: undefined };
  }
  const lines = source.split('\n');
  problems.push(...textFieldProblems(frontmatter.data, (path) => lines[frontmatter.lineOf(path) - 1] ?? ''));
  return frontmatter;
}

/** Checks one file and keeps what the corpus check needs. */
function checkFile({ file, slug, source, refused }: ArticleFile, drafts: DraftPolicy, registry: Registry): Inspection {
  if (refused) return { problems: [{ ...refused, file }], lineOf: () => refused.line };
  const problems = slugProblems(slug);
  const parts = splitArticle(source);
  if (!parts) {
    problems.push({ path: 'frontmatter', line: 1, message: 'the file has no frontmatter: start it with a line ---, then the fields, then another line ---' });
    return { problems: problems.map((problem) => ({ ...problem, file, line: 1 })), lineOf: () => 1 };
  }
  const frontmatter = readChecked(source, parts, problems);
  const bodyLine = lineAt(source, parts.bodyOffset);
  const shape = bodyShapeProblems(parts.body, bodyLine);
  // Blank lines stand in for the frontmatter, as in Astro's own MDX parse, so body positions are file lines.
  const { tree, problems: lint } = shape.length > 0 ? { tree: undefined, problems: shape } : readBody('\n'.repeat(bodyLine - 1) + parts.body);
  const blocks = tree && blocksOf(tree);
  problems.push(...frontmatter.problems, ...lint, ...bodyProblems(parts.body, blocks, bodyLine));
  let own: Inspection['own'];
  let read: Inspection['read'];
  if (frontmatter.data !== undefined) {
    const result = articleSchema.safeParse(frontmatter.data);
    if (!result.success) problems.push(...schemaProblems(result.error.issues, articleSchema, frontmatter.data, frontmatter.written));
    else {
      own = ownEntries(result.data, registry);
      if (tree && blocks) read = { data: result.data, blocks, tree: withoutPositions(tree) };
    }
    problems.push(...impossibleDates(parts.yaml));
    const rules: RulesInput | undefined = result.success ? { data: result.data } : rulesInput(frontmatter.data);
    if (rules) problems.push(...registryRuleProblems(rules.data, registry));
    // The rules place excerpts and aliases in the body: with no body to read, they would only repeat that.
    if (rules && blocks && blocks.length > 0) problems.push(...articleRuleProblems(rules.data, blocks, rules.declared, registry));
    if (rules && drafts === 'refuse') problems.push(...unconfirmedDrafts(rules.data));
  }
  const lineOf = (path: string) => frontmatter.lineOf(path.split('.'));
  return {
    problems: problems
      .map((problem) => ({ ...problem, file, line: problem.line ?? lineOf(problem.path) }))
      .sort((a, b) => a.line - b.line),
    ...(own ? { own } : {}),
    ...(read ? { read } : {}),
    lineOf,
  };
}

/**
 * The names and aliases an article gives its actors beyond the registry's: an actor's own name and aliases, and
 * the aliases it adds to a registry actor (the registry's own forms are checked against the registry).
 */
function ownForms(data: CheckedData, registry: Registry): ActorForm[] {
  return data.actors.flatMap(({ id, name, aliases }, index) => {
    const registered = registry.actors.get(id)?.data;
    const forms = [
      ...(registered || name === undefined ? [] : [{ path: `actors.${index}.name`, form: name }]),
      ...aliases.map((alias, at) => ({ path: `actors.${index}.aliases.${at}`, form: alias })).filter(({ form }) => !registered || (form !== registered.name && !registered.aliases.includes(form))),
    ];
    return forms.map((form) => ({ ...form, id, registered: registered !== undefined }));
  });
}

/** What an article writes out in full because the registry does not have it, and the forms it names its actors by, for `corpusConflicts`. */
function ownEntries(data: CheckedData, registry: Registry): Pick<OwnEntries, 'actors' | 'questions' | 'forms'> {
  return {
    forms: ownForms(data, registry),
    actors: data.actors.flatMap(({ id, name, kind }, index) => (name !== undefined && kind !== undefined && !registry.actors.has(id) ? [{ index, id, name, kind }] : [])),
    questions: data.questions.flatMap(({ id, question, label }, index) => (question !== undefined && !registry.questions.has(id) ? [{ index, id, question, label }] : [])),
  };
}

/**
 * Checks one article file: its name, its frontmatter's YAML, the schema, the rules that join fields
 * and body, and the MDX lint. Returns every problem, each with its file and line, in line order.
 */
export function checkSource(file: ArticleFile, drafts: DraftPolicy = 'refuse', registry: Registry = emptyRegistry): LocatedProblem[] {
  return checkFile(file, drafts, registry).problems;
}

/**
 * Checks one article file and keeps what the check read of it: its problems, and, when its frontmatter
 * passes the schema and its body reads, the typed frontmatter and the body's blocks.
 */
export function inspectArticle(file: ArticleFile, drafts: DraftPolicy = 'refuse', registry: Registry = emptyRegistry): Inspection {
  return checkFile(file, drafts, registry);
}

/** A file and what checking it on its own found, for `conflictsAcross`. */
export interface InspectedFile {
  file: ArticleFile;
  inspection: Inspection;
}

/**
 * The articles checked against each other: one id is one actor and one question, so a second article that
 * writes out the same id differently is reported, naming both files.
 */
export function conflictsAcross(inspected: readonly InspectedFile[]): LocatedProblem[] {
  return corpusConflicts(
    inspected.flatMap(({ file, inspection: { own, lineOf } }) => (own ? [{ file: file.file, modified: file.modified ?? 0, lineOf, ...own }] : [])),
  );
}

/**
 * Checks every article file against the registry, and the articles against each other (`conflictsAcross`).
 * Drafts are refused unless `drafts` is `'allow'`, as `astro dev` has it, so that a scaffolded article
 * can be annotated.
 */
export function checkArticles(files: readonly ArticleFile[], drafts: DraftPolicy = 'refuse', registry: Registry = emptyRegistry): LocatedProblem[] {
  const inspected = files.map((file) => ({ file, inspection: checkFile(file, drafts, registry) }));
  return [...inspected.flatMap(({ inspection }) => inspection.problems), ...conflictsAcross(inspected)];
}
