import { describe, expect, it } from 'vitest';
import { digestOf, digestOnce } from '../../src/lib/publish/digests';

describe('the digests of what a page is rendered from', () => {
  it('are equal for equal data, and differ as soon as anything in it does', () => {
    const page = () => ({ headline: 'Harbour talks', names: new Map([['reyes', 'Ana Reyes']]), tags: new Set(['ferry']), url: new URL('https://example.org/a/'), when: new Date('2025-03-04') });
    expect(digestOf(page())).toBe(digestOf(page()));
    const changed = [
      { ...page(), headline: 'Harbour talk' },
      { ...page(), names: new Map([['reyes', 'Ana Reyes Molina']]) },
      { ...page(), tags: new Set(['ferry', 'vote']) },
      { ...page(), url: new URL('https://example.org/b/') },
      { ...page(), when: new Date('2025-03-05') },
    ];
    expect(new Set([digestOf(page()), ...changed.map(digestOf)]).size).toBe(changed.length + 1);
  });

  it.each([
    ['a field left unset', { a: 1, b: undefined }, { a: 1 }],
    ['an unset item', [1, undefined], [1, null]],
    ['a map', new Map([['a', 1]]), { a: 1 }],
    ['a map of pairs', new Map([['a', 1]]), [['a', 1]]],
    ['a set', new Set([1]), [1]],
    ['a function', { render: () => 1 }, { render: null }],
    ['the order of fields', { a: 1, b: 2 }, { b: 2, a: 1 }],
  ])('tell %s from what it is not', (_case, one, other) => {
    expect(digestOf(one)).not.toBe(digestOf(other));
  });

  it('digest a long object once, by identity, and write its digest where a later page holds it', () => {
    const article = { slug: 'harbour-talks', body: 'Words. '.repeat(400) };
    const first = digestOnce(article);
    expect(first).toBe(digestOf(structuredClone(article)));
    // A view holding the article is the digest of the view with the article's digest in its place.
    const view = { article, neighbours: ['ferry-vote'] };
    expect(digestOf(view)).toBe(digestOf({ article, neighbours: ['ferry-vote'] }));
    expect(digestOf(view)).not.toBe(digestOf({ article: { ...article, body: 'Other words.' }, neighbours: ['ferry-vote'] }));
    expect(digestOnce(article)).toBe(first);
  });

  it('keep no digest of a short object, which a change after it is digested still changes', () => {
    const claim = { id: 'c1', excerpt: 'We will go' };
    const before = digestOnce(claim);
    claim.excerpt = 'We will stay';
    expect(digestOnce(claim)).not.toBe(before);
  });
});
