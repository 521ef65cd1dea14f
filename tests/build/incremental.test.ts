import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProject, fixtureProject, removeFixtureBuilds } from '../support/build';

/**
 * The incremental build (astro.config.mjs, src/data/cache-keys.ts) on the story fixture: after one change,
 * every page that showed the old value is written anew, no other file changes, and the output is byte
 * for byte that of a build from empty caches. Which pages show a value is read from the previous
 * build's files (those that contain it), never from the cache keys. Each step builds on the one before,
 * in one project.
 */
afterAll(removeFixtureBuilds);

/** A build's output: each file's digest, and the text of its pages and documents, by path inside the output. */
interface Output {
  digests: Map<string, string>;
  texts: Map<string, string>;
}

function readOutput(dir: string): Output {
  const digests = new Map<string, string>();
  const texts = new Map<string, string>();
  for (const path of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dir, path));
    } catch {
      continue; // a folder
    }
    digests.set(path, createHash('sha256').update(bytes).digest('hex'));
    if (/\.(html|json|xml|txt)$/.test(path)) texts.set(path, bytes.toString('utf8'));
  }
  return { digests, texts };
}

/** The folders of an output with nothing in them: a build makes a folder only for what it writes or keeps in it. */
function emptyFolders(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(dir, path)).isDirectory() && readdirSync(join(dir, path)).length === 0);
}

/**
 * What the search's integration says when the pages it was given as they were built are not those built: it then
 * indexes them all again, from the output. Each page is given as it is rendered or kept, so no build here says it.
 */
const indexedAgain = 'pages again, in the order they were built';

/** The files whose digest differs between two outputs, or that only one has. */
function changedFiles(before: Output, after: Output): string[] {
  const paths = new Set([...before.digests.keys(), ...after.digests.keys()]);
  return [...paths].filter((path) => before.digests.get(path) !== after.digests.get(path)).sort();
}

/** The share image a page names as its `og:image`, as a path inside the output. */
function shareImage(html: string): string | undefined {
  const address = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  return address && new URL(address).pathname.slice(1);
}

/** The pages Astro rendered in a build (not copied from its cache), from its log. */
function rendered(output: string): string[] {
  return [...output.matchAll(/├─ (\S+) \(\+\d+m?s\)/g)].map((match) => match[1]!).sort();
}

let project: string;
let current: Output;
const reyes = () => join(project, 'content/actors/ana-reyes.yaml');
const article = (slug: string) => join(project, 'content/articles', `${slug}.mdx`);
const edit = (path: string, from: string, to: string) => {
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
};

/** Builds in place again with nothing changed but what the caller did to the caches: the build, and the files it changed. */
function buildAgain(): { build: ReturnType<typeof buildProject>; changed: string[] } {
  const before = current;
  const build = buildProject(project);
  expect(build.status, build.output).toBe(0);
  current = readOutput(build.outDir);
  expect(emptyFolders(build.outDir)).toEqual([]);
  expect(build.output).not.toContain(indexedAgain);
  return { build, changed: changedFiles(before, current) };
}

/**
 * Makes one change, builds in place and checks the output against the one before: every page or document
 * that contained any of `shown` (the old value, in each form the pages give it) changed, every other file is unchanged but for the search index and the share
 * images of those pages, and the whole output equals a build of the same content from empty caches.
 */
function rebuildAfter(change: () => void, ...shown: (string | RegExp)[]): { showing: string[]; changed: string[]; parsed: number } {
  const before = current;
  change();
  const counts = join(project, 'corpus-counts.json');
  const build = buildProject(project, [], { DOSSIER_CORPUS_COUNTS: counts });
  expect(build.status, build.output).toBe(0);
  // How many article files the build read and checked anew: the rest it took from what the last build kept (src/lib/corpus/kept.ts).
  const { articlesParsed: parsed } = JSON.parse(readFileSync(counts, 'utf8')) as { articlesParsed: number };
  current = readOutput(build.outDir);
  expect(emptyFolders(build.outDir)).toEqual([]);
  expect(build.output).not.toContain(indexedAgain);
  const showing = [...before.texts].filter(([, text]) => shown.some((value) => (typeof value === 'string' ? text.includes(value) : value.test(text)))).map(([path]) => path);
  const changed = changedFiles(before, current);
  expect(showing.length).toBeGreaterThan(2);
  expect(changed).toEqual(expect.arrayContaining(showing));
  const cards = new Set(showing.flatMap((path) => shareImage(before.texts.get(path)!) ?? []));
  expect(changed.filter((path) => !showing.includes(path) && !cards.has(path) && !path.startsWith('pagefind/'))).toEqual([]);

  const clean = buildProject(project, ['--outDir', 'dist-clean'], { DOSSIER_ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'dossier-astro-cache-')) });
  expect(clean.status, clean.output).toBe(0);
  expect(changedFiles(readOutput(join(project, 'dist-clean')), current)).toEqual([]);
  return { showing, changed, parsed };
}

describe('one change, rebuilt incrementally', { timeout: 600_000 }, () => {
  beforeAll(() => {
    project = fixtureProject('story');
    // A registry name the articles' words never use, so the pages that show it are those that show the registry's.
    edit(reyes(), 'name: Ana Reyes\n', 'name: Ana Reyes Molina\n');
    const build = buildProject(project);
    expect(build.status, build.output).toBe(0);
    current = readOutput(build.outDir);
  }, 300_000);

  it('renders again only the pages without a cache key when nothing changed, and writes the same files', () => {
    const { build, changed } = buildAgain();
    expect(changed).toEqual([]);
    const unkeyed = ['/404.html', '/actors.json', '/actors/index.html', '/index.html', '/questions.json', '/questions/index.html', '/robots.txt', '/rss.xml', '/search/index.html'];
    expect(rendered(build.output)).toEqual(unkeyed);
    // Every page with a key was copied from the cache instead: the summaries, claims, actors, questions and their archives, the share images.
    expect(build.output.match(/\(restored\)/g)?.length).toBe(current.digests.size - [...current.digests.keys()].filter((path) => /^(_astro|pagefind)\/|^(sitemap|favicon|_headers)/.test(path)).length - unkeyed.length);
  });

  it('links each file it keeps from the cache into the output, where it copied it (src/cli/incremental-links.ts)', () => {
    const output = join(project, 'dist');
    const kept = [...current.digests.keys()].filter((path) => path.startsWith('og/') || /^archive\/.*\.json$/.test(path));
    expect(kept.length).toBeGreaterThan(10);
    const linked = kept.filter((path) => statSync(join(output, path)).ino === statSync(join(project, '.astro/cache/dist', path)).ino);
    expect(linked).toEqual(kept);
  });

  it('renames an actor in the registry: every page that showed the old name shows the new one, and no published file is written in place', () => {
    // The published files the change renders anew that are links to the cache: each kept by a link of its own, which
    // must still hold the old bytes after the build (the cache's copy replaced, not written into, before the swap).
    const output = join(project, 'dist');
    const published = [...current.texts].filter(([path, text]) => text.includes('Ana Reyes Molina') && statSync(join(output, path)).nlink > 1);
    expect(published.length).toBeGreaterThan(0);
    const held = join(project, 'held');
    for (const [path] of published) {
      mkdirSync(dirname(join(held, path)), { recursive: true });
      linkSync(join(output, path), join(held, path));
    }
    const { showing, parsed } = rebuildAfter(() => edit(reyes(), 'name: Ana Reyes Molina\n', 'name: Ana Molina Reyes\n'), 'Ana Reyes Molina');
    // Every article is read against the registries: each is read again.
    expect(parsed).toBe(3);
    expect(showing).toEqual(expect.arrayContaining(['actors/ana-reyes/index.html', 'articles/ferry-vote/index.html', 'questions/shared-ferry/index.html']));
    for (const path of showing) expect(current.texts.get(path)).not.toContain('Ana Reyes Molina');
    for (const [path, text] of published) expect(readFileSync(join(held, path), 'utf8'), path).toBe(text);
  });

  it('retitles an article: its pages, its neighbours and every list that names it', () => {
    const { showing, parsed } = rebuildAfter(() => edit(article('ferry-vote'), 'headline: "Southby delays its ferry vote"', 'headline: "Southby postpones its ferry vote"'), 'Southby delays its ferry vote');
    expect(parsed).toBe(1);
    expect(showing).toEqual(expect.arrayContaining(['articles/ferry-vote/full/index.html', 'articles/harbour-talks/index.html', 'index.html', 'rss.xml']));
    for (const path of showing) expect(current.texts.get(path)).not.toContain('Southby delays its ferry vote');
  });

  it('changes a stance: every page that showed the position, or the change from it to the next, shows the new stance', () => {
    const position = 'question: shared-ferry\n    stance: unclear\n    summary: Southby has not decided.';
    // Southby's stance in the next article, conditional, is marked as a change from this one on the pages of March.
    // The period's questions.json gives the change as data: the next step's `changedFrom`, beside its summary.
    const changeAsData = /"changedFrom": "unclear",\s+"summary": "Southby agrees if the timetable suits it\."/;
    // The article's summary shows it as a badge alone, linked to its sentence: the article's only unclear stance.
    const badge = (stance: string) => new RegExp(`ferry-vote/full/#[^"]*"[^>]*>\\s*<span class="stance ${stance}">`);
    const { showing } = rebuildAfter(() => edit(article('ferry-vote'), position, position.replace('unclear', 'opposes')), 'Southby has not decided.', 'Unclear → Conditional', changeAsData, badge('unclear'));
    expect(showing).toEqual(expect.arrayContaining(['actors/southby/index.html', 'articles/ferry-vote/index.html', 'questions/shared-ferry/2025-03/index.html', 'archive/2025-03/questions.json']));
    for (const path of showing) expect(current.texts.get(path)).not.toMatch(/Unclear: Southby has not decided|Unclear → Conditional/);
    expect(current.texts.get('articles/ferry-vote/index.html')).toMatch(badge('opposes'));
    expect(current.texts.get('questions/shared-ferry/2025-03/index.html')).toContain('Opposes → Conditional');
  });

  it('moves an article to another month: the pages of the month it leaves go, and so do their folders', () => {
    const february = [...current.digests.keys()].filter((path) => path.includes('2025-02/'));
    expect(february).toEqual(expect.arrayContaining(['archive/2025-02/index.html', 'questions/shared-ferry/2025-02/index.html']));
    edit(article('ferry-vote'), 'published: 2025-02-10', 'published: 2025-03-10');
    const { build, changed } = buildAgain();
    expect(build.output).toContain('(restored)');
    expect(changed).toEqual(expect.arrayContaining(february));
    expect([...current.digests.keys()].filter((path) => path.includes('2025-02'))).toEqual([]);
    // Folders and all (emptyFolders, in buildAgain), as a build from empty caches writes it.
    const clean = buildProject(project, ['--outDir', 'dist-clean'], { DOSSIER_ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'dossier-astro-cache-')) });
    expect(clean.status, clean.output).toBe(0);
    expect(changedFiles(readOutput(join(project, 'dist-clean')), current)).toEqual([]);
  });

  it('keeps pages as they are served, joined stylesheet and all, and renders every page again when the record of their stylesheets is gone', () => {
    // A kept page is the served page, byte for byte: its one stylesheet link is in Astro's copy too.
    const cache = join(project, '.astro/cache');
    expect(readFileSync(join(cache, 'dist/articles/ferry-vote/index.html'), 'utf8')).toBe(current.texts.get('articles/ferry-vote/index.html'));
    rmSync(join(cache, 'dossier-stylesheets.json'));
    const { build, changed } = buildAgain();
    expect(build.output).toContain('dossier-stylesheets.json is missing');
    expect(build.output).not.toContain('(restored)');
    expect(changed).toEqual([]);
  });

  it('indexes the same pages for search when the record of them is gone, reading the pages it kept', () => {
    const cache = join(project, '.astro/cache');
    const record = JSON.parse(readFileSync(join(cache, 'dossier-search-pages.json'), 'utf8')) as Record<string, string | null>;
    expect(Object.entries(record).filter(([, lang]) => lang !== null).map(([page]) => page)).toEqual(expect.arrayContaining(['articles/ferry-vote/full/', 'actors/southby/', 'questions/shared-ferry/']));
    rmSync(join(cache, 'dossier-search-pages.json'));
    const { build, changed } = buildAgain();
    expect(build.output).toContain('(restored)');
    expect(changed).toEqual([]);
    expect(JSON.parse(readFileSync(join(cache, 'dossier-search-pages.json'), 'utf8'))).toEqual(record);
  });

  it('keeps every page it can after a build the content check stopped, which rendered none', () => {
    const cache = join(project, '.astro/cache');
    const pages = statSync(join(cache, 'incremental-build.json')).mtimeMs;
    edit(article('ferry-vote'), 'headline: "Southby postpones its ferry vote"', 'headline: 42');
    const refused = buildProject(project);
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('headline');
    expect(existsSync(join(cache, 'dossier-build-unfinished'))).toBe(true);
    edit(article('ferry-vote'), 'headline: 42', 'headline: "Southby postpones its ferry vote"');
    const { build, changed } = buildAgain();
    expect(changed).toEqual([]);
    expect(build.output).toContain('(restored)');
    expect(statSync(join(cache, 'incremental-build.json')).mtimeMs).toBeGreaterThan(pages);
    expect(existsSync(join(cache, 'dossier-build-unfinished'))).toBe(false);
  });

  it('renders every page again after a build that stopped half-way, leaving a kept page newer than the record of them', () => {
    const cache = join(project, '.astro/cache');
    const record = statSync(join(cache, 'incremental-build.json')).mtimeMs;
    // What a build stopped while rendering leaves: its mark in the cache (`npm run build` removes it once Astro has
    // finished), a kept page rendered anew, and the record still the previous build's.
    writeFileSync(join(cache, 'dossier-build-unfinished'), '');
    writeFileSync(join(cache, 'dist/articles/ferry-vote/index.html'), '<p>Rendered by a build that never finished.</p>');
    expect(statSync(join(cache, 'dist/articles/ferry-vote/index.html')).mtimeMs).toBeGreaterThan(record);
    const { build, changed } = buildAgain();
    expect(build.output).not.toContain('(restored)');
    expect(changed).toEqual([]);
  });
});
