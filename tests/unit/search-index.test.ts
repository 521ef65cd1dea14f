import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import pagefindIntegration from '../../src/integrations/pagefind';
import { renderedSearchPages, searchFeed } from '../../src/lib/publish/search-pages';

const root = mkdtempSync(join(tmpdir(), 'dossier-search-index-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const page = (title: string, body: string, lang?: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav>Menu</nav><main data-pagefind-body${lang ? ` data-lang="${lang}"` : ''}><h1>${title}</h1><p>${body}</p></main></body></html>`;

/** A built site's pages, by name as Astro lists them, not in the order of their paths: three in English, one in French, one the search leaves out. */
const pages: [string, string][] = [
  ['questions/shared-ferry/', page('Shared ferry', 'Should the harbour towns share one ferry?')],
  ['actors/ana-reyes/', page('Ana Reyes', 'The mayor of Northport speaks for the harbour towns.')],
  ['articles/harbour-talks/full/', page('Harbour talks', 'Harbour towns agree to share a ferry across the bay.')],
  ['articles/harbour-talks/', '<!doctype html><html lang="en"><head><title>Summary</title></head><body><main><h1>Summary</h1></main></body></html>'],
  ['articles/bac-partage/full/', page('Bac partagé', 'Les villes portuaires partagent un bac.', 'fr')],
];

const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {}, fork: () => logger, label: 'test', options: {} } as unknown as AstroIntegrationLogger;

/** Builds the site's search index in `name`'s folder as `astro build` would, giving the feed, as the pages are written, those that `given` names. */
async function build(name: string, given: (name: string) => boolean): Promise<Map<string, string>> {
  const project = join(root, name);
  const outDir = join(project, 'dist');
  const integration = pagefindIntegration();
  const hooks = integration.hooks as Record<string, (params: object) => unknown>;
  await hooks['astro:config:done']!({ config: { cacheDir: pathToFileURL(join(project, 'cache/')), outDir: pathToFileURL(`${outDir}/`) } });
  await hooks['astro:build:start']!({ logger });
  for (const key of Object.keys(renderedSearchPages())) delete renderedSearchPages()[key];
  for (const [page, html] of pages) {
    mkdirSync(join(outDir, page), { recursive: true });
    writeFileSync(join(outDir, page, 'index.html'), html);
    const lang = /data-lang="(\w+)"/.exec(html)?.[1] ?? (html.includes('data-pagefind-body') ? 'en' : null);
    renderedSearchPages()[page] = lang;
    if (lang !== null && given(page)) searchFeed()!.rendered(page, lang, Buffer.from(html));
  }
  const messages: string[] = [];
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${outDir}/`), pages: pages.map(([pathname]) => ({ pathname })), logger: { ...logger, info: (message: string) => messages.push(message) } });
  const files = new Map<string, string>();
  for (const file of readdirSync(join(outDir, 'pagefind'), { recursive: true, encoding: 'utf8' }).sort()) {
    try {
      files.set(file, readFileSync(join(outDir, 'pagefind', file)).toString('base64'));
    } catch {
      // a folder
    }
  }
  files.set('(log)', messages.join('\n'));
  return files;
}

describe('the search index, given its pages as the build writes them', { timeout: 60_000 }, () => {
  it('is the same index, byte for byte, whether every page was given as it was built, or some were missed and all are read again', async () => {
    const fed = await build('fed', () => true);
    const missed = await build('missed', (name) => !name.startsWith('actors/'));
    expect(fed.get('(log)')).toBe('indexed 3 en, 1 fr pages into pagefind/');
    expect(missed.get('(log)')).toBe('indexing the 4 pages again, in the order they were built\nindexed 3 en, 1 fr pages into pagefind/');
    fed.delete('(log)');
    missed.delete('(log)');
    expect([...fed.keys()]).toEqual(expect.arrayContaining(['pagefind-entry.json', 'languages.json', 'fr/pagefind-entry.json']));
    expect(missed).toEqual(fed);
  });
});
