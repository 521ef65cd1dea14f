import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles } from '../data/articles';
import { feedItem } from '../lib/publish/feed';
import { FEED_LATEST } from '../views/home';
import { absoluteUrl, articleUrl, feedUrl, homeUrl } from '../lib/publish/urls';

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: 'Dossier',
    description: 'News articles set beside an analysis of who the actors are, where they stand and what they claim.',
    // The channel links to the home page under the base path, not to the bare site URL.
    site: absoluteUrl(homeUrl(), site),
    // The latest articles, as feeds conventionally carry: a reader's client keeps what it has already read.
    items: (await getArticles()).slice(0, FEED_LATEST).map((article) => feedItem(article, absoluteUrl(articleUrl(article.slug), site))),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${absoluteUrl(feedUrl(), site)}" rel="self" type="application/rss+xml"/>`,
  });
