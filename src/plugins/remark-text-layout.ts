import { basename, extname } from 'node:path';
import type { Root } from 'mdast';
// Brings in mdast-util-to-hast's `hProperties` on mdast nodes, which remark-rehype carries onto the elements.
import type {} from 'remark-rehype';
import { z } from 'astro/zod';
import type { Plugin } from 'unified';
import { articleSchema } from '../schemas/article';
import { blocksOf } from '../lib/text/blocks';
import { layoutText, type BlockLayout } from '../lib/text/layout';
import { readRegistry, registryData } from '../lib/corpus/registry';
import { resolveActor } from '../lib/corpus/resolve';

/** What `remarkTextLayout` leaves on an article's file for the rehype plugins. */
export interface ArticleText {
  slug: string;
  /** Every block of the body with its id, its claims' excerpts and its mentions, as `layoutText` placed them. */
  blocks: BlockLayout[];
}

declare module 'vfile' {
  interface DataMap {
    /** Set by `remarkTextLayout` on an article; absent on other Markdown. */
    dossierText: ArticleText;
  }
}

/** The fields placing reads, validated by the same field schemas as the collection's entries; the rest is not read here. */
const placingSchema = z.object({ lang: articleSchema.shape.lang, actors: articleSchema.shape.actors, claims: articleSchema.shape.claims });

/**
 * The first step of the article chain. Astro 7's MDX integration compiles each file in a Vite
 * transform and hands plugins the frontmatter as parsed YAML, never the collection's entry: so this
 * step reads the analysis through the collection's own schema, resolves its actors against the registry as the
 * analysis does, takes the blocks from the tree being
 * rendered with the content check's `blocksOf`, and places everything with `layoutText`, the function
 * the analysis uses. Every top-level heading and paragraph gets its id here; the rehype plugins
 * read `file.data.dossierText` and search nothing themselves.
 */
const remarkTextLayout: Plugin<[{ root: string }], Root> = ({ root }) => (tree, file) => {
  const blocks = blocksOf(tree);
  const nodes = tree.children.filter((node) => node.type === 'heading' || node.type === 'paragraph');
  nodes.forEach((node, index) => {
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: blocks[index]!.id } };
  });
  const frontmatter = file.data.astro?.frontmatter;
  if (!frontmatter || !('actors' in frontmatter)) return;
  const result = placingSchema.safeParse(frontmatter);
  // The content check runs first and stops the build on any schema problem: this is the same schema.
  if (!result.success) throw new Error(`${file.path}: the frontmatter fails the article schema; run npm run check:content`);
  // An article lists actors by id: their names and aliases are the registry's, with what the article adds.
  const registry = registryData(readRegistry(root).registry);
  const { lang, claims } = result.data;
  const actors = result.data.actors.map((actor) => resolveActor(actor, registry, lang));
  file.data.dossierText = { slug: basename(file.path, extname(file.path)), blocks: layoutText({ actors, claims, lang }, blocks) };
};

export default remarkTextLayout;
