import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Options for the `pagefind` integration. */
export interface PagefindOptions {
  /** Folder of the index inside the built site. */
  bundleDir?: string;
}

/**
 * Indexes the built site with Pagefind once `astro build` is done. Only the parts of pages
 * marked `data-pagefind-body` are indexed: articles, claims and actors, not navigation.
 */
export default function pagefindIntegration(options: PagefindOptions = {}): AstroIntegration {
  const bundleDir = options.bundleDir ?? 'pagefind';
  return {
    name: 'dossier-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/${bundleDir}` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages into ${bundleDir}/`);
        await pagefind.close();
      },
    },
  };
}
