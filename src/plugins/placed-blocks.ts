import type { Element, ElementContent, Root, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import type { BlockLayout } from '../lib/text/layout';
// The type of `file.data.dossierText`, which `index.ts` declares.
import type {} from './index';

/** The length of the text below a node. */
function textLength(node: ElementContent): number {
  if (node.type === 'text') return node.value.length;
  if (node.type === 'element') return node.children.reduce((sum, child) => sum + textLength(child), 0);
  return 0;
}

/**
 * Replaces each text node below `block`, at any depth but never inside a link, with what `split` makes
 * of it; `split` gets the node's offset in the block's text, the offsets `layoutText` speaks in.
 */
export function splitText(block: Element, split: (text: Text, start: number) => ElementContent[]): void {
  let offset = 0;
  const visit = (node: Element) => {
    node.children = node.children.flatMap((child): ElementContent[] => {
      if (child.type === 'element') {
        if (child.tagName === 'a') offset += textLength(child);
        else visit(child);
        return [child];
      }
      if (child.type !== 'text') return [child];
      const start = offset;
      offset += child.value.length;
      return split(child, start);
    });
  };
  visit(block);
}

/** A text node. */
export const text = (value: string): Text => ({ type: 'text', value });

/**
 * Each top-level element of the page with the block the corpus placed for it, matched by id.
 * The offsets of that block are offsets in its text, so an element whose text differs from the block's
 * would be marked in the wrong place: that stops the build rather than publish it.
 */
export function placedBlocks(tree: Root, file: VFile): { element: Element; block: BlockLayout }[] {
  const layout = new Map(file.data.dossierText?.blocks.map((block) => [block.id, block]));
  return tree.children.flatMap((element) => {
    if (element.type !== 'element' || typeof element.properties.id !== 'string') return [];
    const block = layout.get(element.properties.id);
    if (!block) return [];
    if (toString(element) !== block.text) {
      throw new Error(`${file.path}: block "${block.id}" renders as ${JSON.stringify(toString(element))}, not as the text the analysis placed excerpts and mentions in, ${JSON.stringify(block.text)}`);
    }
    return [{ element, block }];
  });
}
