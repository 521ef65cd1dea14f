import type { RSSFeedItem } from '@astrojs/rss';
import { wordsAttributes } from '../text/language';

/** The article fields a feed entry carries. */
export interface FeedArticle {
  headline: string;
  keyPoints: readonly string[];
  published?: Date | undefined;
  /** The language of the article's words (BCP 47); English, the feed's own, when absent. */
  lang?: string | undefined;
}

/** The feed's namespaces: Atom for its own address, Dublin Core for an entry's language. */
export const feedNamespaces = { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' } as const;

const htmlEntities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text written as HTML that shows exactly that text: every character HTML gives a meaning escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEntities[character]!);
}

/**
 * One article as a feed entry: its headline, the publisher's key points and, only if the source
 * states it, its date. `link` is the absolute address of the article's summary view. Feed readers
 * render `<description>` as HTML, so the key points go in HTML-escaped (the feed then escapes them
 * once more for XML): a key point that reads like markup is shown as the text it is. An article in
 * another language than the feed's says so with `<dc:language>`, and its key points are a paragraph
 * with that `lang` (and `dir`, right to left), so a reader shows them in their script's direction.
 */
export function feedItem(article: FeedArticle, link: string): RSSFeedItem {
  const attributes = Object.entries(wordsAttributes(article.lang)).map(([name, value]) => ` ${name}="${value}"`).join('');
  const points = escapeHtml(article.keyPoints.join(' '));
  return {
    title: article.headline,
    link,
    ...(article.keyPoints.length > 0 ? { description: attributes ? `<p${attributes}>${points}</p>` : points } : {}),
    ...(article.published ? { pubDate: article.published } : {}),
    ...(attributes ? { customData: `<dc:language>${article.lang}</dc:language>` } : {}),
  };
}
