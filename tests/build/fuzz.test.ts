/**
 * Property-based test of the content check against hostile and odd content: articles made by mutating
 * the fixtures (frontmatter values replaced, text and YAML syntax inserted, any Unicode) must either fail
 * the check with problems that each name a file, a line and a field, or pass it and then render into
 * well-formed HTML, JSON, JSON-LD and XML. `npm test` runs `DOSSIER_FUZZ_RUNS` cases (400 by default, about five seconds);
 * `npm run fuzz` runs thousands. A failing case prints its seed and the shrunk article.
 */
import rss from '@astrojs/rss';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { renderArticleBody } from '../support/article-body';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../../src/lib/analysis/model';
import { checkArticles, checkSource } from '../../src/lib/check/check-articles';
import type { ArticleFile } from '../../src/lib/source/article-files';
import { decodeArticle } from '../../src/lib/source/encoding';
import { splitArticle } from '../../src/lib/source/mdx-file';
import { analysisDocument } from '../../src/lib/publish/analysis-json';
import { feedItem } from '../../src/lib/publish/feed';
import { articleGraph, claimGraph, jsonLdText } from '../../src/lib/publish/structured-data';
import { parseBlocks } from '../../src/lib/text/blocks';
import { articleSchema } from '../../src/schemas/article';
import { buildProject, fixtureProject, removeFixtureBuilds, root } from '../support/build';
import { fixtureFiles } from '../support/fixture';
import { dataError, feedEntries, htmlError, malformedOutputs } from '../support/outputs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveArticle } from '../../src/lib/registry/resolve';

const runs = Number(process.env.DOSSIER_FUZZ_RUNS ?? 400);
const seeds = ['good', 'escaped-text', 'round-trip/fixed'].flatMap(fixtureFiles);

/** Characters that have broken text pipelines: controls, bidi, invisibles, surrogates, markup and YAML syntax. */
const hostile = [
  '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\r', '\t', '\n', '\u2028', '\u2029', '\u202e', '\u202d', '\u2066', '\u2067', '\u2069', '\u202c',
  '\u200b', '\u200d', '\u00ad', '\ufeff', '\u00a0', '\ud800', '\udfff', '\ufffe', '\uffff', 'e\u0301', '🚢', '<', '>', '&', '"', "'", '\\', '{', '}',
  '[', ']', '(', ')', '*', '_', '`', '#', ':', '- ', '!', '|', '%', '@', '&#106;', '<script>', '</script>', ']]>', '<meta http-equiv="refresh">',
  'javascript:', '![x](y)', '[a](b)', '<MissingVideo />', '---', '...', '&a ', '*a', '!!binary ', '? ', '~', 'null', 'true', '0x1F', '2025-02-30',
];
const character = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...hostile) },
  { weight: 3, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code)) },
);
const text = fc.array(character, { maxLength: 12 }).map((parts) => parts.join(''));

/** One edit of an article's source. */
type Edit = (source: string) => string;

/** Replaces the value of one `key: value` line of the frontmatter, written plain, in double quotes or in single quotes. */
const replaceValue = fc.tuple(fc.nat(), text, fc.constantFrom('plain', 'double', 'single')).map(([pick, value, style]): Edit => (source) => {
  const parts = splitArticle(source);
  if (!parts) return source;
  const lines = parts.yaml.split('\n');
  const fields = lines.flatMap((line, index) => (/^\s*(?:- )?[A-Za-z]+: \S/.test(line) ? [index] : []));
  if (fields.length === 0) return source;
  const index = fields[pick % fields.length]!;
  const written = style === 'double' ? JSON.stringify(value) : style === 'single' ? `'${value.replaceAll("'", "''")}'` : value;
  lines[index] = lines[index]!.replace(/: .*$/, `: ${written}`);
  return source.slice(0, parts.yamlOffset) + lines.join('\n') + source.slice(parts.yamlOffset + parts.yaml.length);
});

/** Inserts text anywhere in the file: the body, the frontmatter, the fences. */
const insertText = fc.tuple(fc.nat(), text).map(([pick, inserted]): Edit => (source) => {
  const at = pick % (source.length + 1);
  return source.slice(0, at) + inserted + source.slice(at);
});

/** Inserts a line of YAML structure into the frontmatter. */
const yamlLine = fc.constantFrom(
  'extra: &anchor "x"', 'again: *anchor', 'tagged: !!binary aGk=', 'nested: [[[[[[[[[[x]]]]]]]]]]', 'map: {a: {b: {c: {d: {e: {f: {g: {h: {i: 1}}}}}}}}}',
  '  - stray item', 'key: |\n  block\n  text', '? complex\n: key', 'headline: "twice"', '\tindented: tab', '%YAML 1.2', '---', '...', '"unclosed: x', 'k: v: w',
  'published: 2025-02-30', 'url: javascript:alert(1)', 'topics: [a, b]', 'keyPoints: "not a list"', 'actors: []',
);
const insertYaml = fc.tuple(fc.nat(), yamlLine).map(([pick, line]): Edit => (source) => {
  const parts = splitArticle(source);
  if (!parts) return source;
  const lines = parts.yaml.split('\n');
  lines.splice(pick % lines.length, 0, line);
  return source.slice(0, parts.yamlOffset) + lines.join('\n') + source.slice(parts.yamlOffset + parts.yaml.length);
});

/** Deletes a stretch of the file. */
const deleteText = fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 })).map(([pick, length]): Edit => (source) => {
  const at = pick % (source.length + 1);
  return source.slice(0, at) + source.slice(at + length);
});

const edits = fc.array(fc.oneof(replaceValue, insertText, insertYaml, deleteText), { minLength: 1, maxLength: 4 });
const articles = fc.tuple(fc.constantFrom(...seeds), edits).map(([seed, list]): ArticleFile => ({ ...seed, source: list.reduce((source, edit) => edit(source), seed.source) }));

/** The body rendered as the site renders it: the production article chain (`articleBody`). */
async function renderBody(body: string, frontmatter: Record<string, unknown>): Promise<string> {
  const code = renderArticleBody(body, frontmatter, { root, slug: 'fuzzed' });
  return `<!doctype html><html lang="en"><head><title>x</title></head><body>${code}</body></html>`;
}

const site = 'https://example.org/';
const urls = {
  article: `${site}articles/a/`,
  image: `${site}og/a.png`,
  actor: (id: string) => `${site}actors/${id}/`,
  claim: (id: string) => `${site}articles/a/claims/${id}/`,
  paragraph: (id: string) => `${site}articles/a/full/#${id}`,
};

/** Everything the site publishes about a passed article, each output with why it is malformed, if it is. */
async function outputErrors(source: string): Promise<string[]> {
  const parts = splitArticle(source)!;
  const data = articleSchema.parse(load(parts.yaml));
  const blocks = parseBlocks(parts.body);
  const article = { ...data, slug: 'a', analysis: analyse(resolveArticle(data), blocks) };
  const json = JSON.stringify(analysisDocument(article, { summary: urls.article, fullText: `${urls.article}full/` }), null, 2);
  const graphs = [articleGraph(article, urls), ...article.analysis.claims.map((claim) => claimGraph(article, claim, urls))];
  const feed = await (await rss({ title: 'Dossier', description: 'Test', site, items: [feedItem(article, urls.article)] })).text();
  const html = await renderBody(parts.body, data);
  const head = `<!doctype html><html lang="en"><head><title>x</title>${graphs.map((graph) => `<script type="application/ld+json">${jsonLdText(graph)}</script>`).join('')}</head><body></body></html>`;
  const errors = [
    dataError(json, 'json'),
    dataError(feed, 'xml'),
    htmlError(html),
    htmlError(head),
    feedEntries(feed)[0]?.description === (data.keyPoints.length > 0 ? data.keyPoints.join(' ') : undefined) ? undefined : 'the feed does not give the key points as text',
  ];
  return errors.filter((error) => error !== undefined);
}

const passed: ArticleFile[] = [];
afterAll(removeFixtureBuilds);

describe('hostile and odd articles, made by mutating the fixtures', () => {
  it(`never break the check, and every one it passes renders to well-formed output (${runs} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(articles, async (edited) => {
        // An article reaches the check as the bytes of a file: decoded as the check decodes them.
        const decoded = decodeArticle(new TextEncoder().encode(edited.source));
        const article = 'text' in decoded ? { ...edited, source: decoded.text } : edited;
        const problems = 'text' in decoded ? checkSource(article) : [{ ...decoded.problem, file: article.file }];
        const lines = article.source.split('\n').length;
        for (const problem of problems) {
          expect(problem.file).toBe(article.file);
          expect(Number.isInteger(problem.line) && problem.line >= 1 && problem.line <= lines, `line ${problem.line} of ${lines}`).toBe(true);
          expect(problem.path.length).toBeGreaterThan(0);
          expect(problem.message.length).toBeGreaterThan(0);
          // A stack frame reads `at name (file:line:column)`; the words "that file (" do not.
          expect(`${problem.path}: ${problem.message}`).not.toMatch(/[\n\r]|Maximum call stack|undefined:0|\bat [\w.<>]+ \([^)]*:\d+:\d+\)/);
        }
        if (problems.length > 0) return;
        expect(await outputErrors(article.source)).toEqual([]);
        if (article.source !== seeds.find((seed) => seed.file === article.file)?.source) passed.push(article);
      }),
      { numRuns: runs },
    );
    // About 10 ms a case on an idle machine; ten times that before giving up.
  }, 60_000 + runs * 100);

  it('builds a sample of the mutated articles the check passed, for real, into well-formed files', () => {
    // One build for a few articles: those the check passes together (one actor id, one actor).
    const sample: ArticleFile[] = [];
    for (const article of passed) {
      const candidate = [...sample, { ...article, file: `content/articles/fuzz-${sample.length}.mdx`, slug: `fuzz-${sample.length}` }];
      if (sample.length < 4 && checkArticles(candidate).length === 0) sample.push(candidate.at(-1)!);
    }
    // Mutations that keep an article valid are common (text inserted in the body): some always pass.
    expect(passed.length).toBeGreaterThan(0);
    expect(sample.length).toBeGreaterThan(0);
    const project = fixtureProject();
    mkdirSync(join(project, 'content/articles'), { recursive: true });
    for (const article of sample) writeFileSync(join(project, article.file), article.source);
    const result = buildProject(project);
    expect(result.status, result.output).toBe(0);
    expect(malformedOutputs(result.outDir)).toEqual([]);
  });
});
