import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { parseBlocks } from '../lib/text/blocks';
import { checkArticles, checkCorpus } from '../lib/check/check-articles';
import { readRegistry } from '../lib/corpus/registry';
import { compareAnchors, currentAnchors, manifestLine, manifestPath, readManifest } from '../lib/anchors/manifest';
import { ContentError, type LocatedProblem } from '../lib/check/problems';
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
function anchorProblems(root: string, entry: StoredArticle): LocatedProblem[] {
  const manifest = readManifest(root, entry.id);
  if (!manifest) return [];
  const file = manifestPath(entry.id);
  const text = readFileSync(join(root, file), 'utf8');
  const blockIds = parseBlocks(entry.body ?? '').map((block) => block.id);
  const claimIds = (entry.data as unknown as ArticleData).claims.map((claim) => claim.id);
  return compareAnchors(currentAnchors(blockIds, claimIds), manifest, file).map((problem) => ({
    ...problem,
    file,
    line: manifestLine(text, problem.path),
  }));
}

/**
 * Loads `content/articles/*.mdx` with Astro's glob loader once the content check has passed every file
 * (each on its own, against the registries, and against each other: one id, one actor or question), then checks every stored entry against its anchor manifest, on every build, cached or not. Any problem
 * throws a `ContentError` listing every problem in every file, which stops the build. In `astro dev`, a
 * file that changes is checked again before the glob loader takes it.
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
      const drafts = context.watcher ? 'allow' : 'refuse';
      const { files, problems } = checkCorpus(root, drafts, base);
      if (problems.length > 0) throw new ContentError(problems);
      const checked = new Map(files.map(({ file, source }) => [file, source]));
      const parseData: typeof context.parseData = (entry) => {
        const file = entry.filePath && readArticleFile(root, base, entry.filePath);
        if (file && checked.get(file.file) !== file.source) {
          // The registry is read again: in `astro dev` it may have changed since the first load.
          const changed = checkArticles([file], drafts, readRegistry(root).registry);
          if (changed.length > 0) throw new ContentError(changed);
          checked.set(file.file, file.source);
        }
        return context.parseData(entry);
      };
      await inner.load({ ...context, parseData });
      const lost = [...context.store.values()].flatMap((entry) => anchorProblems(root, entry));
      if (lost.length > 0) throw new ContentError(lost);
    },
  };
}
