import type { Root } from 'hast';
import type { Plugin } from 'unified';
// The type of `file.data.dossierText`, which `index.ts` declares.
import type {} from './index';

const blockTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);

/**
 * The first step of the article chain: gives every top-level heading and paragraph the id the corpus gave
 * its block (`src/lib/text/block-ids.ts`), in order, so that the rehype plugins after it find each block's
 * placed excerpts and mentions by id. Nested paragraphs (in a quotation) are not blocks and get none.
 */
const rehypeBlockIds: Plugin<[], Root> = () => (tree, file) => {
  const blocks = file.data.dossierText?.blocks ?? [];
  const elements = tree.children.filter((node) => node.type === 'element' && blockTags.has(node.tagName));
  if (elements.length !== blocks.length) throw new Error(`${file.path}: the body has ${elements.length} blocks where the content check read ${blocks.length}; run npm run check:content`);
  elements.forEach((element, index) => {
    if (element.type === 'element') element.properties.id = blocks[index]!.id;
  });
};

export default rehypeBlockIds;
