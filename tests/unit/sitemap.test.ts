import { describe, expect, it } from 'vitest';
import { sitemapEntryLimit, sitemapFiles } from '../../src/integrations/sitemap';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);

describe('sitemapFiles', () => {
  it('lists every page but the 404 page at the site URL and base path, in natural order, in an index and one sitemap', () => {
    const files = sitemapFiles(['', 'archive/page-10/', 'archive/page-2/', '404', 'actors/', 'articles/a&b/'], new URL('https://example.org'), '/news/dossier');
    expect([...files.keys()]).toEqual(['sitemap-index.xml', 'sitemap-0.xml']);
    expect(locs(files.get('sitemap-index.xml')!)).toEqual(['https://example.org/news/dossier/sitemap-0.xml']);
    expect(locs(files.get('sitemap-0.xml')!)).toEqual([
      'https://example.org/news/dossier/',
      'https://example.org/news/dossier/actors/',
      'https://example.org/news/dossier/archive/page-2/',
      'https://example.org/news/dossier/archive/page-10/',
      // Escaped for XML.
      'https://example.org/news/dossier/articles/a&#38;b/',
    ]);
    for (const xml of files.values()) expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><(sitemapindex|urlset) xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/);
  });

  it('starts a new sitemap past the entry limit, each listed in the index', () => {
    const pathnames = Array.from({ length: sitemapEntryLimit + 1 }, (_, index) => `p/${index}/`);
    const files = sitemapFiles(pathnames, new URL('https://example.org'), '/');
    expect(locs(files.get('sitemap-index.xml')!)).toEqual(['https://example.org/sitemap-0.xml', 'https://example.org/sitemap-1.xml']);
    expect(locs(files.get('sitemap-0.xml')!)).toHaveLength(sitemapEntryLimit);
    expect(locs(files.get('sitemap-1.xml')!)).toEqual([`https://example.org/p/${sitemapEntryLimit}/`]);
  });
});
