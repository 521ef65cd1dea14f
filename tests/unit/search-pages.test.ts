import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { searchPagesOf } from '../../src/integrations/pagefind';
import { indexedPageFile, pageFile, pageLanguage, pageName, pageNameOfFile } from '../../src/lib/publish/search-pages';

const site = mkdtempSync(join(tmpdir(), 'dossier-search-pages-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('the pages the search indexes, noted as they are rendered', () => {
  const page = (body: string) => `<!doctype html><html lang="en"><head><title>x</title></head><body><nav>Menu</nav>${body}</body></html>`;

  it.each([
    ['an article in French', page('<main><article data-pagefind-body data-lang="fr"><h1>Titre</h1></article></main>'), 'fr'],
    ['an actor, in the site’s language', page('<main data-pagefind-body><h1>Ana Reyes</h1></main>'), 'en'],
    ['a page that marks nothing', page('<main><h1>Search</h1></main>'), null],
    ['a page whose words only name the attribute', page('<main><p>Pagefind reads data-pagefind-body and data-pagefind-ignore.</p><code>&lt;main data-pagefind-body&gt;</code></main>'), null],
    ['a mark after such words', page('<p>data-pagefind-body</p><section class="x" data-pagefind-body="">Words</section>'), 'en'],
  ])('reads the language of %s, from its text or its bytes', (_case, html, lang) => {
    expect(pageLanguage(html)).toBe(lang);
    expect(pageLanguage(Buffer.from(html))).toBe(lang);
  });

  it('reads a mark’s tag from the bytes of a page whose words before it are not ASCII', () => {
    expect(pageLanguage(Buffer.from(page('<p>Київ — مرحبا</p><article data-pagefind-body data-lang="uk">Слово</article>')))).toBe('uk');
  });

  it.each([
    ['/articles/harbour-talks/full/', '/', 'articles/harbour-talks/full/', 'articles/harbour-talks/full/index.html'],
    ['/news/dossier/actors/ana-reyes/', '/news/dossier/', 'actors/ana-reyes/', 'actors/ana-reyes/index.html'],
    ['/news/dossier/', '/news/dossier/', '', 'index.html'],
    ['/404/', '/', '404/', '404.html'],
    ['/news/dossier/gone/', '/news/dossier/', 'gone/', undefined],
  ])('names the page rendered at %s under base %s as Astro lists it, and finds its file', (pathname, base, name, file) => {
    for (const written of ['articles/harbour-talks/full/index.html', 'actors/ana-reyes/index.html', 'index.html', '404.html']) {
      mkdirSync(join(site, written, '..'), { recursive: true });
      writeFileSync(join(site, written), page('<main>x</main>'));
    }
    expect(pageName(pathname, base)).toBe(name);
    expect(pageFile(site, name)).toBe(file);
    // And back, from the file a page was kept in to its name.
    if (file !== undefined) expect(pageNameOfFile(file)).toBe(name);
  });

  it('knows a file that is no page, and where a page that marks words for the index is written', () => {
    expect(pageNameOfFile('og/articles/harbour-talks.png')).toBeUndefined();
    expect(pageNameOfFile('archive/2025-03/questions.json')).toBeUndefined();
    expect(indexedPageFile('articles/harbour-talks/full/')).toBe('articles/harbour-talks/full/index.html');
    expect(pageNameOfFile(indexedPageFile('actors/ana-reyes/'))).toBe('actors/ana-reyes/');
  });

  it('takes each page from this build’s notes, else from the kept record, else reads its file', () => {
    mkdirSync(join(site, 'questions/ferry'), { recursive: true });
    writeFileSync(join(site, 'questions/ferry/index.html'), page('<main data-pagefind-body data-lang="ar">سؤال</main>'));
    mkdirSync(join(site, 'claims/one'), { recursive: true });
    writeFileSync(join(site, 'claims/one/index.html'), page('<main>A claim</main>'));
    const pages = ['articles/a/full/', 'actors/reyes/', 'questions/ferry/', 'claims/one/', 'gone/'];
    const rendered = { 'articles/a/full/': 'fr', 'actors/reyes/': null };
    // The kept record says what an earlier build rendered; this build's notes win, and pages no longer built are left out.
    const kept = { 'articles/a/full/': 'en', 'actors/reyes/': 'en', 'articles/removed/full/': 'en', 'gone/': null };
    expect(searchPagesOf(pages, rendered, kept, site)).toEqual({
      'articles/a/full/': 'fr',
      'actors/reyes/': null,
      'questions/ferry/': 'ar',
      'claims/one/': null,
      'gone/': null,
    });
  });
});
