import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { corpusOf, readCorpus, type CorpusOptions } from '../lib/corpus/corpus';
import { ContentError, formatProblems, type LocatedProblem } from '../lib/source/problems';
import { articlesFolder, readArticleFile } from '../lib/source/article-files';

/** Options for `articleLoader`. */
export interface ArticleLoaderOptions {
  /** Folder of the `.mdx` articles, relative to the project root. */
  base?: string;
}

/**
 * Loads `content/articles/*.mdx` with Astro's glob loader once the corpus (`src/lib/corpus/corpus.ts`) has
 * read and checked every file (each on its own, against the registries, and against each other: one id,
 * one actor or question) and every article's anchors against its manifest. In a build, any problem throws
 * a `ContentError` listing every problem in every file, which stops it.
 *
 * `astro dev` never stops on content: problems are named in the terminal, one a line, and the server goes
 * on. At start-up an article with problems is left out until it is fixed; a file that changes is read into
 * the corpus again, which checks what changed, before the glob loader takes it, and one the check refuses
 * keeps its last good version. Drafts and anchors not yet recorded in the manifest pass, as nothing is
 * published from dev.
 */
export function articleLoader(options: ArticleLoaderOptions = {}): Loader {
  const base = options.base ?? articlesFolder;
  const inner = glob({ pattern: '**/*.mdx', base });
  return {
    name: 'dossier-articles',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      // Astro gives a loader a file watcher only in dev; `import.meta.env.DEV` is true here during a build's content sync too.
      const dev = context.watcher !== undefined;
      // In `astro dev` drafts pass, so a scaffolded article can be read and annotated; the build refuses them.
      const corpusOptions: CorpusOptions = { drafts: dev ? 'allow' : 'refuse', articlesFolder: base };
      const report = (problems: readonly LocatedProblem[], outcome: string) => {
        if (!dev) throw new ContentError(problems);
        context.logger.error(`${formatProblems(problems)}\n${outcome}`);
      };
      // A build reads the corpus once, whoever asks first; in dev every load is a refresh, and reads it again.
      const corpus = dev ? readCorpus(root, corpusOptions) : corpusOf(root, corpusOptions);
      if (corpus.problems.length > 0) report(corpus.problems, 'astro dev serves the site without the articles named here until they are fixed; npm run build refuses them.');
      // While the first load runs, an article with problems is left out: its entry is never stored.
      let starting = true;
      const leftOut = new Set<string>();
      const parseData: typeof context.parseData = async (entry) => {
        const file = dev && entry.filePath ? readArticleFile(root, base, entry.filePath) : undefined;
        if (file) {
          const known = corpusOf(root, corpusOptions);
          const current = known.files.find(({ file: path }) => path === file.file)?.source === file.source ? known : readCorpus(root, corpusOptions);
          const problems = current.problems.filter((problem) => problem.file === file.file);
          if (problems.length > 0 && starting) {
            leftOut.add(entry.id);
            return entry.data;
          }
          // The glob loader names a later change's problems in the terminal and keeps the entry's last good version.
          if (problems.length > 0) throw new ContentError(problems);
          // Fixed: an article left out at start-up is stored again.
          leftOut.delete(entry.id);
        }
        return context.parseData(entry);
      };
      const store = new Proxy(context.store, {
        get(target, key) {
          if (key === 'set') return (entry: Parameters<typeof target.set>[0]) => (leftOut.has(entry.id) ? (target.delete(entry.id), false) : target.set(entry));
          const value: unknown = Reflect.get(target, key, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      await inner.load({ ...context, parseData, store });
      starting = false;
      const lost = corpusOf(root, corpusOptions).anchorProblems;
      if (lost.length > 0) report(lost, 'Fix the anchors before npm run build, which refuses them.');
    },
  };
}
