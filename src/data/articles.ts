import { getCollection, type CollectionEntry } from 'astro:content';
import { aggregateActors, type ActorProfile } from '../lib/actors';
import { analyse, type Analysis } from '../lib/analysis';
import { parseBlocks, type Block } from '../lib/blocks';
import { byNewest } from '../lib/order';
import type { ArticleData } from '../schemas/article';

/** An article ready to render: its checked frontmatter, its body blocks and its resolved analysis. */
export interface Article extends Omit<ArticleData, 'actors' | 'issues' | 'positions' | 'claims'> {
  slug: string;
  blocks: Block[];
  analysis: Analysis;
  /** The collection entry, for `render()`. */
  entry: CollectionEntry<'articles'>;
}

let cache: Promise<Article[]> | undefined;

/** Every article, newest first, undated ones last. The only place that calls `getCollection`. */
export function getArticles(): Promise<Article[]> {
  cache ??= getCollection('articles').then((entries) =>
    entries
      .map((entry): Article => {
        const { actors, issues, positions, claims, ...meta } = entry.data;
        const blocks = parseBlocks(entry.body ?? '');
        return { ...meta, slug: entry.id, blocks, analysis: analyse({ actors, issues, positions, claims }, blocks), entry };
      })
      .sort(byNewest),
  );
  return cache;
}

/** Every actor across every article. */
export async function getActors(): Promise<ActorProfile[]> {
  return aggregateActors(await getArticles());
}

/** `getStaticPaths` for every route with one page per article: `{ params: { slug }, props: { article } }`. */
export async function articlePaths() {
  return (await getArticles()).map((article) => ({ params: { slug: article.slug }, props: { article } }));
}
