import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticles } from '../../src/lib/check/check-articles';
import { readRegistry } from '../../src/lib/check/registry-files';
import { articleMark, issueShape, parseArticle, rotatingActors, storyArticle, storyDay, storyRun, storySlug, syntheticArticle } from '../bench/corpus';
import { fileKind, pageKind } from '../bench/site-size';
import { root } from '../support/build';

const template = readFileSync(join(root, 'content/articles/uk-france-troops-ukraine-ceasefire.mdx'), 'utf8');

describe('the build benchmark corpus', () => {
  const articles = [1, 2].map((n) => syntheticArticle(template, n));

  it('passes the content check, each article on its own and all together', () => {
    const files = articles.map((source, index) => ({ file: `content/articles/article-${index + 1}.mdx`, slug: `article-${index + 1}`, source }));
    expect(checkArticles(files)).toEqual([]);
  });

  it('has the shape issue 7 asks for: 10 claims, 8 positions, about 15 actors, with ids and names of its own', () => {
    const { data, body } = parseArticle(articles[1]!);
    expect([(data.claims as unknown[]).length, (data.positions as unknown[]).length]).toEqual([issueShape.claims, issueShape.positions]);
    const ids = (data.actors as { id: string }[]).map((actor) => actor.id);
    expect(ids.length).toBeGreaterThanOrEqual(issueShape.actors);
    expect(ids.length).toBeLessThanOrEqual(issueShape.actors + 2);
    expect(ids.filter((id) => !id.endsWith('-2'))).toEqual([]);
    // Each of its actors' names and aliases carries the article's mark, in the body as in the frontmatter.
    const forms = (data.actors as { name: string; aliases: string[] }[]).flatMap((actor) => [actor.name, ...actor.aliases]);
    expect(forms.filter((form) => !form.startsWith(articleMark(2)))).toEqual([]);
    expect(body).toContain(`${articleMark(2)}Keir Starmer`);
    expect(body.replaceAll(articleMark(2), '')).toBe(parseArticle(template).body);
  });

  it('marks each article apart', () => {
    expect([1, 2, 26, 27, 28, 702, 703].map(articleMark)).toEqual(['aX', 'bX', 'zX', 'aaX', 'abX', 'zzX', 'aaaX']);
  });
});

describe('the build benchmark story', () => {
  const days = Array.from({ length: storyRun * 2 + 1 }, (_, index) => index + 1);
  const story = days.map((n) => ({ file: `content/articles/${storySlug(n)}.mdx`, slug: storySlug(n), source: storyArticle(template, n) }));
  const first = (n: number, actor: string) =>
    (parseArticle(story[n - 1]!.source).data.positions as { actor: string; stance: string }[]).find((position) => position.actor === actor)!.stance;

  it("passes the content check against the project's registries, each article on its own and all together", () => {
    expect(checkArticles(story, 'refuse', readRegistry(root).registry)).toEqual([]);
  });

  it('dates one article a day from 3 January 2025, each under its own headline, over the same body and registry actors', () => {
    expect([storyDay(1), storyDay(29), storyDay(30), storyDay(365)]).toEqual(['2025-01-03', '2025-01-31', '2025-02-01', '2026-01-02']);
    const { data, body } = parseArticle(story[2]!.source);
    expect(data.published).toEqual(new Date('2025-01-05'));
    expect(data.headline).toBe(`Day 3: ${String(parseArticle(template).data.headline)}`);
    expect(body).toBe(parseArticle(template).body);
    expect(data.actors).toEqual(parseArticle(template).data.actors);
  });

  it('changes each rotating actor’s stance every few articles, the two out of step', () => {
    for (const actor of rotatingActors) {
      const stances = days.map((n) => first(n, actor));
      expect(new Set(stances.slice(0, storyRun)).size).toBe(1);
      expect(stances[storyRun]).not.toBe(stances[storyRun - 1]);
      expect(stances[storyRun * 2]).not.toBe(stances[storyRun * 2 - 1]);
    }
    expect(first(1, rotatingActors[0])).not.toBe(first(1, rotatingActors[1]));
  });
});

describe("the benchmark's page and file kinds", () => {
  it.each([
    ['index.html', 'home'],
    ['articles/story-0001/index.html', 'summary'],
    ['articles/story-0001/full/index.html', 'full text'],
    ['articles/story-0001/claims/c1/index.html', 'claim'],
    ['actors/index.html', 'actor index'],
    ['actors/russia/index.html', 'actor'],
    ['actors/russia/2025/index.html', 'actor archive'],
    ['questions/us-role/2025-03/index.html', 'question archive'],
    ['archive/2025-03/index.html', 'archive/<period>'],
    ['archive/undated/index.html', 'archive/<period>'],
    ['archive/undated-07/index.html', 'archive/<period>'],
    ['search/index.html', 'search'],
    ['404.html', '404.html'],
  ])('%s is a %s page', (page, kind) => {
    expect(pageKind(page)).toBe(kind);
  });

  it.each([
    ['pagefind/fragment/en_1.pf_fragment', 'Pagefind'],
    ['og/articles/a.png', 'share images'],
    ['actors.json', 'JSON'],
    ['articles/a/index.html', 'pages'],
    ['_astro/full.css', 'other'],
  ])('%s counts as %s', (file, kind) => {
    expect(fileKind(file)).toBe(kind);
  });
});
