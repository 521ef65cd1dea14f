import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { parseBlocks } from '../lib/text/blocks';
import { checkArticles, checkCorpus } from '../lib/check/check-articles';
import { readRegistry } from '../lib/corpus/registry';
import { compareAnchors, currentAnchors, manifestLine, manifestPath, readManifest } from '../lib/anchors/manifest';
import { ContentError, formatProblems, type LocatedProblem } from '../lib/check/problems';
import type { ArticleData } from '../schemas/article';
import { articlesFolder, readArticleFile } from '../lib/check/article-files';

/** Options for `articleLoader`. */
export interface ArticleLoaderOptions {
  /** Folder of the `.mdx` articles, relative to the project root. */
  base?: string;
}

/** An entry as the glob loader stores it, once the content check and the schema have passed it. */
interface StoredArticle {
  id: string;
  body?: string | undefined;
  data: Record<string, unknown>;
}

/** The anchors an article would drop or leave unrecorded, against its committed manifest, if it has one. */
function anchorProblems(root: string, entry: StoredArticle, unrecorded: 'allow' | 'refuse'): LocatedProblem[] {
  const manifest = readManifest(root, entry.id);
  if (!manifest) return [];
  const file = manifestPath(entry.id);
  const text = readFileSync(join(root, file), 'utf8');
  const blockIds = parseBlocks(entry.body ?? '').map((block) => block.id);
  const claimIds = (entry.data as unknown as ArticleData).claims.map((claim) => claim.id);
  return compareAnchors(currentAnchors(blockIds, claimIds), manifest, file, unrecorded).map((problem) => ({
    ...problem,
    file,
    line: manifestLine(text, problem.path),
  }));
}

/**
 * Loads `content/articles/*.mdx` with Astro's glob loader once the content check has passed every file
 * (each on its own, against the registries, and against each other: one id, one actor or question), then checks every stored entry against its anchor manifest, on every build, cached or not. Any problem
 * throws a `ContentError` listing every problem in every file, which stops the build.
 *
 * `astro dev` never stops on content: problems are named in the terminal, one a line, and the server goes
 * on. At start-up an article with problems is left out until it is fixed; a file that changes is checked
 * again before the glob loader takes it, and one the check refuses keeps its last good version. Drafts
 * and anchors not yet recorded in the manifest pass, as nothing is published from dev.
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
      const drafts = dev ? 'allow' : 'refuse';
      const report = (problems: readonly LocatedProblem[], outcome: string) => {
        if (!dev) throw new ContentError(problems);
        context.logger.error(`${formatProblems(problems)}\n${outcome}`);
      };
      const { files, problems } = checkCorpus(root, drafts, base);
      if (problems.length > 0) report(problems, 'astro dev serves the site without the articles named here until they are fixed; npm run build refuses them.');
      const failing = new Set(problems.map((problem) => problem.file));
      const checked = new Map(files.filter(({ file }) => !failing.has(file)).map(({ file, source }) => [file, source]));
      // While the first load runs, an article with problems is left out: its entry is never stored.
      let starting = true;
      const leftOut = new Set<string>();
      const parseData: typeof context.parseData = async (entry) => {
        const file = entry.filePath && readArticleFile(root, base, entry.filePath);
        if (file && checked.get(file.file) !== file.source) {
          // The registry is read again: in `astro dev` it may have changed since the first load.
          const changed = checkArticles([file], drafts, readRegistry(root).registry);
          if (changed.length > 0 && dev && starting) {
            leftOut.add(entry.id);
            return entry.data;
          }
          // The glob loader names a later change's problems in the terminal and keeps the entry's last good version.
          if (changed.length > 0) throw new ContentError(changed);
          checked.set(file.file, file.source);
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
      const lost = [...context.store.values()].flatMap((entry) => anchorProblems(root, entry, dev ? 'allow' : 'refuse'));
      if (lost.length > 0) report(lost, 'Fix the anchors before npm run build, which refuses them.');
    },
  };
}
