import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, removeFixtureBuilds, type BuildResult } from '../support/build';
import { readFixture } from '../support/fixture';
import { feedEntries, malformedOutputs } from '../support/outputs';
import { readPage } from '../support/site';

// Frontmatter is plain text: markup the content check lets through (it cannot act) is shown as written.
const { frontmatter } = readFixture('escaped-text/harbour-talks.mdx') as { frontmatter: Record<string, any> };
const headline: string = frontmatter.headline;

let result: BuildResult;
beforeAll(() => {
  result = buildFixture('escaped-text');
});
afterAll(removeFixtureBuilds);

const pages = [
  'index.html',
  'articles/harbour-talks/index.html',
  'articles/harbour-talks/full/index.html',
  'articles/harbour-talks/claims/reyes-one-boat/index.html',
  'actors/index.html',
];

describe('markup in frontmatter strings', () => {
  it('builds', () => {
    expect(result.status, result.output).toBe(0);
  });

  it.each(pages)('is escaped on %s: shown as text, and no element or attribute of it is in the page', (path) => {
    const page: Root = readPage(result.outDir, path);
    expect(selectAll('b, i, u, img, [onfocus], #injected', page)).toEqual([]);
    expect(toString(select('main', page)!)).not.toContain('Injected item<');
  });

  it('shows the headline word for word, in the heading, the title and the description', () => {
    const page = readPage(result.outDir, 'articles/harbour-talks/full/index.html');
    expect(toString(select('h1', page)!)).toBe(headline);
    expect(toString(select('title', page)!)).toContain(headline);
    expect(String(select('meta[name="description"]', page)!.properties.content)).toContain(headline);
  });

  it('keeps the headline inside the structured data, which still parses', () => {
    const page = readPage(result.outDir, 'articles/harbour-talks/full/index.html');
    const scripts = selectAll('script[type="application/ld+json"]', page).map((script) => toString(script));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.some((script) => JSON.stringify(JSON.parse(script)).includes(JSON.stringify(headline).slice(1, -1)))).toBe(true);
  });

  it('writes only well-formed files, and gives the key points in the feed as text a reader shows word for word', () => {
    expect(malformedOutputs(result.outDir)).toEqual([]);
    const [entry] = feedEntries(readFileSync(join(result.outDir, 'rss.xml'), 'utf8'));
    expect(entry).toMatchObject({ title: headline, description: frontmatter.keyPoints.join(' ') });
  });

  it('shows the other strings word for word', () => {
    const page = readPage(result.outDir, 'articles/harbour-talks/full/index.html');
    const texts = selectAll('li', page).map((element) => toString(element));
    expect(texts).toContain(frontmatter.keyPoints[0]);
    expect(texts.some((text) => text.includes('Reyes says one boat is enough.</li><li id=injected>Injected item'))).toBe(true);
    expect(texts.some((text) => text.includes('The <i>Gazette</i>'))).toBe(true);
  });
});
