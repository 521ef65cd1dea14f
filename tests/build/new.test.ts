import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCapture } from '../../src/lib/capture/parse';
import { checkSource } from '../../src/lib/check/check-articles';
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

describe('npm run new, on input a careless editor gives it', () => {
  const capturePath = join(root, 'tests/fixtures/captures/harbour-bridge.txt');
  const capture = readFileSync(capturePath, 'utf8');
  const huge = `Headline: Huge\n\nBody:\n${'Words of a very long article. '.repeat(20_000)}\n`;
  let project: string;

  beforeAll(() => {
    project = fixtureProject();
    useFixtureArticles(project, 'corpus');
  });

  /** The project's files below content/, each with its bytes, to show that a refused run wrote nothing. */
  const contentFiles = () => listFiles(join(project, 'content'));
  /** Runs npm run new on a capture written into the project, with its own slug. */
  const runOn = (name: string, bytes: Uint8Array | string, ...args: string[]) => {
    writeFileSync(join(project, name), bytes);
    return npm(project, 'new', '--', name, '--slug', name.replace(/\W+/g, '-'), ...args);
  };
  /** A refusal: exit 1, the one message wanted, no stack trace, and nothing written. */
  const expectRefusal = (run: ReturnType<typeof npm>, message: RegExp, before: Map<string, string>) => {
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(message);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(contentFiles()).toEqual(before);
  };

  it.each([
    ['a Latin-1 capture, by name', 'latin.txt', Buffer.from(capture.replace('Zoë', 'Zo\u00eb'), 'latin1'), /^latin\.txt:\d+: the file is not UTF-8: byte 0xEB at byte offset \d+ is not valid UTF-8 \(the file is probably Latin-1 or Windows-1252\)/],
    ['a UTF-16 capture, by name', 'wide.txt', Buffer.from(capture, 'utf16le'), /^wide\.txt:1: the file is UTF-16 \(little-endian\), not UTF-8/],
    ['a binary file', 'image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xd8]), /^image\.txt:\d+: the file is not UTF-8/],
    ['a capture past the size limit, before reading it', 'huge.txt', huge, new RegExp(`^huge\\.txt is ${Buffer.byteLength(huge).toLocaleString('en')} bytes, past the limit of 400,000 for a capture`)],
    ['a body past the limit', 'long.txt', `Headline: Long\n\nBody:\n${'Words of a long article, one paragraph. '.repeat(2_700)}\n`, /^long\.txt: the body is 107,999 characters, past the limit of 100,000/],
  ])('refuses %s, in one line, and writes nothing', (_, name, bytes, message) => {
    const before = contentFiles();
    const started = performance.now();
    expectRefusal(runOn(name, bytes), message, before);
    // At once: long before the minutes a 50 MB capture took.
    expect(performance.now() - started).toBeLessThan(60_000);
  });

  it.each([
    ['a missing file', ['new', '--', 'no-such-capture.txt'], /^no-such-capture\.txt: no such file; give the path of a capture/],
    ['a folder', ['new', '--', 'content'], /^content is a folder, not a capture: give the capture's text file$/],
    ['an unknown flag', ['new', '--', 'x.txt', '--sluggish', 'y'], /^npm run new: Unknown option '--sluggish'.*\nUsage: npm run new -- <capture\.txt> \[--slug <slug>\] \[--lang <BCP 47 tag>\]$/],
    ['no capture', ['new'], /^Usage: npm run new -- <capture\.txt> \[--slug <slug>\] \[--lang <BCP 47 tag>\]$/],
  ])('answers %s with a one-line message and no stack trace', (_, args, message) => {
    const before = contentFiles();
    expectRefusal(npm(project, ...args), message, before);
  });

  it('writes a capture with addresses and paragraphs that begin "import" or "export" as text the check passes, word for word', () => {
    const body = [
      'Write to news@example.org or visit www.example.org and https://example.org/bridge for the plans.',
      'export duties on steel were not discussed, said the mayor.',
      'import tariffs, she added, were another matter: mailto:desk@example.org and xmpp:desk@example.org/home stay words.',
    ];
    const run = runOn('addresses.txt', `Headline: Addresses and module words\n\nBody:\n${body.join('\n\n')}\n`);
    expect(run.status, run.stderr).toBe(0);
    const written = readFileSync(join(project, 'content/articles/addresses-txt.mdx'), 'utf8');
    expect(parseBlocks(splitSource(written).body).map((block) => block.text)).toEqual(body);
    // It names no actor the site knows: the one thing left for the editor is to add one.
    expect(checkSource({ file: 'content/articles/addresses-txt.mdx', slug: 'addresses-txt', source: written }, 'allow').map((problem) => `${problem.path}: ${problem.message}`)).toEqual(['actors: needs at least one actor']);
  });
});

/** Every file below a folder, by its path there, with its text. */
function listFiles(folder: string): Map<string, string> {
  return new Map(
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((entry) => statSync(join(folder, entry)).isFile())
      .sort()
      .map((entry) => [entry, readFileSync(join(folder, entry), 'latin1')]),
  );
}
