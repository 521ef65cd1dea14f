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
    actors: { id: string; name?: string; kind?: string; role?: string; affiliation?: string; aliases?: string[]; draft?: boolean | string }[];
    positions?: { actor: string; question: string; stance: string; excerpts: string[]; draft?: string }[];
    claims: { id: string; speaker?: string; kind: string; excerpt: string; draft?: boolean | string }[];
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

  it('ends with the drafts left by kind', () => {
    const { actors, positions = [], claims } = scaffolded.frontmatter;
    const total = actors.length + positions.length + claims.length;
    expect(run.stdout.trim().split('\n').at(-2)).toBe(`Drafts left: ${total} drafts: ${actors.length} actors, ${positions.length} positions, ${claims.length} claims.`);
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

  it('proposes every quotation as a draft claim whose excerpt is verbatim, once, in the body, but scare quotes, named in a comment', () => {
    const body = parseBlocks(scaffolded.body).map((block) => block.text).join('\n');
    const claims = scaffolded.frontmatter.claims;
    const file = readFileSync(join(project, 'content/articles', `${slug}.mdx`), 'utf8');
    for (const quotation of quotationsOf(original.body)) {
      expect(claims.some((claim) => claim.excerpt.includes(quotation)) !== file.includes(`#   ${quotation}\n`), quotation).toBe(true);
    }
    expect(file).toContain('#   "coalition of the willing"\n');
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

  it('proposes a draft position, with its evidence, for a quotation whose words hold a registry question’s cue', () => {
    const positions = scaffolded.frontmatter.positions ?? [];
    const held = original.frontmatter as unknown as { positions: { actor: string; question: string }[] };
    expect(positions.length).toBeGreaterThan(0);
    for (const position of positions) {
      expect(held.positions.some((own) => own.actor === position.actor && own.question === position.question), `${position.actor} on ${position.question}`).toBe(true);
      expect(position.draft).toMatch(/^a quotation of [a-z-]+ holds "[^"]+", a cue of [a-z-]+; /);
    }
  });

  it('passes the check but for its drafts, one line each, and check:content -- --drafts lists them', () => {
    const check = npm(project, 'check:content');
    const { actors, positions = [], claims } = scaffolded.frontmatter;
    const drafts = actors.length + positions.length + claims.length;
    expect(check.status).toBe(1);
    expect(checkLines(check.stdout)).toHaveLength(drafts);
    for (const line of checkLines(check.stdout)) expect(line).toMatch(new RegExp(`^content/articles/${slug}\\.mdx:\\d+: (actors|positions|claims)\\.\\d+\\.draft: draft `));
    const listed = npm(project, 'check:content', '--', '--drafts');
    expect(listed.status).toBe(0);
    expect(listed.stdout.trim().split('\n')).toEqual([
      ...checkLines(check.stdout),
      `${drafts} drafts left in 1 article: ${actors.length} actors, ${positions.length} positions, ${claims.length} claims.`,
    ]);
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

  it('finds the actors the other articles declare, and drafts the new one in full', () => {
    expect(scaffolded.frontmatter.actors.map((actor) => actor.id).sort()).toEqual(['ana-reyes', 'northport', 'southby', 'zoe-okonkwo-hale']);
    const { draft, ...zoe } = scaffolded.frontmatter.actors.find((actor) => actor.id === 'zoe-okonkwo-hale')!;
    expect(zoe).toEqual({ id: 'zoe-okonkwo-hale', name: 'Zoë Okonkwo-Hale', kind: 'person', role: 'Southby’s treasurer', affiliation: 'southby', aliases: ['Zoë Okonkwo-Hale'] });
    expect(draft).toMatch(/^new to the site/);
    expect(run.stdout).toContain('new actors, drafted in full: zoe-okonkwo-hale (person)');
  });

  it('proposes each of its three quotations with its speaker', () => {
    const claims = scaffolded.frontmatter.claims;
    const body = readFileSync(capturePath, 'utf8');
    const speakers = quotationsOf(body).map((quotation) => claims.find((claim) => claim.excerpt.includes(quotation))?.speaker);
    expect(speakers).toEqual(['ana-reyes', 'zoe-okonkwo-hale', 'zoe-okonkwo-hale']);
  });

  it('passes the check but for its drafts, one line each', () => {
    const check = npm(project, 'check:content');
    expect(checkLines(check.stdout).length).toBeGreaterThan(0);
    for (const line of checkLines(check.stdout)) expect(line).toMatch(/^content\/articles\/harbour-bridge\.mdx:\d+: (actors|positions|claims)\.\d+\.draft: draft /);
  });
});
