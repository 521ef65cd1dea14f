import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCapture } from '../../src/lib/capture/parse';
import { splitSource } from '../../src/lib/source/mdx-file';
import { parseBlocks } from '../../src/lib/text/blocks';
import { occurrences } from '../../src/lib/text/excerpts';
import { fixtureProject, removeFixtureBuilds, root, useFixtureArticles } from '../support/build';

afterAll(removeFixtureBuilds);

/** Runs an npm script in a project, as an editor would. */
function npm(project: string, ...args: string[]) {
  const run = spawnSync('npm', ['run', '--silent', ...args], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface Scaffolded {
  frontmatter: {
    headline: string;
    keyPoints?: string[];
    sources?: string[];
    published?: unknown;
    author?: string;
    outlet?: string;
    url?: string;
    actors: { id: string; draft?: boolean }[];
    claims: { id: string; speaker?: string; kind: string; excerpt: string; draft?: boolean }[];
  };
  body: string;
}

const read = (path: string): Scaffolded => {
  const { frontmatter, body } = splitSource(readFileSync(path, 'utf8'));
  return { frontmatter: parse(frontmatter) as Scaffolded['frontmatter'], body };
};

/** The quotations of a body, marks included. */
const quotationsOf = (body: string) => [...body.matchAll(/"[^"\n]+"|“[^”\n]+”/g)].map((match) => match[0]);

/** Every line of `npm run check:content`'s report but the count at its head. */
const checkLines = (stdout: string) => stdout.trim().split('\n').slice(1);

describe('npm run new, on the first article’s own capture', () => {
  const slug = 'uk-france-scaffold';
  let project: string;
  let run: ReturnType<typeof npm>;
  let scaffolded: Scaffolded;
  let original: Scaffolded;

  beforeAll(() => {
    project = fixtureProject();
    cpSync(join(root, 'content'), join(project, 'content'), { recursive: true });
    run = npm(project, 'new', '--', 'content/sources/uk-france-troops-ukraine-ceasefire.txt', '--slug', slug);
    scaffolded = read(join(project, 'content/articles', `${slug}.mdx`));
    original = read(join(root, 'content/articles/uk-france-troops-ukraine-ceasefire.mdx'));
  });

  it('copies the capture byte for byte and says what it found', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(project, `content/sources/${slug}.txt`))).toEqual(readFileSync(join(root, 'content/sources/uk-france-troops-ukraine-ceasefire.txt')));
    expect(run.stdout).toContain(`Wrote content/articles/${slug}.mdx`);
    expect(run.stdout).toMatch(/quotations: \d+, in \d+ draft claims/);
  });

  it('writes the body verbatim, paragraph by paragraph, as the article written by hand has it', () => {
    const blocks = (body: string) => parseBlocks(body).map(({ kind, text }) => ({ kind, text }));
    expect(blocks(scaffolded.body)).toEqual(blocks(original.body));
    expect(scaffolded.body.match(/<MissingVideo \/>/g)).toHaveLength(1);
  });

  it('writes the headline, key points and sources exactly, and no date, author, outlet or address', () => {
    const { headline, keyPoints, sources, published, author, outlet, url } = scaffolded.frontmatter;
    expect({ headline, keyPoints, sources }).toEqual({ headline: original.frontmatter.headline, keyPoints: original.frontmatter.keyPoints, sources: original.frontmatter.sources });
    expect([published, author, outlet, url]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('finds every actor the site knows that the body names, each as a draft', () => {
    expect(scaffolded.frontmatter.actors.map((actor) => actor.id).sort()).toEqual(original.frontmatter.actors.map((actor) => actor.id).sort());
    expect(scaffolded.frontmatter.actors.every((actor) => actor.draft === true)).toBe(true);
  });

  it('proposes every quotation as a draft claim whose excerpt is verbatim, once, in the body', () => {
    const body = parseBlocks(scaffolded.body).map((block) => block.text).join('\n');
    const claims = scaffolded.frontmatter.claims;
    for (const quotation of quotationsOf(original.body)) expect(claims.some((claim) => claim.excerpt.includes(quotation)), quotation).toBe(true);
    for (const claim of claims) {
      expect(occurrences(body, claim.excerpt), claim.id).toHaveLength(1);
      expect([claim.kind, claim.draft]).toEqual(['quote', true]);
    }
  });

  it('gives each quote the speaker the article written by hand gives it', () => {
    const quotes = original.frontmatter.claims.filter((claim) => claim.kind === 'quote');
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      const [first] = quotationsOf(quote.excerpt);
      const draft = scaffolded.frontmatter.claims.find((claim) => claim.excerpt.includes(first!));
      expect(draft?.speaker, quote.id).toBe(quote.speaker);
    }
  });

  it('passes the check but for its drafts, one line each', () => {
    const check = npm(project, 'check:content');
    const drafts = scaffolded.frontmatter.actors.length + scaffolded.frontmatter.claims.length;
    expect(check.status).toBe(1);
    expect(checkLines(check.stdout)).toHaveLength(drafts);
    for (const line of checkLines(check.stdout)) expect(line).toMatch(new RegExp(`^content/articles/${slug}\\.mdx:\\d+: (actors|claims)\\.\\d+\\.draft: draft `));
  });

  it('refuses to overwrite an article, and leaves it as it was', () => {
    const before = readFileSync(join(project, 'content/articles', `${slug}.mdx`));
    const again = npm(project, 'new', '--', 'content/sources/uk-france-troops-ukraine-ceasefire.txt', '--slug', slug);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`content/articles/${slug}.mdx already exists`);
    expect(readFileSync(join(project, 'content/articles', `${slug}.mdx`))).toEqual(before);
  });
});

describe('npm run new, on a labelled capture', () => {
  const capturePath = join(root, 'tests/fixtures/captures/harbour-bridge.txt');
  let project: string;
  let run: ReturnType<typeof npm>;
  let scaffolded: Scaffolded;

  beforeAll(() => {
    project = fixtureProject();
    useFixtureArticles(project, 'corpus');
    run = npm(project, 'new', '--', capturePath, '--slug', 'harbour-bridge');
    scaffolded = read(join(project, 'content/articles/harbour-bridge.mdx'));
  });

  it('writes the stated metadata and key points exactly', () => {
    expect(run.status, run.stderr).toBe(0);
    const { headline, keyPoints, sources, published, author, outlet, url } = scaffolded.frontmatter;
    expect({ headline, keyPoints, sources, author, outlet, url }).toEqual({
      headline: 'Northport and Southby plan a footbridge – and argue over who pays',
      keyPoints: ['The two harbour towns will build a footbridge beside the ferry.', 'Southby wants Northport to pay more of the cost.'],
      sources: ['The Gazette'],
      author: 'Marta Lindqvist',
      outlet: 'The Gazette',
      url: 'https://gazette.example/2025/07/harbour-bridge',
    });
    expect(new Date(String(published instanceof Date ? published.toISOString() : published)).toISOString().slice(0, 10)).toBe('2025-07-10');
  });

  it('writes the body verbatim, paragraph by paragraph, curly quotes, en dash and “Zoë” kept', () => {
    const { capture } = parseCapture(readFileSync(capturePath, 'utf8'));
    expect(parseBlocks(scaffolded.body).map(({ kind, text }) => ({ kind, text }))).toEqual(capture!.body.map(({ kind, text }) => ({ kind, text })));
  });

  it('finds the actors the other articles declare, and suggests the new name', () => {
    expect(scaffolded.frontmatter.actors.map((actor) => actor.id).sort()).toEqual(['ana-reyes', 'northport', 'southby']);
    expect(run.stdout).toContain('Zoë Okonkwo-Hale (person)');
    expect(readFileSync(join(project, 'content/articles/harbour-bridge.mdx'), 'utf8')).toContain('#   Zoë Okonkwo-Hale (person');
  });

  it('proposes each of its three quotations, the first with its speaker', () => {
    const claims = scaffolded.frontmatter.claims;
    const body = readFileSync(capturePath, 'utf8');
    for (const quotation of quotationsOf(body)) expect(claims.some((claim) => claim.excerpt.includes(quotation)), quotation).toBe(true);
    expect(claims.find((claim) => claim.excerpt.includes('“A bridge'))?.speaker).toBe('ana-reyes');
  });

  it('passes the check but for its drafts, one line each', () => {
    const check = npm(project, 'check:content');
    expect(checkLines(check.stdout).length).toBeGreaterThan(0);
    for (const line of checkLines(check.stdout)) expect(line).toMatch(/^content\/articles\/harbour-bridge\.mdx:\d+: (actors|claims)\.\d+\.draft: draft /);
  });
});
