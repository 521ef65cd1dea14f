import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { assignIds } from '../lib/text/block-ids';

/** Options for `rehypeBlockIds`. */
export interface BlockIdsOptions {
  /** Element names that count as headings. */
  headings?: readonly string[];
}

const defaults = { headings: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] } satisfies Required<BlockIdsOptions>;

/**
 * Gives every top-level heading and paragraph the id `src/lib/anchors` derives from its words,
 * the same id `parseBlocks` computes from the source, so analysis and page always agree.
 */
const rehypeBlockIds: Plugin<[BlockIdsOptions?], Root> = (options = {}) => {
  const headings = new Set(options.headings ?? defaults.headings);
  return (tree) => {
    const blocks = tree.children.filter(
      (node): node is Element => node.type === 'element' && (node.tagName === 'p' || headings.has(node.tagName)),
    );
    const ids = assignIds(
      blocks.map((node) => ({ kind: node.tagName === 'p' ? 'paragraph' : 'heading', text: toString(node) })),
    );
    blocks.forEach((node, index) => {
      node.properties.id = ids[index]!;
    });
  };
};

export default rehypeBlockIds;
