import type { APIRoute, GetStaticPaths } from 'astro';
import { articlePaths, type Article } from '../../../data/articles';
import { keyed } from '../../../data/cache-keys';
import { analysisDocument } from '../../../lib/publish/analysis-json';
import { articleUrl, fullTextUrl } from '../../../lib/publish/urls';

export const getStaticPaths = keyed(articlePaths) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = ({ props: { article } }) =>
  new Response(
    JSON.stringify(analysisDocument(article, { summary: articleUrl(article.slug), fullText: fullTextUrl(article.slug) }), null, 2),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
