import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { readManifest } from '../lib/anchors/manifest';
// The type of `file.data.dossierText`, which remarkTextLayout declares.
import type {} from './remark-text-layout';

/** Options for `rehypeRetiredAnchors`. */
export interface RetiredAnchorsOptions {
  /** The project root the manifests are read below (Astro's `root`). */
  root: string;
}

/**
 * Keeps retired anchors answering: for each anchor the article's manifest retired to a block
 * on this page, an empty element with the old id is put at the start of its successor.
 */
const rehypeRetiredAnchors: Plugin<[RetiredAnchorsOptions], Root> = (options) => (tree, file) => {
  const slug = file.data.dossierText?.slug;
  const manifest = slug && readManifest(options.root, slug);
  if (!manifest) return;
  const blocks = new Map(
    tree.children
      .filter((node): node is Element => node.type === 'element' && typeof node.properties.id === 'string')
      .map((node) => [String(node.properties.id), node]),
  );
  for (const [old, successor] of Object.entries(manifest.retired)) {
    blocks.get(successor)?.children.unshift({
      type: 'element',
      tagName: 'span',
      properties: { id: old, className: ['retired-anchor'] },
      children: [],
    });
  }
};

export default rehypeRetiredAnchors;
