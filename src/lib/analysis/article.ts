import type { Analysis } from './model';

/** An article as the domain logic sees it: the publisher's metadata and the resolved analysis. */
export interface ResolvedArticle {
  slug: string;
  headline: string;
  /** The language of the article's words (BCP 47); English when absent. */
  lang?: string | undefined;
  keyPoints: string[];
  sources: string[];
  topics: string[];
  published?: Date | undefined;
  author?: string | undefined;
  outlet?: string | undefined;
  url?: string | undefined;
  analysis: Analysis;
}
