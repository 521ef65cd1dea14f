import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticles } from '../../src/lib/check/check-articles';
import { issueShape, parseArticle, syntheticArticle } from '../bench/corpus';
import { root } from '../support/build';

const template = readFileSync(join(root, 'content/articles/uk-france-troops-ukraine-ceasefire.mdx'), 'utf8');

describe('the build benchmark corpus', () => {
  const articles = [1, 2].map((n) => syntheticArticle(template, n));

  it('passes the content check, each article on its own and all together', () => {
    const files = articles.map((source, index) => ({ file: `content/articles/article-${index + 1}.mdx`, slug: `article-${index + 1}`, source }));
    expect(checkArticles(files)).toEqual([]);
  });

  it('has the shape issue 7 asks for: 10 claims, 8 positions, about 15 actors, with ids of its own', () => {
    const { data, body } = parseArticle(articles[1]!);
    expect([(data.claims as unknown[]).length, (data.positions as unknown[]).length]).toEqual([issueShape.claims, issueShape.positions]);
    const ids = (data.actors as { id: string }[]).map((actor) => actor.id);
    expect(ids.length).toBeGreaterThanOrEqual(issueShape.actors);
    expect(ids.length).toBeLessThanOrEqual(issueShape.actors + 2);
    expect(ids.filter((id) => !id.endsWith('-2'))).toEqual([]);
    expect(body).toBe(parseArticle(template).body);
  });
});
