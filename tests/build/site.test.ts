import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitSource } from '../../src/lib/source';
import { captures, wordsOf } from '../fixtures/captures';
import { root } from '../support/build';
import { danglingReferences } from '../support/jsonld';
import { brokenLinks, listFiles, readPage } from '../support/site';

const dist = join(root, 'dist');
const articleSlugs = readdirSync(join(root, 'content/articles'))
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => file.replace(/\.mdx$/, ''));

beforeAll(() => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
});

const text = (element: Element | undefined) => (element ? toString(element) : undefined);

/** An article's claims, read from its frontmatter. */
function claimsOf(slug: string): { id: string; excerpt: string }[] {
  const { frontmatter } = splitSource(readFileSync(join(root, 'content/articles', `${slug}.mdx`), 'utf8'));
  return (parse(frontmatter) as { claims: { id: string; excerpt: string }[] }).claims;
}

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

  it('gives every page a unique title and description, an absolute canonical URL and an existing og:image', () => {
    const pages = listFiles(dist).filter((file) => file.endsWith('.html'));
    const meta = pages.map((file) => {
      const page = readPage(dist, file);
      const content = (selector: string) => String(select(selector, page)?.properties.content ?? '');
      return {
        file,
        title: text(select('title', page)),
        description: content('meta[name=description]'),
        canonical: String(select('link[rel=canonical]', page)?.properties.href ?? ''),
        image: content('meta[property="og:image"]'),
        twitter: content('meta[name="twitter:card"]'),
      };
    });
    const site = new URL(meta[0]!.canonical).origin;
    for (const page of meta) {
      expect(page.canonical, page.file).toMatch(/^https?:\/\//);
      expect(page.image, page.file).toMatch(new RegExp(`^${site}/og/.+\\.png$`));
      expect(existsSync(join(dist, new URL(page.image).pathname)), page.image).toBe(true);
      expect(page.twitter, page.file).toBe('summary_large_image');
    }
    const unique = (values: (string | undefined)[]) => new Set(values).size;
    expect(unique(meta.map((page) => page.title))).toBe(meta.length);
    expect(unique(meta.map((page) => page.description))).toBe(meta.length);
  });

  it('gives structured data that parses, with every @id it references defined', () => {
    const blocks = listFiles(dist)
      .filter((file) => file.endsWith('.html'))
      .flatMap((file) => selectAll('script[type="application/ld+json"]', readPage(dist, file)).map((script) => ({ file, json: toString(script) })));
    expect(blocks.length).toBeGreaterThan(0);
    for (const { file, json } of blocks) {
      const graph = JSON.parse(json);
      expect(graph['@context'], file).toBe('https://schema.org');
      expect(danglingReferences(graph), file).toEqual([]);
    }
  });

  it('sends no request to another site', () => {
    const external = listFiles(dist)
      .filter((file) => file.endsWith('.html'))
      .flatMap((file) =>
        selectAll('script[src], link[rel~=stylesheet], link[rel~=icon], link[rel~=preload], link[rel~=modulepreload], img[src], iframe, video, audio, source', readPage(dist, file))
          .map((element) => String(element.properties.src ?? element.properties.href ?? element.tagName))
          .filter((url) => /^(https?:)?\/\//.test(url) || url === 'iframe' || url === 'video' || url === 'audio')
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
    const blocks = selectAll('.body > p, .body > .heading-wrapper > h2', source());
    expect(blocks.map((block) => ({ kind: block.tagName === 'p' ? 'paragraph' : 'heading', text: toString(block) }))).toEqual(words.body);
    expect(blocks.every((block) => typeof block.properties.id === 'string' && block.properties.id !== '')).toBe(true);
  });

  it('keeps the article’s own characters: straight quotes and every em-dash', () => {
    const shown = selectAll('h1, .key-points li, .body > p, .body h2, #sources, #sources + ul li', source()).map(toString).join('\n');
    const count = (value: string, char: string) => value.split(char).length - 1;
    expect(count(shown, '—')).toBe(count(capture, '—'));
    expect(shown).not.toMatch(/[\u201C\u201D\u2018\u2019]/);
  });

  it('invents no link: the only links in the body are its claim marks and "link to this" controls', () => {
    const page = source();
    const links = selectAll('.body a', page).map((link) => String(link.properties.href));
    const own = new Set(selectAll('.body [id]', page).map((element) => `#${String(element.properties.id)}`));
    expect(links.filter((href) => !href.startsWith('#claim-') && !own.has(href))).toEqual([]);
  });

  it('marks each claim’s excerpt in its paragraph and links it to the claim’s entry', () => {
    const claims = claimsOf(layout.slug);
    const page = full();
    for (const claim of claims) {
      const mark = select(`mark#excerpt-${claim.id}`, page);
      expect(text(mark), claim.id).toBe(claim.excerpt);
      expect(select('a', mark!)!.properties.href).toBe(`#claim-${claim.id}`);
      expect(select(`aside #claim-${claim.id}`, page), claim.id).toBeDefined();
    }
  });

  it('gives every claim a page of its own that links back to its paragraph', () => {
    const claims = claimsOf(layout.slug);
    for (const claim of claims) {
      const page = readPage(dist, `articles/${layout.slug}/claims/${claim.id}/index.html`);
      expect(text(select('blockquote mark', page)), claim.id).toBe(claim.excerpt);
      expect(selectAll('a', page).map((link) => link.properties.href)).toContain(`/articles/${layout.slug}/full/#excerpt-${claim.id}`);
      expect(select('meta[property="og:type"]', page)?.properties.content).toBe('article');
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
