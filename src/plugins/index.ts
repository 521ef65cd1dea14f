import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import rehypeClaimMarks from './rehype-claim-marks';
import rehypeMentions from './rehype-mentions';
import rehypePermalinks from './rehype-permalinks';
import rehypeRetiredAnchors from './rehype-retired-anchors';
import remarkTextLayout from './remark-text-layout';

/** Options for `articleProcessor`. */
export interface ArticleProcessorOptions {
  /** The project root, whose corpus (`src/lib/corpus/corpus.ts`) the chain places articles from. */
  root: string;
}

/**
 * The Markdown processor articles are rendered with, defined once: `astro.config.mjs` sets it and the
 * plugin tests run it. The article's words are reproduced verbatim: no smart quotes, and no GFM (as
 * `parseMdx` reads the body), so an address in the text stays text: GFM's literal autolinks are found in the
 * text after its escapes are read, so no escape could keep one from becoming a link with an invented target. `remarkTextLayout` gives every block its id and places every excerpt and mention once; the
 * rehype plugins mark the claims and link the mentions where it placed them, keep retired anchors
 * answering and add the "link to this" controls.
 */
export function articleProcessor({ root }: ArticleProcessorOptions) {
  return unified({
    gfm: false,
    smartypants: false,
    remarkPlugins: [[remarkTextLayout, { root }]],
    rehypePlugins: [rehypeSlug, rehypeClaimMarks, rehypeMentions, rehypeRetiredAnchors, rehypePermalinks],
  });
}
