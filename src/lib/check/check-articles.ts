import { z } from 'astro/zod';
import { actorSchema, type Actor } from '../../schemas/actor';
import { articleSchema } from '../../schemas/article';
import { claimSchema } from '../../schemas/claim';
import { idSchema } from '../../schemas/id';
import { issueSchema } from '../../schemas/issue';
import { positionSchema } from '../../schemas/position';
import { blocksOf } from '../text/blocks';
import { bodyProblems, bodyShapeProblems } from './body-rules';
import { actorConflicts } from '../analysis/actors';
import { lineAt, readFrontmatter, type Frontmatter } from './frontmatter';
import { limits } from './limits';
import { textFieldProblems, tooDeep } from './text-rules';
import { yamlTextProblems } from './yaml-rules';
import { readBody } from './mdx-lint';
import { slugify } from './did-you-mean';
import type { LocatedProblem, Problem } from './problems';
import { schemaAt, schemaProblems } from './schema-messages';
import { splitArticle, type ArticleParts } from './mdx-file';
import { articleRuleProblems, type CheckedData, type DeclaredIds } from './article-rules';

/** An article file as the content check reads it. */
export interface ArticleFile {
  /** Its path from the project root, as messages name it, e.g. `content/articles/harbour-talks.mdx`. */
  file: string;
  /** The slug its name gives it: its path inside the articles folder, without `.mdx`. */
  slug: string;
  /** Its text. */
  source: string;
  /** Why it cannot be read as an article at all (a link, a folder, bytes that are not UTF-8); its `source` is then empty. */
  refused?: Problem & { line: number };
}

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
  const { actors, issues = [], positions = [], claims = [] } = data as Record<string, unknown>;
  if (![actors, issues, positions, claims].every(Array.isArray)) return undefined;
  return {
    data: {
      actors: accepted(actors, actorSchema),
      issues: accepted(issues, issueSchema),
      positions: accepted(positions, positionSchema),
      claims: accepted(claims, claimSchema),
    },
    declared: { actors: declaredIds(actors), issues: declaredIds(issues) },
  };
}

/** What checking one file found: its problems, and what the corpus check reads from it. */
interface Inspection {
  problems: LocatedProblem[];
  /** The actors it declares, when its frontmatter passed the schema. */
  actors?: readonly Pick<Actor, 'id' | 'name' | 'kind'>[];
  lineOf: (path: string) => number;
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
function checkFile({ file, slug, source, refused }: ArticleFile): Inspection {
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
  let actors: Inspection['actors'];
  if (frontmatter.data !== undefined) {
    const result = articleSchema.safeParse(frontmatter.data);
    if (!result.success) problems.push(...schemaProblems(result.error.issues, articleSchema, frontmatter.data, frontmatter.written));
    else actors = result.data.actors;
    problems.push(...impossibleDates(parts.yaml));
    const rules: RulesInput | undefined = result.success ? { data: result.data } : rulesInput(frontmatter.data);
    // The rules place excerpts and aliases in the body: with no body to read, they would only repeat that.
    if (rules && blocks && blocks.length > 0) problems.push(...articleRuleProblems(rules.data, blocks, rules.declared));
  }
  const lineOf = (path: string) => frontmatter.lineOf(path.split('.'));
  return {
    problems: problems
      .map((problem) => ({ ...problem, file, line: problem.line ?? lineOf(problem.path) }))
      .sort((a, b) => a.line - b.line),
    ...(actors ? { actors } : {}),
    lineOf,
  };
}

/**
 * Checks one article file: its name, its frontmatter's YAML, the schema, the rules that join fields
 * and body, and the MDX lint. Returns every problem, each with its file and line, in line order.
 */
export function checkSource(file: ArticleFile): LocatedProblem[] {
  return checkFile(file).problems;
}

/**
 * Checks every article file, and the articles against each other: one actor id is one actor, so
 * a second declaration with another name or kind is reported, naming both files.
 */
export function checkArticles(files: readonly ArticleFile[]): LocatedProblem[] {
  const inspections = files.map((file) => ({ file: file.file, ...checkFile(file) }));
  const lines = new Map(inspections.map((inspection) => [inspection.file, inspection.lineOf]));
  const conflicts = actorConflicts(
    inspections.flatMap((inspection) => (inspection.actors ? [{ file: inspection.file, actors: inspection.actors }] : [])),
  ).map((conflict) => ({ ...conflict, line: lines.get(conflict.file)!(conflict.path) }));
  return [...inspections.flatMap((inspection) => inspection.problems), ...conflicts];
}
