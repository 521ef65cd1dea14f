import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readCorpus, corpusOf, type Corpus } from '../lib/corpus/corpus';
import { loaderCorpusOptions } from './corpus-options';
import { MANIFEST_DIR } from '../lib/anchors/manifest';
import { registryFolders } from '../lib/registry/registry';
import { ContentError, formatProblems, type LocatedProblem } from '../lib/source/problems';
import { articlesFolder } from '../lib/source/article-files';

/** Options for `articleLoader`. */
export interface ArticleLoaderOptions {
  /** Folder of the `.mdx` articles, relative to the project root. */
  base?: string;
}

/**
 * Loads `content/articles/*.mdx` from the corpus (`src/lib/corpus/corpus.ts`), which has read and checked
 * every file (each on its own, against the registries, and against each other: one id, one actor or
 * question) and every article's anchors against its manifest. An entry is the article's frontmatter as
 * the check passed it; its body is not stored, nor compiled into a module of its own: the full text is
 * rendered from the tree the corpus keeps (`src/plugins/index.ts`). In a build, any problem throws a
 * `ContentError` listing every problem in every file, which stops it.
 *
 * `astro dev` never stops on content: problems are named in the terminal, one a line (and in the page,
 * `src/integrations/project.ts`), and the server goes on. The collection holds exactly the articles the
 * check passes: when an article, a manifest or a registry changes, the corpus is read again (it checks
 * only what changed), an article the check now refuses leaves the collection until it is fixed, and the fix, even
 * one that restores the file byte for byte, puts it back. Drafts and anchors not yet recorded in the
 * manifest pass, as nothing is published from dev.
 */
export function articleLoader(options: ArticleLoaderOptions = {}): Loader {
  const base = options.base ?? articlesFolder;
  return {
    name: 'dossier-articles',
    load: async ({ config, store, parseData, generateDigest, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      // Astro gives a loader a file watcher only in dev; `import.meta.env.DEV` is true here during a build's content sync too.
      const dev = watcher !== undefined;
      const corpusOptions = loaderCorpusOptions({ config, watcher }, base);
      const report = (problems: readonly LocatedProblem[], outcome: string) => {
        if (!dev) throw new ContentError(problems);
        logger.error(`${formatProblems(problems)}\n${outcome}`);
      };
      /** Stores every article the check passed, each with a digest of its file, and drops the rest. */
      const sync = async (corpus: Corpus) => {
        if (corpus.problems.length > 0) report(corpus.problems, 'astro dev serves the site without the articles named here until they are fixed; npm run build refuses them.');
        if (corpus.anchorProblems.length > 0) report(corpus.anchorProblems, 'Fix the anchors before npm run build, which refuses them.');
        const texts = new Map(corpus.files.map((file) => [file.file, file.digest]));
        for (const id of store.keys()) if (!corpus.articles.has(id)) store.delete(id);
        for (const article of corpus.articles.values()) {
          const digest = generateDigest(`${texts.get(article.file) ?? ''}\0${JSON.stringify(article.manifest ?? null)}`);
          if (store.get(article.slug)?.digest === digest) continue;
          const data = await parseData({ id: article.slug, data: { ...article.data }, filePath: article.file });
          store.set({ id: article.slug, data, filePath: article.file, digest });
        }
      };
      // A build reads the corpus once, whoever asks first; in dev every load is a refresh, and reads it again.
      await sync(dev ? readCorpus(root, corpusOptions) : corpusOf(root, corpusOptions));
      if (!watcher) return;
      // An article passes or fails with its file, its manifest and the registries it names.
      const folders = [base, MANIFEST_DIR, ...Object.values(registryFolders)].map((folder) => join(root, folder) + sep);
      for (const folder of folders) watcher.add(folder);
      // One editor save can touch a file more than once: the corpus is read after the last.
      let timer: ReturnType<typeof setTimeout> | undefined;
      watcher.on('all', (_event, path) => {
        if (!folders.some((folder) => path.startsWith(folder))) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          sync(readCorpus(root, corpusOptions)).catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
        }, 50);
      });
    },
  };
}
