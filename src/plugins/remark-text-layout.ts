import { basename, extname } from 'node:path';
import type { Root } from 'mdast';
// Brings in mdast-util-to-hast's `hProperties` on mdast nodes, which remark-rehype carries onto the elements.
import type {} from 'remark-rehype';
import { z } from 'astro/zod';
import type { Plugin } from 'unified';
import { articleSchema } from '../schemas/article';
import { blocksOf } from '../lib/text/blocks';
import { corpusArticleAt, corpusOf, countPlacedOutsideCorpus } from '../lib/corpus/corpus';
import { layoutText, type BlockLayout } from '../lib/text/layout';
import { resolveActor } from '../lib/registry/resolve';
import { readManifest } from '../lib/anchors/manifest';

/** What `remarkTextLayout` leaves on an article's file for the rehype plugins. */
export interface ArticleText {
  slug: string;
  /** Every block of the body with its id, its claims' excerpts and its mentions, as `layoutText` placed them. */
  blocks: BlockLayout[];
  /** Anchors the article's manifest retired, each mapped to its successor. */
  retired: Readonly<Record<string, string>>;
}

declare module 'vfile' {
  interface DataMap {
    /** Set by `remarkTextLayout` on an article; absent on other Markdown. */
    dossierText: ArticleText;
  }
}

/** The fields placing reads, validated by the same field schemas as the collection's entries; the rest is not read here. */
const placingSchema = z.object({ actors: articleSchema.shape.actors, claims: articleSchema.shape.claims });

/**
 * Places a file the corpus did not read (a plugin test's Markdown, or in `astro dev` an edit the loader has
 * not read yet) as the corpus places an article: the frontmatter through the collection's own schema, its
 * actors resolved against the registry, the blocks from the tree being rendered.
 */
function placeOutsideCorpus(root: string, tree: Root, frontmatter: Record<string, unknown>, path: string): BlockLayout[] {
  countPlacedOutsideCorpus();
  const result = placingSchema.safeParse(frontmatter);
  // The content check runs first and stops the build on any schema problem: this is the same schema.
  if (!result.success) throw new Error(`${path}: the frontmatter fails the article schema; run npm run check:content`);
  const { registryData } = corpusOf(root);
  const actors = result.data.actors.map((actor) => resolveActor(actor, registryData));
  return layoutText({ actors, claims: result.data.claims }, blocksOf(tree));
}

/**
 * The first step of the article chain. Astro 7's MDX integration compiles each file in a Vite transform
 * and hands plugins the tree and the frontmatter, never the collection's entry: so this step takes the
 * article from the corpus (`src/lib/corpus/corpus.ts`), which has already read, checked and placed it
 * once for the build, matched by slug and body. Every top-level heading and paragraph gets its id here;
 * the rehype plugins read `file.data.dossierText` and search nothing themselves.
 */
const remarkTextLayout: Plugin<[{ root: string }], Root> = ({ root }) => (tree, file) => {
  const frontmatter = file.data.astro?.frontmatter;
  const slug = basename(file.path, extname(file.path));
  const article = corpusArticleAt(root, slug, String(file.value));
  const placed = article?.layout ?? (frontmatter && 'actors' in frontmatter ? placeOutsideCorpus(root, tree, frontmatter, file.path) : undefined);
  const ids = (placed ?? blocksOf(tree)).map((block) => block.id);
  const nodes = tree.children.filter((node) => node.type === 'heading' || node.type === 'paragraph');
  if (nodes.length !== ids.length) throw new Error(`${file.path}: the body has ${nodes.length} blocks where the content check read ${ids.length}; run npm run check:content`);
  nodes.forEach((node, index) => {
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: ids[index]! } };
  });
  if (placed) file.data.dossierText = { slug, blocks: placed, retired: (article ? article.manifest : readManifest(root, slug))?.retired ?? {} };
};

export default remarkTextLayout;
