// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import pagefind from './src/integrations/pagefind.ts';
import rehypeBlockIds from './src/plugins/rehype-block-ids.ts';
import rehypeClaimMarks from './src/plugins/rehype-claim-marks.ts';
import rehypeMentions from './src/plugins/rehype-mentions.ts';
import rehypePermalinks from './src/plugins/rehype-permalinks.ts';
import rehypeRetiredAnchors from './src/plugins/rehype-retired-anchors.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // Where the site is served: `--site` and `--base` on the command line, or these variables.
  // Canonical and share-image URLs are absolute, so a local build names the local server.
  site: process.env.DOSSIER_SITE ?? 'http://localhost:4321',
  ...(process.env.DOSSIER_BASE ? { base: process.env.DOSSIER_BASE } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Scoped styles mark elements with a short class, not a `data-astro-cid-*` attribute on each.
  scopedStyleStrategy: 'class',
  markdown: {
    // The article's words are reproduced verbatim: no smart quotes, no autolinks
    // beyond GFM's own, and our plugins for stable ids, claim marks, actor mentions,
    // retired anchors and "link to this" controls.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm],
      rehypePlugins: [rehypeSlug, rehypeBlockIds, rehypeClaimMarks, rehypeMentions, rehypeRetiredAnchors, rehypePermalinks],
    }),
  },
  integrations: [mdx(), pagefind()],
  // Scripts stay external files: Astro 7 leaves `__VITE_PRELOAD__` unreplaced in an inlined
  // script that imports a module at run time, as search imports Pagefind (withastro/astro#17265).
  // One stylesheet for the whole site: a page loads one render-blocking request, cached
  // across pages (the byte budgets in tests/build/budgets.test.ts count it against every page).
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false } },
});
