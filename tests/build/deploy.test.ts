import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildProject, fixtureProject, removeFixtureBuilds, useFixtureArticles, type BuildResult } from '../support/build';
import { brokenLinks, listFiles, readPage } from '../support/site';

afterAll(removeFixtureBuilds);

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);

describe('npm run build -- --site https://example.org --base /news/dossier/', () => {
  let result: BuildResult;
  beforeAll(() => {
    const project = fixtureProject('good');
    // The original address is the one link to another site that an article can carry.
    const article = join(project, 'content/articles/harbour-talks.mdx');
    writeFileSync(article, readFileSync(article, 'utf8').replace(/^---\n/, '---\nurl: "https://news.example/harbour-talks"\n'));
    result = buildProject(project, ['--site', 'https://example.org', '--base', '/news/dossier/']);
  });
  const site = 'https://example.org/news/dossier/';
  const read = (file: string) => readFileSync(join(result.outDir, file), 'utf8');
  const pages = () => listFiles(result.outDir).filter((file) => file.endsWith('.html'));

  it('builds', () => {
    expect(result.status, result.output).toBe(0);
  });

  it('writes a sitemap of every page but the 404 page, at the site URL and base path', () => {
    expect(locs(read('sitemap-index.xml'))).toEqual([`${site}sitemap-0.xml`]);
    const expected = pages()
      .filter((file) => file !== '404.html')
      .map((file) => `${site}${file.replace(/(^|\/)index\.html$/, '$1')}`);
    expect(expected).toEqual(expect.arrayContaining([site, `${site}actors/`, `${site}articles/harbour-talks/full/`]));
    expect(locs(read('sitemap-0.xml')).sort()).toEqual(expected.sort());
  });

  it('writes a feed whose links are absolute', () => {
    const feed = read('rss.xml');
    expect(feed).toContain(`<link>${site}</link>`);
    expect(feed).toContain(`<link>${site}articles/harbour-talks/</link>`);
    expect(feed).toContain(`<atom:link href="${site}rss.xml" rel="self"`);
  });

  it('writes a robots.txt that points at the sitemap', () => {
    expect(read('robots.txt')).toMatch(new RegExp(`^Sitemap: ${site}sitemap-index\\.xml$`, 'm'));
  });

  it('puts the base path in every address on every page', () => {
    const outside = pages().flatMap((file) =>
      selectAll('[href^="/"], [src^="/"]', readPage(result.outDir, file))
        .map((element) => String(element.properties.href ?? element.properties.src))
        .filter((url) => !url.startsWith('/news/dossier/'))
        .map((url) => `${file}: ${url}`),
    );
    expect(outside).toEqual([]);
    expect(brokenLinks(result.outDir, '/news/dossier/')).toEqual([]);
  });

  it('opens links to other sites without handing them the page or the address', () => {
    const external = pages().flatMap((file) =>
      selectAll('a[href^="http"]', readPage(result.outDir, file)).map((link) => ({
        file,
        href: String(link.properties.href),
        rel: [link.properties.rel].flat().join(' '),
      })),
    );
    expect(external.map(({ href }) => href)).toContain('https://news.example/harbour-talks');
    expect(external.filter(({ rel }) => rel !== 'noopener noreferrer')).toEqual([]);
  });
});

/** Every file below `dir` with its bytes' hash and its modification time. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(dir).map((file) => {
      const path = join(dir, file);
      return [file, `${createHash('sha256').update(readFileSync(path)).digest('hex')} ${statSync(path).mtimeMs}`];
    }),
  );
}

describe('a failed build', () => {
  it.each([
    ['an article fails its checks', 'claims.0.speaker: unknown actor "ana-reyez"', (project: string) => useFixtureArticles(project, 'invalid/dangling-reference')],
    [
      // Astro has emptied its output folder by the time pages are written: without the swap, this
      // failure would leave a half-written site behind.
      'a page fails while the pages are written',
      'broken on purpose',
      (project: string) => writeFileSync(join(project, 'src/pages/broken.astro'), "---\nthrow new Error('broken on purpose');\n---\n"),
    ],
  ])('when %s, leaves the previous output byte for byte intact and no temporary folder', (_, message, breakIt) => {
    const project = fixtureProject('good');
    const good = buildProject(project);
    expect(good.status, good.output).toBe(0);
    const before = snapshot(good.outDir);
    expect(Object.keys(before)).toContain('articles/harbour-talks/full/index.html');

    breakIt(project);
    const broken = buildProject(project);
    expect(broken.status).not.toBe(0);
    expect(broken.output).toContain(message);
    expect(snapshot(broken.outDir)).toEqual(before);
    expect(readdirSync(project).filter((entry) => entry.includes('building'))).toEqual([]);
  });
});

describe('a good build over a previous one', () => {
  it('swaps the new output in, and leaves the old one, and one whose deletion was stopped, to processes of their own to delete', async () => {
    const project = fixtureProject('good');
    const first = buildProject(project);
    expect(first.status, first.output).toBe(0);
    // A previous output whose deletion was stopped half-way.
    const stopped = join(project, '.dist-building-stopped-previous');
    mkdirSync(join(stopped, 'articles'), { recursive: true });
    const second = buildProject(project);
    expect(second.status, second.output).toBe(0);
    expect(existsSync(join(second.outDir, 'articles/harbour-talks/full/index.html'))).toBe(true);
    // The build has returned; the first output, and the one left before it, go once their deletion is done.
    await vi.waitFor(() => expect(readdirSync(project).filter((entry) => entry.includes('building'))).toEqual([]), { timeout: 30_000, interval: 100 });
  });
});
