import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { findMentions } from '../../src/lib/text/mentions';
import { readFrontmatter } from '../../src/lib/source/frontmatter';
import { splitArticle } from '../../src/lib/source/mdx-file';
import { parseCapture } from '../../src/lib/capture/parse';
import { root } from '../support/build';
import { parseCsp, parseHeadersFile } from '../support/headers';
import { danglingReferences } from '../support/jsonld';
import { feedEntries, malformedOutputs } from '../support/outputs';
import { brokenLinks, listFiles, readPage } from '../support/site';
import { readRegistry } from '../../src/lib/check/registry-files';
import { registryData } from '../../src/lib/registry/registry';
import { resolveActor } from '../../src/lib/registry/resolve';
import { articleActorSchema } from '../../src/schemas/actor';

const dist = join(root, 'dist');
const articleSlugs = readdirSync(join(root, 'content/articles'))
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => file.replace(/\.mdx$/, ''));

beforeAll(() => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
});

const text = (element: Element | undefined) => (element ? toString(element) : undefined);

/** An article's frontmatter, as its author wrote it. */
function frontmatterOf(slug: string) {
  const source = readFileSync(join(root, 'content/articles', `${slug}.mdx`), 'utf8');
  return readFrontmatter(source, splitArticle(source)!).data as {
    keyPoints: string[];
    claims: { id: string; excerpt: string }[];
    actors: unknown[];
    positions: { actor: string; question: string; excerpts: string[] }[];
  };
}
const claimsOf = (slug: string) => frontmatterOf(slug).claims;
const registry = registryData(readRegistry(root).registry);
/** An article's actors as the site reads them: the registry's entries with what the article adds. */
const actorsOf = (slug: string) => frontmatterOf(slug).actors.map((actor) => resolveActor(articleActorSchema.parse(actor), registry));

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

  it('gives every page a unique title and description, an absolute canonical URL (but the 404 page) and an existing og:image', () => {
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
    const site = new URL(meta.find((page) => page.canonical)!.canonical).origin;
    for (const page of meta) {
      // The 404 page is served at every missing address, so it names none as its own.
      expect(page.canonical, page.file).toMatch(page.file === '404.html' ? /^$/ : /^https?:\/\//);
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

describe('the built site’s security', () => {
  const htmlPages = () => listFiles(dist).filter((file) => file.endsWith('.html'));

  it('gives every page, before any script or stylesheet, the CSP of public/_headers less frame-ancestors', () => {
    // A <meta> policy cannot carry frame-ancestors, and covers only what comes after it.
    const header = parseCsp(parseHeadersFile(readFileSync(join(root, 'public/_headers'), 'utf8')).get('/*')?.get('content-security-policy') ?? '');
    header.delete('frame-ancestors');
    expect(header.get('script-src')).toBeDefined();
    const pages = htmlPages().map((file) => {
      const page = readPage(dist, file);
      const policies = selectAll('meta[http-equiv="content-security-policy"]', page);
      const first = select('meta[http-equiv="content-security-policy"], script, link, style', page);
      return { file, policies: policies.length, first: first?.tagName, policy: Object.fromEntries(parseCsp(String(policies[0]?.properties.content ?? ''))) };
    });
    expect(pages).toEqual(pages.map(({ file }) => ({ file, policies: 1, first: 'meta', policy: Object.fromEntries(header) })));
  });

  it('inlines no script and no style, so the header CSP of public/_headers holds too', () => {
    const inline = htmlPages().flatMap((file) =>
      selectAll('script:not([src]):not([type="application/ld+json"]), style, [style]', readPage(dist, file)).map(
        (element) => `${file}: <${element.tagName}>`,
      ),
    );
    expect(inline).toEqual([]);
  });
});

describe('what hosts and readers expect', () => {
  // `npm test` builds without --site, so the absolute URLs use the documented default.
  const site = 'http://localhost:4321/';

  it('has a sitemap of every page but the 404 page, at absolute URLs', () => {
    const pages = listFiles(dist)
      .filter((file) => file.endsWith('.html') && file !== '404.html')
      .map((file) => `${site}${file.replace(/(^|\/)index\.html$/, '$1')}`);
    const locs = [...readFileSync(join(dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(locs.sort()).toEqual(pages.sort());
  });

  it('carries nothing of the dev tooling: no toolbar app, no dev-only policy', () => {
    const files = listFiles(dist).filter((file) => /\.(html|js|css|json|xml)$/.test(file));
    expect(files.length).toBeGreaterThan(0);
    const leaks = files.filter((file) => /dossier-annotate|astro-dev-toolbar|Annotate the article|'unsafe-inline'/.test(readFileSync(join(dist, file), 'utf8')));
    expect(leaks).toEqual([]);
  });

  it('has a feed of every article, a robots.txt that points at the sitemap, and a favicon', () => {
    const feed = readFileSync(join(dist, 'rss.xml'), 'utf8');
    for (const slug of articleSlugs) expect(feed).toContain(`<link>${site}articles/${slug}/</link>`);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}sitemap-index.xml`);
    expect(existsSync(join(dist, 'favicon.svg'))).toBe(true);
  });

  it('publishes only well-formed files: every page, its JSON-LD, every JSON file, the feed and the sitemaps', () => {
    expect(listFiles(dist).filter((file) => /\.(xml|json)$/.test(file)).length).toBeGreaterThanOrEqual(4);
    expect(malformedOutputs(dist)).toEqual([]);
  });

  it('gives each article’s key points in the feed as text that a reader, rendering the description as HTML, shows word for word', () => {
    const entries = feedEntries(readFileSync(join(dist, 'rss.xml'), 'utf8'));
    expect(entries.map((entry) => entry.link).sort()).toEqual(articleSlugs.map((slug) => `${site}articles/${slug}/`).sort());
    for (const slug of articleSlugs) {
      const { keyPoints } = frontmatterOf(slug);
      expect(entries.find((entry) => entry.link === `${site}articles/${slug}/`)?.description).toBe(keyPoints.join(' '));
    }
  });
});

/** An article's capture, `content/sources/<slug>.txt`, read with the parser `npm run new` uses. */
function captureOf(slug: string) {
  const file = join(root, 'content/sources', `${slug}.txt`);
  if (!existsSync(file)) throw new Error(`content/sources/${slug}.txt is missing: every article keeps its raw capture there (README, Adding an article).`);
  const result = parseCapture(readFileSync(file, 'utf8'));
  if (!result.capture) throw new Error(`content/sources/${slug}.txt cannot be read: ${result.problems.map((problem) => `line ${problem.line}: ${problem.message}`).join('; ')}`);
  return result.capture;
}

describe.each(articleSlugs)('the article %s, against its capture', (slug) => {
  const words = captureOf(slug);
  const full = () => readPage(dist, `articles/${slug}/full/index.html`);
  const source = () => select('article.source', full())!;
  const fullUrl = new URL(`http://site/articles/${slug}/full/`);

  it('shows the headline, the key points and the sources list verbatim', () => {
    const page = source();
    expect(text(select('h1', page))).toBe(words.headline);
    expect(selectAll('.key-points > li', page).map(toString)).toEqual(words.keyPoints);
    expect(text(select('#sources', page))).toBe(words.sourcesLabel);
    expect(selectAll('#sources + ul > li', page).map(toString)).toEqual(words.sources);
  });

  it('shows every body paragraph and the subheading verbatim, in order, each with an id', () => {
    const blocks = selectAll('.body > p, .body > .heading-wrapper > h2', source());
    expect(blocks.map((block) => ({ kind: block.tagName === 'p' ? 'paragraph' : 'heading', text: toString(block) }))).toEqual(
      words.body.map(({ kind, text }) => ({ kind, text })),
    );
    expect(blocks.every((block) => typeof block.properties.id === 'string' && block.properties.id !== '')).toBe(true);
  });

  it('keeps the article’s own characters: quote marks, apostrophes and dashes as the capture has them', () => {
    const shown = selectAll('h1, .key-points li, .body > p, .body h2, #sources, #sources + ul li', source()).map(toString).join('\n');
    const captured = [words.headline, ...words.keyPoints, ...words.body.map((block) => block.text), words.sourcesLabel ?? '', ...words.sources].join('\n');
    const count = (value: string, char: string) => value.split(char).length - 1;
    for (const char of ['"', "'", '\u201C', '\u201D', '\u2018', '\u2019', '\u2013', '\u2014']) expect(count(shown, char), char).toBe(count(captured, char));
  });

  it('invents no link: the body’s words link only to its own anchors, its claims and its actors’ pages', () => {
    const page = source();
    const actors = new Set(actorsOf(slug).map((actor) => `/actors/${actor.id}/`));
    const own = new Set(selectAll('.body [id]', page).map((element) => `#${String(element.properties.id)}`));
    // The notes after a paragraph are Dossier's, not the article's: they link to the claims' pages.
    const stray = selectAll('.body > :not(.notes) a', page)
      .map((link) => String(link.properties.href))
      .filter((href) => !own.has(href) && !href.startsWith('#claim-') && !actors.has(new URL(href, fullUrl).pathname));
    expect(stray).toEqual([]);
  });

  it('links each named actor once, at most 4 links per 100 words and none twice in a section, never by a demonym', () => {
    const actorOf = (href: string) => /^\/actors\/([^/]+)\/$/.exec(new URL(href, fullUrl).pathname)?.[1];
    const sections: { words: number; links: { text: string; actor: string | undefined }[] }[] = [];
    for (const block of selectAll('.body > p, .body > .heading-wrapper > h2', source())) {
      if (block.tagName === 'h2' || sections.length === 0) sections.push({ words: 0, links: [] });
      if (block.tagName !== 'p') continue;
      sections.at(-1)!.words += toString(block).trim().split(/\s+/).length;
      sections.at(-1)!.links.push(...selectAll('a.mention', block).map((link) => ({ text: toString(link), actor: actorOf(String(link.properties.href)) })));
    }
    const links = sections.flatMap((section) => section.links);
    const wordCount = sections.reduce((sum, section) => sum + section.words, 0);
    expect(links.length / wordCount, `${links.length} links in ${wordCount} words`).toBeLessThanOrEqual(4 / 100);
    for (const section of sections) expect(section.links.map((link) => link.actor).filter((actor, index, all) => all.indexOf(actor) !== index)).toEqual([]);
    const actors = actorsOf(slug);
    for (const link of links) expect(actors.find((actor) => actor.id === link.actor)?.aliases, link.text).toContain(link.text);
    // Every actor the body names by an alias, unless the text does not name it ("Analysts"), is linked once.
    const names = new Map(actors.flatMap((actor) => [
      ...(actor.aliases ?? []).map((name) => [name, actor.unnamed ? undefined : actor.id] as const),
      ...(actor.demonyms ?? []).map((name) => [name, undefined] as const),
    ]));
    const paragraphs = words.body.filter((block) => block.kind === 'paragraph');
    const linkable = paragraphs.flatMap((block) => findMentions(block.text, [...names.keys()])).flatMap((mention) => names.get(mention.alias) ?? []);
    expect(links.map((link) => link.actor).sort()).toEqual([...new Set(linkable)].sort());
  });

  it('marks each claim’s excerpt in its paragraph and places its note right after the paragraph, opened by its marker', () => {
    const claims = claimsOf(slug);
    const page = full();
    for (const claim of claims) {
      const mark = select(`mark#excerpt-${claim.id}`, page);
      expect(text(mark), claim.id).toBe(claim.excerpt);
      // The marker ends the excerpt, with its last word (rehype-claim-marks.ts).
      expect(select(`p:has(> #excerpt-${claim.id}) > mark > span > button.claim-ref[popovertarget="claim-${claim.id}"]:last-child`, page), claim.id).toBeDefined();
      expect(select(`p:has(#excerpt-${claim.id}) + ul.notes > li#claim-${claim.id}[popover]`, page), claim.id).toBeDefined();
    }
  });

  it('gives every claim a page of its own that links back to its paragraph', () => {
    const claims = claimsOf(slug);
    for (const claim of claims) {
      const page = readPage(dist, `articles/${slug}/claims/${claim.id}/index.html`);
      expect(text(select('blockquote mark', page)), claim.id).toBe(claim.excerpt);
      expect(selectAll('a', page).map((link) => link.properties.href)).toContain(`/articles/${slug}/full/#excerpt-${claim.id}`);
      expect(select('meta[property="og:type"]', page)?.properties.content).toBe('article');
      // The claim's structured data lives here, not on the summary.
      const graph = JSON.parse(toString(select('script[type="application/ld+json"]', page)!));
      expect(graph['@graph'].filter((node: { '@type': string }) => node['@type'] === 'Claim').map((node: { text: string }) => node.text)).toEqual([claim.excerpt]);
    }
  });

  it('links each claim and position of the summary to its place in the full text, where its excerpts are', () => {
    const summary = readPage(dist, `articles/${slug}/index.html`);
    const links = new Set(selectAll('main a', summary).map((link) => String(link.properties.href)));
    const page = full();
    const fullText = `/articles/${slug}/full/`;
    for (const claim of claimsOf(slug)) {
      expect(links.has(`${fullText}#excerpt-${claim.id}`), claim.id).toBe(true);
      expect(text(select(`#excerpt-${claim.id}`, page)), claim.id).toBe(claim.excerpt);
    }
    // A position's stance in the matrix links to the paragraph of its first excerpt; its entry beside the full text lists them all.
    const analysis = JSON.parse(readFileSync(join(dist, `articles/${slug}/analysis.json`), 'utf8'));
    for (const position of frontmatterOf(slug).positions) {
      const id = `position-${position.actor}--${position.question}`;
      const published = analysis.positions.find((entry: { id: string }) => `position-${entry.id}` === id);
      expect(links.has(`${fullText}#${published.citations[0].blockId}`), id).toBe(true);
      expect(selectAll(`#${id} .citations a`, page).map(toString), id).toEqual(position.excerpts);
    }
  });

  it('shows the key points on the summary view and the home page', () => {
    const summary = readPage(dist, `articles/${slug}/index.html`);
    const home = readPage(dist, 'index.html');
    for (const point of words.keyPoints) {
      expect(selectAll('li', summary).map(toString)).toContain(point);
      expect(selectAll('li', home).map(toString)).toContain(point);
    }
  });

  it('shows the metadata the capture states, and names in one line what it does not state', () => {
    const stated = [words.author, words.outlet, words.url].filter((value): value is string => value !== undefined);
    const unstated = ['date', 'author', 'outlet', 'address'].filter((_, index) => [words.published, words.author, words.outlet, words.url][index] === undefined);
    for (const view of ['index.html', 'full/index.html']) {
      const page = readPage(dist, `articles/${slug}/${view}`);
      const meta = selectAll('.meta', page).map(toString).join(' ');
      for (const value of stated) expect(meta, view).toContain(value);
      if (words.published) expect(select('.meta time', page)?.properties.dateTime, view).toBe(words.published);
      if (unstated.length === 4) expect(meta, view).toBe('Date, author, outlet and address: not stated in the source');
      expect(meta.includes('not stated in the source'), view).toBe(unstated.length > 0);
    }
  });

  it('publishes its analysis as JSON with the paragraph each item rests on', () => {
    const json = JSON.parse(readFileSync(join(dist, `articles/${slug}/analysis.json`), 'utf8'));
    const ids = new Set(selectAll('.body > [id]', full()).map((element) => String(element.properties.id)));
    expect(json.headline).toBe(words.headline);
    expect([json.published, json.author, json.outlet, json.url]).toEqual([words.published ?? null, words.author ?? null, words.outlet ?? null, words.url ?? null]);
    expect(json.claims.length).toBeGreaterThan(0);
    for (const claim of json.claims) expect(ids.has(claim.blockId), claim.id).toBe(true);
    for (const position of json.positions) for (const citation of position.citations) expect(ids.has(citation.blockId), position.id).toBe(true);
  });
});
