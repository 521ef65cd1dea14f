import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { captures, wordsOf } from '../fixtures/captures';
import { root } from '../support/build';
import { brokenLinks, listFiles, readPage } from '../support/site';

const dist = join(root, 'dist');
const articleSlugs = readdirSync(join(root, 'content/articles'))
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => file.replace(/\.mdx$/, ''));

beforeAll(() => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
});

const text = (element: Element | undefined) => (element ? toString(element) : undefined);

describe('the built site', () => {
  it('has every view of every article, the actor index and a 404 page', () => {
    const files = new Set(listFiles(dist));
    const expected = ['index.html', 'actors/index.html', '404.html'];
    for (const slug of articleSlugs) {
      expected.push(`articles/${slug}/index.html`, `articles/${slug}/full/index.html`, `articles/${slug}/analysis.json`);
    }
    expect(expected.filter((file) => !files.has(file))).toEqual([]);
  });

  it('has no broken internal link or fragment', () => {
    expect(brokenLinks(dist)).toEqual([]);
  });

  it('sends no request to another site', () => {
    const external = listFiles(dist)
      .filter((file) => file.endsWith('.html'))
      .flatMap((file) =>
        selectAll('script[src], link[href], img[src], iframe, video, audio, source', readPage(dist, file))
          .map((element) => String(element.properties.src ?? element.properties.href ?? element.tagName))
          .filter((url) => /^(https?:)?\/\//.test(url) || url === 'iframe')
          .map((url) => `${file}: ${url}`),
      );
    expect(external).toEqual([]);
  });
});

describe.each(captures)('the article $slug', (layout) => {
  const capture = readFileSync(join(root, 'content/sources', `${layout.slug}.txt`), 'utf8');
  const words = wordsOf(capture, layout);
  const full = () => readPage(dist, `articles/${layout.slug}/full/index.html`);
  const source = () => select('article.source', full())!;

  it('shows the headline, the key points and the sources list verbatim', () => {
    const page = source();
    expect(text(select('h1', page))).toBe(words.headline);
    expect(selectAll('.key-points > li', page).map(toString)).toEqual(words.keyPoints);
    expect(text(select('#sources', page))).toBe(words.sourcesLabel);
    expect(selectAll('#sources + ul > li', page).map(toString)).toEqual(words.sources);
  });

  it('shows every body paragraph and the subheading verbatim, in order, each with an id', () => {
    const blocks = selectAll('.body > p, .body > h2', source());
    expect(blocks.map((block) => ({ kind: block.tagName === 'p' ? 'paragraph' : 'heading', text: toString(block) }))).toEqual(words.body);
    expect(blocks.every((block) => typeof block.properties.id === 'string' && block.properties.id !== '')).toBe(true);
  });

  it('keeps the article’s own characters: straight quotes and every em-dash', () => {
    const shown = toString(source());
    const count = (value: string, char: string) => value.split(char).length - 1;
    expect(count(shown, '—')).toBe(count(capture, '—'));
    expect(shown).not.toMatch(/[\u201C\u201D\u2018\u2019]/);
  });

  it('invents no link: the only links in the body are its claim marks', () => {
    const links = selectAll('.body a', source());
    expect(links.filter((link) => !String(link.properties.href).startsWith('#claim-'))).toEqual([]);
  });

  it('marks each claim’s excerpt in its paragraph and links it to the claim’s entry', () => {
    const source = readFileSync(join(root, 'content/articles', `${layout.slug}.mdx`), 'utf8');
    const claims = (parse(source.split('\n---\n')[0]!.replace(/^---\n/, '')) as { claims: { id: string; excerpt: string }[] }).claims;
    const page = full();
    for (const claim of claims) {
      const mark = select(`mark#excerpt-${claim.id}`, page);
      expect(text(mark), claim.id).toBe(claim.excerpt);
      expect(select('a', mark!)!.properties.href).toBe(`#claim-${claim.id}`);
      expect(select(`aside #claim-${claim.id}`, page), claim.id).toBeDefined();
    }
  });

  it('shows the key points on the summary view and the home page', () => {
    const summary = readPage(dist, `articles/${layout.slug}/index.html`);
    const home = readPage(dist, 'index.html');
    for (const point of words.keyPoints) {
      expect(selectAll('li', summary).map(toString)).toContain(point);
      expect(selectAll('li', home).map(toString)).toContain(point);
    }
  });

  it('says "not stated in the source" for the metadata the capture lacks', () => {
    const meta = selectAll('.meta dd', readPage(dist, `articles/${layout.slug}/index.html`)).map(toString);
    expect(meta).toEqual(['not stated in the source', 'not stated in the source', 'not stated in the source', 'not stated in the source']);
  });

  it('publishes its analysis as JSON with the paragraph each item rests on', () => {
    const json = JSON.parse(readFileSync(join(dist, `articles/${layout.slug}/analysis.json`), 'utf8'));
    const ids = new Set(selectAll('.body > [id]', full()).map((element) => String(element.properties.id)));
    expect(json.headline).toBe(words.headline);
    expect([json.published, json.author, json.outlet, json.url]).toEqual([null, null, null, null]);
    expect(json.claims.length).toBeGreaterThan(0);
    for (const claim of json.claims) expect(ids.has(claim.blockId), claim.id).toBe(true);
    for (const position of json.positions) for (const citation of position.citations) expect(ids.has(citation.blockId), position.id).toBe(true);
  });
});
