import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { checkArticles } from '../lib/check';
import { ContentError } from '../lib/problems';
import { articlesFolder, readArticleFile, readArticleFiles } from './files';

/** Options for `articleLoader`. */
export interface ArticleLoaderOptions {
  /** Folder of the `.mdx` articles, relative to the project root. */
  base?: string;
}

/**
 * Loads `content/articles/*.mdx` with Astro's glob loader, once the content check has passed every file:
 * otherwise it throws a `ContentError` listing every problem in every file, which stops the build.
 * In `astro dev`, a file that changes is checked again before the glob loader takes it.
 */
export function articleLoader(options: ArticleLoaderOptions = {}): Loader {
  const base = options.base ?? articlesFolder;
  const inner = glob({ pattern: '**/*.mdx', base });
  return {
    name: 'dossier-articles',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const files = readArticleFiles(root, base);
      const problems = checkArticles(files);
      if (problems.length > 0) throw new ContentError(problems);
      const checked = new Map(files.map(({ file, source }) => [file, source]));
      const parseData: typeof context.parseData = (entry) => {
        const file = entry.filePath && readArticleFile(root, base, entry.filePath);
        if (file && checked.get(file.file) !== file.source) {
          const changed = checkArticles([file]);
          if (changed.length > 0) throw new ContentError(changed);
          checked.set(file.file, file.source);
        }
        return context.parseData(entry);
      };
      await inner.load({ ...context, parseData });
    },
  };
}
