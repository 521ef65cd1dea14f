import type { RSSFeedItem } from '@astrojs/rss';

/** The article fields a feed entry carries. */
export interface FeedArticle {
  headline: string;
  keyPoints: readonly string[];
  published?: Date | undefined;
}

const htmlEntities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text written as HTML that shows exactly that text: every character HTML gives a meaning escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEntities[character]!);
}

/**
 * One article as a feed entry: its headline, the publisher's key points and, only if the source
 * states it, its date. `link` is the absolute address of the article's summary view. Feed readers
 * render `<description>` as HTML, so the key points go in HTML-escaped (the feed then escapes them
 * once more for XML): a key point that reads like markup is shown as the text it is.
 */
export function feedItem(article: FeedArticle, link: string): RSSFeedItem {
  return {
    title: article.headline,
    link,
    ...(article.keyPoints.length > 0 ? { description: escapeHtml(article.keyPoints.join(' ')) } : {}),
    ...(article.published ? { pubDate: article.published } : {}),
  };
}
