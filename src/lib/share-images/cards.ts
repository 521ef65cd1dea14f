import type { ShareCard } from './draw';
import type { ResolvedArticle } from '../analysis/article';
import { claimKinds } from '../../schemas/vocabularies';

/** The article fields share cards read. */
export type SharedArticle = Pick<ResolvedArticle, 'slug' | 'headline'> & { analysis: Pick<ResolvedArticle['analysis'], 'actors' | 'claims' | 'names'> };

/** The key of the site's own card, used by pages that are not about one article. */
export const SITE_CARD = 'site';

/** The key of an article's card. */
export const articleCardKey = (slug: string) => `articles/${slug}`;

/** The key of a claim's card. */
export const claimCardKey = (slug: string, claimId: string) => `articles/${slug}/claims/${claimId}`;

/** Every share card the site publishes, by key: one for the site, each article and each claim. */
export function shareCards(articles: readonly SharedArticle[]): { key: string; card: ShareCard }[] {
  const cards = [{ key: SITE_CARD, card: { kicker: 'News analysis', title: 'Who says what, and where it stands in the text', byline: 'Articles beside their analysis' } }];
  for (const article of articles) {
    const { names } = article.analysis;
    cards.push({ key: articleCardKey(article.slug), card: { kicker: 'Article and analysis', title: article.headline, byline: `${article.analysis.claims.length} claims, ${article.analysis.actors.length} actors` } });
    for (const claim of article.analysis.claims) {
      const speaker = claim.speaker ? names.get(claim.speaker) : 'The article';
      const via = claim.via ? ` via ${names.get(claim.via)}` : '';
      cards.push({
        key: claimCardKey(article.slug, claim.id),
        card: { kicker: claimKinds[claim.kind].label, title: claim.excerpt, byline: `${speaker}${via} · ${article.headline}` },
      });
    }
  }
  return cards;
}
