import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import type { CorpusOptions } from '../lib/corpus/corpus';

/**
 * How the loaders read the corpus, the same for each so that whichever asks first reads it for all. In `astro dev`
 * (the only place Astro gives a loader a file watcher) drafts pass, so a scaffolded article can be read and
 * annotated; a build refuses them, and keeps what it read of each article in Astro's cache for the next build,
 * where one edited article is the only one read again (`src/lib/corpus/kept.ts`).
 */
export function loaderCorpusOptions({ config, watcher }: { config: LoaderContext['config']; watcher: LoaderContext['watcher'] | undefined }, articlesFolder?: string): CorpusOptions {
  if (watcher) return { drafts: 'allow', ...(articlesFolder ? { articlesFolder } : {}) };
  return { drafts: 'refuse', ...(articlesFolder ? { articlesFolder } : {}), keptIn: fileURLToPath(new URL('dossier-corpus/', config.cacheDir)) };
}
