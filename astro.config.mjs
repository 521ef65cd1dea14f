// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import rehypeBlockIds from './src/plugins/rehype-block-ids.ts';
import rehypeClaimMarks from './src/plugins/rehype-claim-marks.ts';
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
  markdown: {
    // The article's words are reproduced verbatim: no smart quotes, no autolinks
    // beyond GFM's own, and our plugins for stable ids, claim marks, retired anchors
    // and "link to this" controls.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm],
      rehypePlugins: [rehypeSlug, rehypeBlockIds, rehypeClaimMarks, rehypeRetiredAnchors, rehypePermalinks],
    }),
  },
  integrations: [mdx()],
});
