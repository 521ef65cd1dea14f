import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { actorConflicts, type Declarations } from '../lib/actors';
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
 * against its body and its anchor manifest, and the articles against each other (one id,
 * one actor), on every build, cached or not. Any problem
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
      const declarations: Declarations[] = [];
      for (const entry of [...context.store.values()].sort((a, b) => a.id.localeCompare(b.id))) {
        // The glob loader stores data only after the collection schema has parsed it.
        const data = entry.data as unknown as ArticleData;
        const blocks = parseBlocks(entry.body ?? '');
        const problems = checkArticle(data, blocks);
        declarations.push({ file: entry.filePath ?? entry.id, actors: data.actors });
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
      const conflicts = actorConflicts(declarations);
      for (const file of new Set(conflicts.map((conflict) => conflict.file))) {
        failures.push(new ContentError(file, conflicts.filter((conflict) => conflict.file === file)));
      }
      if (failures.length === 1) throw failures[0];
      if (failures.length > 1) throw new Error(failures.map((failure) => formatProblems(failure.file, failure.problems)).join('\n'));
    },
  };
}
