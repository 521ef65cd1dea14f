import { afterEach, describe, expect, it, vi } from 'vitest';
import { actorsUrl, analysisJsonUrl, articleUrl, fullTextUrl, homeUrl, pathWithBase } from '../../src/lib/urls';

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
  ])('%# builds %s', (build, expected) => {
    vi.stubEnv('BASE_URL', base);
    expect(build()).toBe(expected);
  });
});
