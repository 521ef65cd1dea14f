import { describe, expect, it } from 'vitest';
import { aggregateActors, groupByKind } from '../../src/lib/analysis/actors';
import { analyse, openingWords } from '../../src/lib/analysis/model';
import { parseBlocks } from '../../src/lib/text/blocks';
import { analysisDocument } from '../../src/lib/publish/analysis-json';
import { byNewest } from '../../src/lib/analysis/order';
import { goodArticle } from '../support/fixture';
import { resolveArticle } from '../../src/lib/registry/resolve';

function fixtureAnalysis() {
  const { data, body } = goodArticle();
  return { data, analysis: analyse(resolveArticle(data), parseBlocks(body)) };
}

describe('analyse', () => {
  const { analysis } = fixtureAnalysis();

  it('links each actor to the paragraphs that name it', () => {
    expect(analysis.actors.map((actor) => [actor.id, actor.mentions.map((mention) => mention.blockId)])).toEqual([
      ['northport', ['p-northport-and-southby-agreed-on-monday']],
      ['ana-reyes', ['p-one-boat-serves-us-both-said']],
      ['southby', ['p-northport-and-southby-agreed-on-monday', 'p-southby-agreed-on-condition-that-the']],
      ['the-gazette', ['p-southby-agreed-on-condition-that-the']],
    ]);
  });

  it('places every claim and position citation in its paragraph', () => {
    expect(analysis.claims.map((claim) => [claim.id, claim.blockId])).toEqual([
      ['reyes-one-boat', 'p-one-boat-serves-us-both-said'],
      ['gazette-cost', 'p-southby-agreed-on-condition-that-the'],
    ]);
    expect(analysis.positions.map((position) => [position.id, position.citations.map((citation) => citation.blockId)])).toEqual([
      ['ana-reyes--shared-ferry', ['p-one-boat-serves-us-both-said']],
      ['southby--shared-ferry', ['p-southby-agreed-on-condition-that-the']],
    ]);
  });
});

describe('openingWords', () => {
  it.each([
    ['One two three', 8, 'One two three'],
    ['a b c d e f g h i j', 8, 'a b c d e f g h…'],
    ['  spaced   out  words ', 2, 'spaced out…'],
  ])('%s (%i) → %s', (text, count, expected) => {
    expect(openingWords(text, count)).toBe(expected);
  });
});

describe('aggregateActors', () => {
  const { analysis } = fixtureAnalysis();
  const profiles = aggregateActors([
    { slug: 'first', headline: 'First', analysis },
    { slug: 'second', headline: 'Second', analysis: { ...analysis, claims: [], positions: [] } },
  ]);

  it('gathers one profile per actor id across articles', () => {
    expect(profiles.map((profile) => [profile.id, profile.appearances.map((appearance) => appearance.slug)])).toEqual([
      ['northport', ['first', 'second']],
      ['ana-reyes', ['first', 'second']],
      ['southby', ['first', 'second']],
      ['the-gazette', ['first', 'second']],
    ]);
  });

  it('keeps each article’s positions, claims made and claims carried apart', () => {
    const reyes = profiles.find((profile) => profile.id === 'ana-reyes')!;
    expect(reyes.affiliation).toEqual({ id: 'northport', name: 'Northport' });
    expect(reyes.appearances.map((a) => [a.positions.length, a.claims.map((c) => c.id), a.carried.length])).toEqual([
      [1, ['reyes-one-boat'], 0],
      [0, [], 0],
    ]);
    const gazette = profiles.find((profile) => profile.id === 'the-gazette')!;
    expect(gazette.appearances[0]!.carried.map((claim) => claim.id)).toEqual(['gazette-cost']);
  });
});

describe('groupByKind', () => {
  it('orders groups by the kind vocabulary and members by name, leaving out empty kinds', () => {
    const groups = groupByKind([
      { kind: 'outlet', name: 'Le Figaro' },
      { kind: 'person', name: 'Zelensky' },
      { kind: 'person', name: 'Macron' },
      { kind: 'country', name: 'France' },
    ] as const);
    expect(groups.map(([kind, members]) => [kind, members.map((member) => member.name)])).toEqual([
      ['person', ['Macron', 'Zelensky']],
      ['country', ['France']],
      ['outlet', ['Le Figaro']],
    ]);
  });
});

describe('byNewest', () => {
  it('puts the newest first and undated articles last, by headline', () => {
    const articles = [
      { headline: 'B undated' },
      { headline: 'Old', published: new Date('2020-01-01') },
      { headline: 'A undated' },
      { headline: 'New', published: new Date('2025-01-01') },
    ];
    expect(articles.sort(byNewest).map((article) => article.headline)).toEqual(['New', 'Old', 'A undated', 'B undated']);
  });
});

describe('analysisDocument', () => {
  const { data, analysis } = fixtureAnalysis();
  const document = analysisDocument(
    { slug: 'harbour-talks', headline: data.headline, keyPoints: data.keyPoints, sources: data.sources, topics: data.topics, analysis },
    { summary: '/articles/harbour-talks/', fullText: '/articles/harbour-talks/full/' },
  );

  it('writes unstated metadata as null, never a guess', () => {
    expect([document.published, document.author, document.outlet, document.url]).toEqual([null, null, null, null]);
  });

  it('gives every claim and position the paragraph it rests on', () => {
    expect(document.claims[1]).toEqual({
      id: 'gazette-cost',
      kind: 'reported',
      excerpt: 'the ferry will cost less than two',
      summary: 'The Gazette reports savings.',
      blockId: 'p-southby-agreed-on-condition-that-the',
      sourcing: 'outlet-report',
      speaker: null,
      via: 'the-gazette',
    });
    expect(document.positions[0]!.citations).toEqual([
      { excerpt: '"One boat serves us both," said Ana Reyes.', blockId: 'p-one-boat-serves-us-both-said' },
    ]);
  });
});
