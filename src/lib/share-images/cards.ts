import { drawable, type ShareCard } from './draw';
import { languageName } from '../text/language';
import type { ResolvedArticle } from '../analysis/article';
import { claimKinds } from '../../schemas/vocabularies';

/** The article fields share cards read. */
export type SharedArticle = Pick<ResolvedArticle, 'slug' | 'headline' | 'lang'> & { analysis: Pick<ResolvedArticle['analysis'], 'actors' | 'claims' | 'names'> };

/** The key of the site's own card, used by pages that are not about one article. */
export const SITE_CARD = 'site';

/** The key of an article's card. */
export const articleCardKey = (slug: string) => `articles/${slug}`;

/** The key of a claim's card. */
export const claimCardKey = (slug: string, claimId: string) => `articles/${slug}/claims/${claimId}`;

/**
 * Every share card the site publishes, by key: one for the site, each article and each claim. Where the
 * article's words are in a script the cards cannot draw right (Arabic, Hebrew: see `drawable`), its card
 * says in Dossier's words what the article is ("An article in Arabic") and a claim's card gives the claim's
 * summary instead of its quotation: a card without the words, never one with wrong shapes.
 */
export function shareCards(articles: readonly SharedArticle[]): { key: string; card: ShareCard }[] {
  const cards = [{ key: SITE_CARD, card: { kicker: 'News analysis', title: 'Who says what, and where it stands in the text', byline: 'Articles beside their analysis' } }];
  for (const article of articles) {
    const { names } = article.analysis;
    const headline = drawable(article.headline) ? article.headline : undefined;
    const inLanguage = `An article in ${languageName(article.lang ?? 'en')}`;
    cards.push({ key: articleCardKey(article.slug), card: { kicker: 'Article and analysis', title: headline ?? inLanguage, byline: `${article.analysis.claims.length} claims, ${article.analysis.actors.length} actors` } });
    for (const claim of article.analysis.claims) {
      const speaker = claim.speaker ? names.get(claim.speaker) : 'The article';
      const via = claim.via ? ` via ${names.get(claim.via)}` : '';
      const quoted = drawable(claim.excerpt);
      cards.push({
        key: claimCardKey(article.slug, claim.id),
        card: {
          kicker: quoted ? claimKinds[claim.kind].label : `${claimKinds[claim.kind].label}, in Dossier’s words`,
          title: quoted ? claim.excerpt : claim.summary,
          byline: `${speaker}${via} · ${headline ?? inLanguage}`,
        },
      });
    }
  }
  return cards;
}
