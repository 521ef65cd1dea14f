/**
 * Random and malformed input for the tools that write content, Annotate and `npm run new`, and the
 * property every run must keep: the tool answers, nothing outside `content/` changes, and every file in
 * `content/` is unchanged or passes the content check. `tests/build/writers-fuzz.test.ts` runs them in
 * process; `tests/dev/annotate.spec.ts` sends some to a running dev server.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isAnalysisProblem } from '../../src/lib/authoring/new-article';
import { checkSource } from '../../src/lib/check/check-articles';
import { readRegistry } from '../../src/lib/check/registry-files';
import { claimKinds, stances, valuesOf } from '../../src/schemas/vocabularies';

/** Characters that have broken text pipelines, and the syntax of YAML, Markdown and MDX. */
const hostile = [
  '\u0000', '\u0007', '\r', '\n', '\u2028', '\u202e', '\u200b', '\ufeff', '\ud800', 'e\u0301', '🚢', '<', '>', '&', '"', "'", '\\', '{', '}',
  '[', ']', '*', '_', '`', '#', ': ', '- ', '|', '@', '<script>', 'javascript:', '---', '&a ', '*a', '!!binary ', 'null', 'www.example.org', 'import ', 'export ',
];
const character = fc.oneof(fc.constantFrom(...hostile), fc.string({ unit: 'grapheme-ascii', maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 2 }));
/** Short text, hostile more often than not. */
export const hostileText = fc.array(character, { maxLength: 10 }).map((parts) => parts.join(''));

/** What an Annotate message is made from: the project's slugs, actors and the words of its bodies, picked at run time. */
export interface Material {
  slugs: string[];
  actors: string[];
  questions: string[];
  sentences: string[];
  /** The articles the check passes, each with its paragraphs' words. */
  articles: { slug: string; sentences: string[] }[];
  /** The digest the server gives for a slug now. */
  digest: (slug: string) => string | undefined;
}

/** One message to the Annotate endpoint, built from the material when it runs: an event and its payload (or none). */
export type Message = (material: Material) => { event: 'ask' | 'add'; payload?: unknown };

const pick = <T>(list: readonly T[], at: number, otherwise: T) => (list.length === 0 ? otherwise : list[at % list.length]!);
const slugChoice = fc.oneof(fc.nat().map((at) => (m: Material) => pick(m.slugs, at, 'none')), fc.constantFrom('../../package', 'x', 'latin', 'linked', 'a'.repeat(300), '', 'full').map((slug) => () => slug));
const idChoice = (key: 'actors' | 'questions') => fc.oneof(fc.nat().map((at) => (m: Material) => pick(m[key], at, 'none')), hostileText.map((text) => () => text));
const excerptChoice = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.nat(), fc.nat(), fc.nat()).map(([at, from, length]) => (m: Material) => {
    const sentence = pick(m.sentences, at, 'words');
    const start = from % sentence.length;
    return sentence.slice(start, start + 1 + (length % 80));
  }) },
  { weight: 1, arbitrary: hostileText.map((text) => () => text) },
);
/** An ordinary write the check would take: a whole paragraph of an article as a claim in its own voice, with the file's digest. */
const plainClaim = fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.nat(), fc.nat(), fc.constantFrom('assertion', 'analysis'), fc.constantFrom('The towns agree.', 'A plain summary in the site’s words.')).map(
  ([request, article, at, kind, summary]): Message => (m) => {
    const { slug, sentences } = pick(m.articles, article, { slug: 'none', sentences: [] });
    return { event: 'add', payload: { request, slug, digest: m.digest(slug), annotation: { type: 'claim', excerpt: pick(sentences, at, 'words'), kind, summary } } };
  },
);
const annotation = fc.oneof(
  fc.record({ excerpt: excerptChoice, kind: fc.constantFrom(...valuesOf(claimKinds), 'rumour'), speaker: fc.option(idChoice('actors')), summary: hostileText }).map(
    ({ excerpt, kind, speaker, summary }) => (m: Material) => ({ type: 'claim', excerpt: excerpt(m), kind, ...(speaker ? { speaker: speaker(m) } : {}), summary }),
  ),
  fc.record({ excerpt: excerptChoice, actor: idChoice('actors'), question: idChoice('questions'), stance: fc.constantFrom(...valuesOf(stances), 'maybe'), summary: hostileText }).map(
    ({ excerpt, actor, question, stance, summary }) => (m: Material) => ({ type: 'position', excerpt: excerpt(m), actor: actor(m), question: question(m), stance, summary }),
  ),
  fc.record({ excerpt: excerptChoice, actor: idChoice('actors') }).map(({ excerpt, actor }) => (m: Material) => ({ type: 'alias', excerpt: excerpt(m), actor: actor(m) })),
  fc.jsonValue().map((value) => () => value),
).map((made) => made as (m: Material) => unknown);

/** Messages of every shape: none, any JSON, and well-formed ones with the right digest or another. */
export const annotateMessage: fc.Arbitrary<Message> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom<'ask' | 'add'>('ask', 'add').map((event): Message => () => ({ event })) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom<'ask' | 'add'>('ask', 'add'), fc.jsonValue()).map(([event, payload]): Message => () => ({ event, payload })) },
  { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 8 }), slugChoice).map(([request, slug]): Message => (m) => ({ event: 'ask', payload: { request, slug: slug(m) } })) },
  { weight: 2, arbitrary: plainClaim },
  {
    weight: 4,
    arbitrary: fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), slugChoice, fc.constantFrom('current', 'current', 'current', 'other', 'none'), annotation).map(
      ([request, slug, digest, made]): Message => (m) => {
        const name = slug(m);
        const sent = digest === 'current' ? m.digest(name) : digest === 'other' ? 'f'.repeat(64) : undefined;
        return { event: 'add', payload: { request, slug: name, ...(sent === undefined ? {} : { digest: sent }), annotation: made(m) } };
      },
    ),
  },
);

/** A capture `npm run new` may be given: text in either layout with hostile insertions, or bytes in another encoding or none. */
export function captureInput(base: string): fc.Arbitrary<{ bytes: Uint8Array; slug?: string | undefined }> {
  const edited = fc.array(fc.tuple(fc.nat(), hostileText), { maxLength: 6 }).map((edits) => edits.reduce((text, [at, inserted]) => text.slice(0, at % (text.length + 1)) + inserted + text.slice(at % (text.length + 1)), base));
  const text = fc.oneof(edited, fc.tuple(hostileText, fc.array(hostileText, { maxLength: 6 })).map(([headline, paragraphs]) => `Headline: ${headline}\n\nBody:\n${paragraphs.join('\n\n')}\n`), hostileText);
  const bytes = fc.oneof(
    { weight: 6, arbitrary: text.map((value) => new Uint8Array(Buffer.from(value, 'utf8'))) },
    { weight: 1, arbitrary: text.map((value) => new Uint8Array(Buffer.from(value, 'latin1'))) },
    { weight: 1, arbitrary: text.map((value) => new Uint8Array(Buffer.from(value, 'utf16le'))) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
  );
  const slug = fc.option(fc.oneof(fc.constantFrom('a-new-article', 'full', '../x', 'ferry-launch', 'x'.repeat(70)), fc.string({ maxLength: 10 })), { nil: undefined });
  return fc.record({ bytes, slug }, { requiredKeys: ['bytes'] });
}

/** Every entry below a folder, by path, with a digest of its bytes (or where a link points): links are never followed. */
export function snapshot(folder: string, skip: readonly string[] = []): Map<string, string> {
  const entries = new Map<string, string>();
  const walk = (relative: string) => {
    for (const name of readdirSync(join(folder, relative))) {
      const path = relative ? `${relative}/${name}` : name;
      if (skip.includes(path)) continue;
      const stats = lstatSync(join(folder, path));
      if (stats.isSymbolicLink()) entries.set(path, `link → ${readlinkSync(join(folder, path))}`);
      else if (stats.isDirectory()) {
        entries.set(path, 'folder');
        walk(path);
      } else entries.set(path, createHash('sha256').update(readFileSync(join(folder, path))).digest('hex'));
    }
  };
  walk('');
  return entries;
}

/**
 * The files of `content/articles/` that changed between two snapshots of a project (taken with
 * `snapshot(project)`) and fail the content check with drafts allowed: for a new article, beyond the
 * analysis the editor has still to write (`isAnalysisProblem`).
 */
export function brokenChanges(project: string, before: Map<string, string>, after: Map<string, string>): string[] {
  const { registry } = readRegistry(project);
  return [...after].flatMap(([path, digest]) => {
    if (before.get(path) === digest || !/^content\/articles\/.+\.mdx$/.test(path) || digest === 'folder' || digest.startsWith('link')) return [];
    const source = readFileSync(join(project, path), 'utf8');
    const problems = checkSource({ file: path, slug: path.slice('content/articles/'.length, -'.mdx'.length), source }, 'allow', registry);
    const fresh = !before.has(path);
    const broken = problems.filter((problem) => !(fresh && isAnalysisProblem(problem)));
    return broken.map((problem) => `${path}:${problem.line}: ${problem.path}: ${problem.message}`);
  });
}

/** Whether two snapshots agree outside `content/`. */
export function changedOutsideContent(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()].filter((path) => path !== 'content' && !path.startsWith('content/')));
  return [...paths].filter((path) => before.get(path) !== after.get(path));
}
