import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { corpusOf, readCorpus, type CorpusOptions } from '../lib/corpus/corpus';
import { ContentError } from '../lib/source/problems';
import { articlesFolder, readArticleFile } from '../lib/source/article-files';

/** Options for `articleLoader`. */
export interface ArticleLoaderOptions {
  /** Folder of the `.mdx` articles, relative to the project root. */
  base?: string;
}

/**
 * Loads `content/articles/*.mdx` with Astro's glob loader once the corpus (`src/lib/corpus/corpus.ts`) has
 * read and checked every file (each on its own, against the registries, and against each other: one id,
 * one actor or question) and every article's anchors against its manifest. Any problem throws a
 * `ContentError` listing every problem in every file, which stops the build. In `astro dev`, a file that
 * changes is read into the corpus again, which checks what changed, before the glob loader takes it.
 */
export function articleLoader(options: ArticleLoaderOptions = {}): Loader {
  const base = options.base ?? articlesFolder;
  const inner = glob({ pattern: '**/*.mdx', base });
  return {
    name: 'dossier-articles',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      // In `astro dev` drafts pass, so a scaffolded article can be read and annotated; the build refuses them.
      // Astro gives a loader a file watcher only in dev; `import.meta.env.DEV` is true here during a build's content sync too.
      const corpusOptions: CorpusOptions = { drafts: context.watcher ? 'allow' : 'refuse', articlesFolder: base };
      // A build reads the corpus once, whoever asks first; in dev every load is a refresh, and reads it again.
      const corpus = context.watcher ? readCorpus(root, corpusOptions) : corpusOf(root, corpusOptions);
      if (corpus.problems.length > 0) throw new ContentError(corpus.problems);
      const parseData: typeof context.parseData = (entry) => {
        const file = context.watcher && entry.filePath ? readArticleFile(root, base, entry.filePath) : undefined;
        if (file && corpusOf(root, corpusOptions).files.find((known) => known.file === file.file)?.source !== file.source) {
          const changed = readCorpus(root, corpusOptions).problems;
          if (changed.length > 0) throw new ContentError(changed);
        }
        return context.parseData(entry);
      };
      await inner.load({ ...context, parseData });
      const lost = corpusOf(root, corpusOptions).anchorProblems;
      if (lost.length > 0) throw new ContentError(lost);
    },
  };
}
