import type { Element, ElementContent, Root } from 'hast';
import type { Plugin } from 'unified';
import type { ClaimSpan } from '../lib/text/layout';
import { claimAnchor, excerptAnchor } from '../lib/anchors/fragments';
import { placedBlocks, splitText, text } from './placed-blocks';

/** Options for `rehypeClaimMarks`. */
export interface ClaimMarksOptions {
  /** Class given to each `<mark>`. */
  className?: string;
}

/**
 * Splits a block's text nodes, at any depth, so each claim span becomes `<mark>…</mark>` (in pieces where
 * it crosses inline markup), followed by a numbered marker `<button class="claim-ref" popovertarget="claim-…">`
 * that has no words of its own, after the piece where the excerpt ends; it opens the claim's note,
 * which the page places after the block. Its name is the claim's number alone: the note, whose summary
 * a screen reader reaches right after the paragraph, would otherwise be read twice.
 */
function markSpans(block: Element, spans: readonly ClaimSpan[], className: string): void {
  const marked = new Set<string>();
  splitText(block, (node, start) => {
    const pieces: ElementContent[] = [];
    let cursor = 0;
    for (const span of spans) {
      const from = Math.max(span.start - start, cursor);
      const to = Math.min(span.end - start, node.value.length);
      if (from >= to) continue;
      if (from > cursor) pieces.push(text(node.value.slice(cursor, from)));
      const first = !marked.has(span.id);
      marked.add(span.id);
      pieces.push({
        type: 'element',
        tagName: 'mark',
        properties: { className: [className], ...(first ? { id: excerptAnchor(span.id) } : {}) },
        children: [text(node.value.slice(from, to))],
      });
      if (span.end - start === to) {
        pieces.push({
          type: 'element',
          tagName: 'button',
          properties: { type: 'button', className: ['claim-ref'], popoverTarget: claimAnchor(span.id), ariaLabel: `Claim ${span.n}`, dataN: String(span.n) },
          children: [],
        });
      }
      cursor = to;
    }
    if (cursor < node.value.length) pieces.push(text(node.value.slice(cursor)));
    return pieces;
  });
}

/**
 * Marks each claim's excerpt in the block that holds it, where the corpus placed it, and links
 * it to the claim's entry. The words stay exactly as they are: only elements are added around them.
 */
const rehypeClaimMarks: Plugin<[ClaimMarksOptions?], Root> = (options = {}) => {
  const className = options.className ?? 'claim-mark';
  return (tree, file) => {
    for (const { element, block } of placedBlocks(tree, file)) {
      if (block.claims.length > 0) markSpans(element, block.claims, className);
    }
  };
};

export default rehypeClaimMarks;
