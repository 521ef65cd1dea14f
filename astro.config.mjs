// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import annotate from './src/integrations/annotate/index.ts';
import pagefind from './src/integrations/pagefind.ts';
import project from './src/integrations/project.ts';
import sitemap from './src/integrations/sitemap.ts';
import stylesheets from './src/integrations/stylesheets.ts';
import { assetsFolder } from './src/lib/publish/urls.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // Where the site is served: `--site` and `--base` on the command line, or these variables.
  // Without a site URL, absolute URLs (sitemap, feed, canonical and share links) point at the
  // local preview server, http://localhost:4321; every deploy sets its own (README, Deploying).
  site: process.env.DOSSIER_SITE || 'http://localhost:4321',
  ...(process.env.DOSSIER_BASE ? { base: process.env.DOSSIER_BASE } : {}),
  trailingSlash: 'always',
  // Astro's caches: the content store, and the incremental build's pages (below). `npm run build` moves them
  // into the project's own `.astro/` where node_modules is another project's (src/cli/build.ts).
  ...(process.env.DOSSIER_ASTRO_CACHE_DIR ? { cacheDir: process.env.DOSSIER_ASTRO_CACHE_DIR } : {}),
  // A page whose `cacheKey` (src/data/cache-keys.ts) and code are unchanged is taken from the previous
  // build, not rendered again (linked, by src/cli/incremental-links.ts): one edited article is republished
  // in about 23 s at 1,000 articles on two cores (docs/performance.md). Astro keeps the previous pages in
  // `node_modules/.astro/`, not in `dist/`, so the atomic swap (src/cli/build.ts) leaves them whole.
  experimental: { incrementalBuild: true },
  build: {
    format: 'directory',
    assets: assetsFolder,
    // One page at a time: more would turn the incremental build off.
    concurrency: 1,
    // Stylesheets are files, never inline, so the CSP's `style-src 'self'` holds without hashes:
    // src/lib/publish/csp.ts in every page's <meta>, and the same in public/_headers and the README's nginx block.
    inlineStylesheets: 'never',
  },
  // Nor are scripts or other assets inlined (Astro inlines small ones by default), so the CSP's
  // `script-src 'self'` and `img-src 'self'` hold too. Inlining would also break search:
  // Astro 7 leaves `__VITE_PRELOAD__` unreplaced in an inlined script that imports a module at
  // run time, as search imports Pagefind (withastro/astro#17265).
  vite: {
    build: {
      assetsInlineLimit: 0,
      // A page's CSS is what its components use (Astro splits it by component), and the
      // `stylesheets` integration joins each page's pieces into one stylesheet: one blocking request.
      cssCodeSplit: true,
    },
  },
  // Components and pages write global styles under their own class (an Astro-scoped style marks every
  // element it renders); a scoped one, should any return, marks with a short class, not an attribute.
  scopedStyleStrategy: 'class',
  markdown: {
    // No code blocks to highlight, and Shiki's inline styles would break the CSP.
    syntaxHighlight: false,
  },
  // The articles are MDX, read by the corpus with MDX's own parser and rendered from the tree it keeps
  // (src/plugins/index.ts: stable ids, claim marks, actor mentions, retired anchors and "link to this"
  // controls), not compiled into a module each; `mdx()` renders any `.mdx` page under src/pages.
  // `annotate` adds a dev toolbar app in `astro dev` only: nothing of it reaches the built site.
  // `stylesheets` first of those that act once the pages are written: the record of the stylesheets the kept
  // pages link is saved before anything else can stop the build (src/integrations/stylesheets.ts).
  integrations: [project(), mdx(), stylesheets(), sitemap(), pagefind(), annotate()],
});
