import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture, removeFixtureBuilds } from '../support/build';

afterAll(removeFixtureBuilds);

const file = 'content/articles/harbour-talks.mdx';

describe('building fixture articles', () => {
  it('builds every view of a good article', () => {
    const result = buildFixture('good');
    expect(result.status, result.output).toBe(0);
    for (const page of ['articles/harbour-talks/index.html', 'articles/harbour-talks/full/index.html', 'actors/index.html']) {
      expect(existsSync(join(result.outDir, page)), page).toBe(true);
    }
  });

  it.each([
    ['dangling-reference', `${file}: claims.0.speaker: unknown actor "ana-reyez"`],
    ['excerpt-not-in-body', `${file}: claims.1.excerpt: excerpt "the ferry will cost less than three" is not in the body verbatim`],
    ['duplicate-id', `${file}: actors.2.id: duplicate id "northport", already used by actors.0`],
    ['enum-violation', 'positions.1.stance: Invalid option: expected one of "supports"|"opposes"|"conditional"|"unclear"'],
  ])('fails on %s, naming the file and the field', (fixture, message) => {
    const result = buildFixture(fixture);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(message);
    expect(result.output).toContain(file);
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
  });
});

describe('anchor manifests', () => {
  it('fail the build when a published anchor would disappear without a successor', () => {
    const result = buildFixture('anchor-removed');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'content/anchors/harbour-talks.json: anchors: published anchor "p-northport-and-southby-agreed-on-monday" would disappear; restore it, or map it to its successor under "retired" in content/anchors/harbour-talks.json',
    );
  });

  it('keep a retired anchor answering at its successor', () => {
    const result = buildFixture('anchor-retired');
    expect(result.status, result.output).toBe(0);
    const page = readFileSync(join(result.outDir, 'articles/harbour-talks/full/index.html'), 'utf8');
    expect(page).toContain('<p id="p-on-monday-northport-and-southby-agreed"><span id="p-northport-and-southby-agreed-on-monday" class="retired-anchor"></span>On Monday,');
  });
});

describe('a corpus of two articles', () => {
  it('aggregates actors across articles and lists the newest article first', () => {
    const result = buildFixture('corpus');
    expect(result.status, result.output).toBe(0);
    const { actors } = JSON.parse(readFileSync(join(result.outDir, 'actors.json'), 'utf8')) as {
      actors: { id: string; articles: { slug: string; claims: { id: string }[]; positions: { issue: string }[] }[] }[];
    };
    const reyes = actors.find((actor) => actor.id === 'ana-reyes')!;
    expect(reyes.articles.map((article) => [article.slug, article.claims.map((claim) => claim.id)])).toEqual([
      ['ferry-launch', ['reyes-on-time']],
      ['harbour-talks', ['reyes-one-boat']],
    ]);
    expect(actors.map((actor) => actor.id).sort()).toEqual(['ana-reyes', 'eastville', 'northport', 'southby', 'the-gazette']);
    for (const id of ['ana-reyes', 'eastville', 'southby']) expect(existsSync(join(result.outDir, `actors/${id}/index.html`)), id).toBe(true);
    const home = readFileSync(join(result.outDir, 'index.html'), 'utf8');
    expect(home.indexOf('The shared ferry makes its first crossing')).toBeLessThan(home.indexOf('Harbour towns agree to share a ferry'));
  });

  it('fails when two articles declare one actor id differently, naming both files', () => {
    const result = buildFixture('corpus-conflict');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'content/articles/harbour-talks.mdx: actors.0.kind: actor "northport" has kind "organization" here but "country" in content/articles/ferry-launch.mdx; the same id must be the same actor',
    );
  });
});
