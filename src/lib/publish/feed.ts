import type { RSSFeedItem } from '@astrojs/rss';

/** The article fields a feed entry carries. */
export interface FeedArticle {
  headline: string;
  keyPoints: readonly string[];
  published?: Date | undefined;
}

/**
 * One article as a feed entry: its headline, the publisher's key points and, only if the source
 * states it, its date. `link` is the absolute address of the article's summary view.
 */
export function feedItem(article: FeedArticle, link: string): RSSFeedItem {
  return {
    title: article.headline,
    link,
    ...(article.keyPoints.length > 0 ? { description: article.keyPoints.join(' ') } : {}),
    ...(article.published ? { pubDate: article.published } : {}),
  };
}
