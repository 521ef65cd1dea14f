import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { registryActorSchema } from '../../schemas/actor';
import { idSchema } from '../../schemas/id';
import { registryQuestionSchema } from '../../schemas/question';
import { decodeArticle } from '../source/encoding';
import { lineAt, readFrontmatter } from '../source/frontmatter';
import { limits } from './limits';
import type { LocatedProblem, Problem } from '../source/problems';
import { schemaProblems } from './schema-messages';
import { textFieldProblems, tooDeep } from './text-rules';
import { yamlTextProblems } from './yaml-rules';
import { slugify } from './did-you-mean';
import { registryFolders, type Registry, type RegistryEntry, type RegistryKind } from '../registry/registry';

const schemas = { actors: registryActorSchema, questions: registryQuestionSchema } as const;

/** Reads and checks one registry file: its name, its bytes, its YAML and its fields. */
function readEntry<T>(root: string, folder: string, name: string, schema: z.ZodType<T>): { entry?: RegistryEntry<T>; problems: LocatedProblem[] } {
  const file = `${folder}/${name}`;
  const id = name.replace(/\.ya?ml$/, '');
  const at = (problems: readonly Problem[], lineOf: (path: string) => number = () => 1) =>
    problems.map((problem) => ({ ...problem, file, line: problem.line ?? lineOf(problem.path) }));
  const path = join(root, folder, name);
  if (lstatSync(path).isSymbolicLink() || !lstatSync(path).isFile()) {
    return { problems: at([{ path: 'file', message: 'is not a plain file (a link or a folder): a registry entry is one .yaml file' }]) };
  }
  const problems: Problem[] = [];
  if (!name.endsWith('.yaml')) problems.push({ path: 'file', message: `registry files end in .yaml: rename it to "${id}.yaml"` });
  const idProblem = idSchema.safeParse(id).error?.issues[0];
  if (idProblem) {
    const suggestion = slugify(id);
    problems.push({ path: 'file', message: `the file name gives the id "${id}", which ${idProblem.message}${suggestion ? `; rename the file to "${suggestion}.yaml"` : ''}` });
  }
  const decoded = decodeArticle(readFileSync(path));
  if ('problem' in decoded) return { problems: at([...problems, decoded.problem]) };
  const source = decoded.text;
  const refused = yamlTextProblems(source, 1, (offset) => lineAt(source, offset));
  if (refused.length > 0) return { problems: at([...problems, ...refused]) };
  const frontmatter = readFrontmatter(source, { yaml: source, yamlOffset: 0, body: '', bodyOffset: source.length });
  const lineOf = (field: string) => frontmatter.lineOf(field.split('.'));
  problems.push(...frontmatter.problems);
  if (frontmatter.data === undefined) return { problems: at(problems, lineOf) };
  const deep = tooDeep(frontmatter.data);
  if (deep) return { problems: at([...problems, { path: deep.join('.'), message: `fields nest more than ${limits.depth} deep` }], lineOf) };
  const lines = source.split('\n');
  problems.push(...textFieldProblems(frontmatter.data, (field) => lines[frontmatter.lineOf(field) - 1] ?? ''));
  const result = schema.safeParse(frontmatter.data ?? {});
  if (!result.success) problems.push(...schemaProblems(result.error.issues, schema, frontmatter.data, frontmatter.written));
  const entry = result.success && !idProblem ? { id, file, data: result.data, lineOf } : undefined;
  return { ...(entry ? { entry } : {}), problems: at(problems, lineOf) };
}

/** Reads one registry folder; none when the folder does not exist. */
function readFolder<K extends RegistryKind>(root: string, kind: K) {
  const folder = registryFolders[kind];
  const entries = new Map<string, RegistryEntry<z.infer<(typeof schemas)[K]>>>();
  const problems: LocatedProblem[] = [];
  if (!existsSync(join(root, folder))) return { entries, problems };
  for (const name of readdirSync(join(root, folder)).filter((name) => !name.startsWith('.')).sort()) {
    const read = readEntry(root, folder, name, schemas[kind] as unknown as z.ZodType<z.infer<(typeof schemas)[K]>>);
    problems.push(...read.problems);
    if (read.entry) entries.set(read.entry.id, read.entry);
  }
  return { entries, problems };
}

/**
 * Reads both registries, `content/actors/` and `content/questions/`, with the check's own rules for bytes,
 * YAML and text (as for an article's frontmatter), and each entry against its schema. Every problem is
 * returned, each with its file and line; an entry with a problem is left out of the registry.
 */
export function readRegistry(root: string): { registry: Registry; problems: LocatedProblem[] } {
  const actors = readFolder(root, 'actors');
  const questions = readFolder(root, 'questions');
  return { registry: { actors: actors.entries, questions: questions.entries }, problems: [...actors.problems, ...questions.problems] };
}

