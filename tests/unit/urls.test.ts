import { afterEach, describe, expect, it, vi } from 'vitest';
import { absoluteUrl, actorsUrl, analysisJsonUrl, articleUrl, feedUrl, fullTextUrl, homeUrl, pathWithBase, sitemapUrl } from '../../src/lib/publish/urls';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe.each([
  ['/', ''],
  ['/sub/', '/sub'],
  ['/news/dossier', '/news/dossier'],
])('with BASE_URL %s', (base, prefix) => {
  it.each([
    [() => pathWithBase(''), `${prefix}/`],
    [() => pathWithBase('/actors/'), `${prefix}/actors/`],
    [() => homeUrl(), `${prefix}/`],
    [() => articleUrl('a-b'), `${prefix}/articles/a-b/`],
    [() => articleUrl('a-b', 'positions'), `${prefix}/articles/a-b/#positions`],
    [() => fullTextUrl('a-b', 'p-one'), `${prefix}/articles/a-b/full/#p-one`],
    [() => analysisJsonUrl('a-b'), `${prefix}/articles/a-b/analysis.json`],
    [() => actorsUrl('actor-russia'), `${prefix}/actors/#actor-russia`],
    [() => feedUrl(), `${prefix}/rss.xml`],
    [() => sitemapUrl(), `${prefix}/sitemap-index.xml`],
    [() => absoluteUrl(articleUrl('a-b'), 'https://example.org'), `https://example.org${prefix}/articles/a-b/`],
    [() => absoluteUrl(feedUrl(), new URL('http://localhost:4321')), `http://localhost:4321${prefix}/rss.xml`],
  ])('%# builds %s', (build, expected) => {
    vi.stubEnv('BASE_URL', base);
    expect(build()).toBe(expected);
  });
});

describe('absoluteUrl', () => {
  it('refuses to guess a site URL that is not configured', () => {
    expect(() => absoluteUrl('/a/', undefined)).toThrow(/No site URL/);
  });
});
