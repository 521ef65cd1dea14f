import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { parseBlocks } from '../lib/blocks';
import { compareAnchors, currentAnchors, manifestPath, readManifest } from '../lib/manifest';
import { ContentError, formatProblems } from '../lib/problems';
import { checkArticle } from '../lib/validate';
import type { ArticleData } from '../schemas/article';

/** Options for `articleLoader`. */
export interface ArticleLoaderOptions {
  /** Folder of the `.mdx` articles, relative to the project root. */
  base?: string;
}

/**
 * Loads `content/articles/*.mdx` with Astro's glob loader, then checks every stored entry
 * against its body and its anchor manifest, on every build, cached or not. Any problem
 * stops the build with a message naming each file and field.
 */
export function articleLoader(options: ArticleLoaderOptions = {}): Loader {
  const inner = glob({ pattern: '**/*.mdx', base: options.base ?? './content/articles' });
  return {
    name: 'dossier-articles',
    load: async (context) => {
      await inner.load(context);
      const root = fileURLToPath(context.config.root);
      const failures: ContentError[] = [];
      for (const entry of context.store.values()) {
        // The glob loader stores data only after the collection schema has parsed it.
        const data = entry.data as unknown as ArticleData;
        const blocks = parseBlocks(entry.body ?? '');
        const problems = checkArticle(data, blocks);
        if (problems.length > 0) {
          failures.push(new ContentError(entry.filePath ?? entry.id, problems));
          continue;
        }
        const manifest = readManifest(root, entry.id);
        if (!manifest) continue;
        const anchors = currentAnchors(blocks.map((block) => block.id), data.claims.map((claim) => claim.id));
        const lost = compareAnchors(anchors, manifest, manifestPath(entry.id));
        if (lost.length > 0) failures.push(new ContentError(manifestPath(entry.id), lost));
      }
      if (failures.length === 1) throw failures[0];
      if (failures.length > 1) throw new Error(failures.map((failure) => formatProblems(failure.file, failure.problems)).join('\n'));
    },
  };
}
