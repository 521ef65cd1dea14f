import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
// The type of `file.data.dossierText`, which `index.ts` declares.
import type {} from './index';

/**
 * Keeps retired anchors answering: for each anchor the article's manifest retired (as the corpus read it) to a block
 * on this page, an empty element with the old id is put at the start of its successor.
 */
const rehypeRetiredAnchors: Plugin<[], Root> = () => (tree, file) => {
  const retired = Object.entries(file.data.dossierText?.retired ?? {});
  if (retired.length === 0) return;
  const blocks = new Map(
    tree.children
      .filter((node): node is Element => node.type === 'element' && typeof node.properties.id === 'string')
      .map((node) => [String(node.properties.id), node]),
  );
  for (const [old, successor] of retired) {
    blocks.get(successor)?.children.unshift({
      type: 'element',
      tagName: 'span',
      properties: { id: old, className: ['retired-anchor'] },
      children: [],
    });
  }
};

export default rehypeRetiredAnchors;
