import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/lib/analysis/model';
import { parseBlocks } from '../../src/lib/text/blocks';
import { splitAround } from '../../src/lib/text/excerpts';
import { shareCards } from '../../src/lib/share-images/cards';
import { clip, drawShareImage, SHARE_IMAGE, titleSize } from '../../src/lib/share-images/draw';
import { articleGraph, claimGraph, fullTextGraph } from '../../src/lib/publish/structured-data';
import { root } from '../support/build';
import { goodArticle } from '../support/fixture';
import { danglingReferences } from '../support/jsonld';
import { resolveArticle } from '../../src/lib/registry/resolve';

function fixture() {
  const { data, body } = goodArticle();
  return { ...data, slug: 'harbour-talks', analysis: analyse(resolveArticle(data), parseBlocks(body)) };
}

describe('shareCards', () => {
  it('makes one card for the site, each article and each claim', () => {
    const cards = shareCards([fixture()]);
    expect(cards.map((card) => card.key)).toEqual(['site', 'articles/harbour-talks', 'articles/harbour-talks/claims/reyes-one-boat', 'articles/harbour-talks/claims/gazette-cost']);
    expect(cards[2]!.card).toEqual({
      kicker: 'Direct quote',
      title: '"One boat serves us both," said Ana Reyes.',
      byline: 'Ana Reyes · Harbour towns agree to share a ferry',
    });
    expect(cards[3]!.card.byline).toBe('The article via The Gazette · Harbour towns agree to share a ferry');
  });
});

describe('clip', () => {
  it.each([
    ['short', 10, 'short'],
    ['one two three four', 12, 'one two…'],
    ['abcdefghijklmnop', 8, 'abcd…'],
    ['We act now, and we act together with every ally', 40, 'We act now, and we act together with…'],
    ['It is a vital step for us all, creating a legal pathway for forces', 40, 'It is a vital step for us all…'],
    ['It is a vital step for us all, creating a legal pathway for forces', 50, 'It is a vital step for us all, creating a legal…'],
    ['A plan—hypothetical—but bold and broad enough', 28, 'A plan—hypothetical…'],
  ])('%s (%i) → %s', (text, max, expected) => {
    expect(clip(text, max)).toBe(expected);
  });
});

describe('titleSize', () => {
  it('sets a short quote large and a long one smaller', () => {
    const sizes = [40, 100, 150, 200].map((length) => titleSize('x'.repeat(length)));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(new Set(sizes).size).toBe(4);
  });
});

describe('renderShareImage', () => {
  it('draws a 1200×630 PNG', async () => {
    const png = await drawShareImage({ kicker: 'Claim', title: 'A title', byline: 'Someone' }, root);
    const view = new DataView(png.buffer);
    expect([...png.slice(1, 4)].map((code) => String.fromCharCode(code)).join('')).toBe('PNG');
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([SHARE_IMAGE.width, SHARE_IMAGE.height]);
    // Colour type 3: a palette PNG (text on flat colour), a fraction of a truecolour one's bytes.
    expect(png[25]).toBe(3);
  });
});

describe('structured data', () => {
  const urls = {
    article: 'https://x.test/articles/harbour-talks/',
    image: 'https://x.test/og/articles/harbour-talks.png',
    actor: (id: string) => `https://x.test/actors/#actor-${id}`,
    claim: (id: string) => `https://x.test/articles/harbour-talks/claims/${id}/`,
    paragraph: (id: string) => `https://x.test/articles/harbour-talks/full/#${id}`,
  };

  it('describes the article and every actor it names, each once, leaving each claim to its own page, each reference resolving', () => {
    const graph = articleGraph(fixture(), urls) as unknown as { '@graph': Record<string, unknown>[] };
    expect(graph['@graph'].map((node) => node['@type'])).toEqual(['NewsArticle']);
    const [article] = graph['@graph'];
    // About: the actors that take a position; mentions: the others.
    expect(article!['about']).toEqual([
      { '@type': 'Person', '@id': urls.actor('ana-reyes'), name: 'Ana Reyes' },
      { '@type': 'Organization', '@id': urls.actor('southby'), name: 'Southby' },
    ]);
    expect(article!['mentions']).toEqual([
      { '@type': 'Organization', '@id': urls.actor('northport'), name: 'Northport' },
      { '@type': 'NewsMediaOrganization', '@id': urls.actor('the-gazette'), name: 'The Gazette' },
    ]);
    expect(JSON.stringify(graph)).not.toContain('"Claim"');
    expect(danglingReferences(graph)).toEqual([]);
  });

  it('gives the full-text view the article alone, without what the summary’s node carries, its references resolving', () => {
    const graph = fullTextGraph(fixture(), urls) as unknown as { '@graph': Record<string, unknown>[] };
    expect(graph['@graph'].map((node) => node['@type'])).toEqual(['NewsArticle']);
    expect(graph['@graph'][0]).toMatchObject({ '@id': urls.article, headline: fixture().headline, image: urls.image });
    expect(['about', 'mentions', 'abstract', 'keywords', 'citation'].filter((key) => key in graph['@graph'][0]!)).toEqual([]);
    expect(danglingReferences(graph)).toEqual([]);
  });

  it('states no date, author or publisher the source does not state', () => {
    const article = (articleGraph(fixture(), urls) as unknown as { '@graph': Record<string, unknown>[] })['@graph'][0]!;
    expect(['datePublished', 'author', 'publisher', 'sameAs'].filter((key) => key in article)).toEqual([]);
    expect(article['citation']).toEqual([{ '@type': 'CreativeWork', name: 'Example Gazette' }]);
  });

  it('gives a claim its text, author and the paragraph it appears in', () => {
    const article = fixture();
    const graph = claimGraph(article, article.analysis.claims[0]!, urls) as unknown as { '@graph': Record<string, unknown>[] };
    expect(graph['@graph'][0]).toMatchObject({
      '@type': 'Claim',
      text: '"One boat serves us both," said Ana Reyes.',
      author: { '@id': 'https://x.test/actors/#actor-ana-reyes' },
      appearance: { url: 'https://x.test/articles/harbour-talks/full/#p-one-boat-serves-us-both-said' },
    });
    expect(danglingReferences(graph)).toEqual([]);
  });
});

describe('splitAround', () => {
  it.each([
    ['a b c', 'b', { before: 'a ', match: 'b', after: ' c' }],
    ['a b c', 'x', { before: 'a b c', match: '', after: '' }],
  ])('%s around %s', (text, excerpt, expected) => {
    expect(splitAround(text, excerpt)).toEqual(expected);
  });
});
