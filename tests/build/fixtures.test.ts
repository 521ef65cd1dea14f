import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEditedInOrder, buildFixture, fixtureProject, removeFixtureBuilds, root } from '../support/build';
import { expectedLines, problemLines } from '../support/fixture';
import { listFiles } from '../support/site';

afterAll(removeFixtureBuilds);

describe('building fixture articles', () => {
  it('builds every view of a good article', () => {
    const result = buildFixture('good');
    expect(result.status, result.output).toBe(0);
    for (const page of ['articles/harbour-talks/index.html', 'articles/harbour-talks/full/index.html', 'actors/index.html']) {
      expect(existsSync(join(result.outDir, page)), page).toBe(true);
    }
  });

  it.each(['invalid/dangling-reference', 'invalid/excerpt-not-in-body', 'invalid/duplicate-id', 'invalid/enum-violation'])(
    'fails on %s with exactly the content check’s messages, and builds nothing',
    (fixture) => {
      const result = buildFixture(fixture);
      expect(result.status).not.toBe(0);
      expect(problemLines(result.output)).toEqual(expectedLines(fixture));
      expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
    },
  );

  it('reports every problem in every file in one build', () => {
    const result = buildFixture('invalid/two-files');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('2 problems in 2 files:');
    expect(problemLines(result.output)).toEqual(expectedLines('invalid/two-files'));
  });

  it('lets nothing from a failing check reach the built output, not even the good articles beside it', () => {
    const result = buildFixture('good', 'invalid/mdx-script');
    expect(result.status).not.toBe(0);
    expect(problemLines(result.output)).toEqual(expectedLines('invalid/mdx-script'));
    expect(existsSync(join(result.outDir, 'articles/ferry-script'))).toBe(false);
    const built = existsSync(result.outDir) ? listFiles(result.outDir) : [];
    expect(built.filter((file) => /\.(html|json)$/.test(file))).toEqual([]);
  });
});

describe('anchor manifests', () => {
  it('fail the build when a published anchor would disappear without a successor', () => {
    const result = buildFixture('anchor-removed');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'content/anchors/harbour-talks.json:2: anchors: published anchor "p-northport-and-southby-agreed-on-monday" would disappear; restore it, or map it to its successor under "retired" in content/anchors/harbour-talks.json',
    );
  });

  it('keep a retired anchor answering at its successor', () => {
    const result = buildFixture('anchor-retired');
    expect(result.status, result.output).toBe(0);
    const page = readFileSync(join(result.outDir, 'articles/harbour-talks/full/index.html'), 'utf8');
    expect(page).toContain('<p id="p-on-monday-northport-and-southby-agreed"><span id="p-northport-and-southby-agreed-on-monday" class="retired-anchor"></span>On Monday,');
  });
});

describe('a build run from another folder', () => {
  it('with --root reads that project’s anchor manifests and draws its share images', () => {
    const project = fixtureProject('anchor-retired');
    const cache = mkdtempSync(join(tmpdir(), 'dossier-root-cache-'));
    // Astro itself, as `npm run build` starts it, on the Node that `npm run` puts first (Node 24), from /tmp, with
    // Astro's cache in the project as `npm run build` puts it: the project's node_modules is this one's, whose
    // cache holds the pages this checkout's dist/ links to (src/cli/incremental-links.ts).
    const env: Record<string, string | undefined> = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DOSSIER_CACHE_DIR: cache, DOSSIER_ASTRO_CACHE_DIR: join(project, '.astro/cache') };
    for (const name of ['BASE_URL', 'SITE', 'ASSETS_PREFIX', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[name];
    const run = spawnSync(join(root, 'node_modules/node/bin/node'), [join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', project], {
      cwd: tmpdir(),
      encoding: 'utf8',
      env,
    });
    rmSync(cache, { recursive: true, force: true });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    const dist = join(project, 'dist');
    const page = readFileSync(join(dist, 'articles/harbour-talks/full/index.html'), 'utf8');
    expect(page).toContain('<span id="p-northport-and-southby-agreed-on-monday" class="retired-anchor"></span>On Monday,');
    const cards = listFiles(dist).filter((file) => file.startsWith('og/') && file.endsWith('.png'));
    expect(cards).toContain('og/articles/harbour-talks.png');
    for (const card of cards) expect(readFileSync(join(dist, card)).subarray(1, 4).toString(), card).toBe('PNG');
  });
});

describe('a corpus of two articles', () => {
  it('aggregates actors across articles and lists the newest article first', () => {
    const result = buildFixture('corpus');
    expect(result.status, result.output).toBe(0);
    const read = <T,>(path: string) => JSON.parse(readFileSync(join(result.outDir, path), 'utf8')) as T;
    const { actors, periods } = read<{ actors: { id: string }[]; periods: { url: string }[] }>('actors.json');
    // Each period's file holds what its articles say of each actor, months oldest first and undated groups last.
    const reyes = periods.flatMap(({ url }) => read<{ actors: { id: string; articles: { slug: string; claims: { id: string }[] }[] }[] }>(url.slice(1)).actors.filter((actor) => actor.id === 'ana-reyes').flatMap((actor) => actor.articles));
    expect(reyes.map((article) => [article.slug, article.claims.map((claim) => claim.id)])).toEqual([
      ['ferry-launch', ['reyes-on-time']],
      ['harbour-talks', ['reyes-one-boat']],
    ]);
    expect(actors.map((actor) => actor.id).sort()).toEqual(['ana-reyes', 'eastville', 'northport', 'southby', 'the-gazette']);
    for (const id of ['ana-reyes', 'eastville', 'southby']) expect(existsSync(join(result.outDir, `actors/${id}/index.html`)), id).toBe(true);
    const home = readFileSync(join(result.outDir, 'index.html'), 'utf8');
    expect(home.indexOf('The shared ferry makes its first crossing')).toBeLessThan(home.indexOf('Harbour towns agree to share a ferry'));
  });

  it('fails when two articles write out one actor id differently, in the file changed last, naming the other file and line, whose value stands', () => {
    const result = buildEditedInOrder('corpus-conflict', ['ferry-launch.mdx', 'harbour-talks.mdx']);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'content/articles/harbour-talks.mdx:10: actors.0.kind: actor "northport" has kind "organization" here but "country" in content/articles/ferry-launch.mdx:15, which stands: one id is one actor; use "country", or move the actor into content/actors/northport.yaml and list it by id in both',
    );
  });
});
