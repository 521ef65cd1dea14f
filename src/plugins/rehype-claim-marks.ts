import type { Element, ElementContent, Root } from 'hast';
import type { Plugin } from 'unified';
import type { ClaimSpan, MentionSpan } from '../lib/text/layout';
import { claimAnchor, excerptAnchor } from '../lib/anchors/fragments';
import { placedBlocks, splitText, text } from './placed-blocks';

/** Options for `rehypeClaimMarks`. */
export interface ClaimMarksOptions {
  /** Class given to each `<mark>`. */
  className?: string;
}

/**
 * Where the last word of `words` begins (0 if it is all one word): after its last breaking space that no mention
 * spans. `offset` is where `words` begins in the block's text, the offsets mentions are placed at.
 */
function lastWord(words: string, offset: number, mentions: readonly MentionSpan[]): number {
  for (let at = words.length - 1; at > 0; at -= 1) {
    if (!/[ \t\n\r]/.test(words[at - 1]!) || /\s/.test(words[at]!)) continue;
    if (!mentions.some((mention) => mention.start < offset + at && mention.end > offset + at - 1)) return at;
  }
  return 0;
}

/**
 * A claim's numbered marker: it has no words of its own and opens the claim's note. It has no `type`: the body is
 * in no form, so it submits nothing, and 26 of them cost the full text 14 bytes less.
 */
const marker = (span: ClaimSpan): Element => ({
  type: 'element',
  tagName: 'button',
  properties: { className: ['claim-ref'], popoverTarget: claimAnchor(span.id), ariaLabel: `Claim ${span.n}`, dataN: String(span.n) },
  children: [],
});

/**
 * Splits a block's text nodes, at any depth, so each claim span becomes `<mark>…</mark>` (in pieces where
 * it crosses inline markup), ended by a numbered marker `<button class="claim-ref" popovertarget="claim-…">`
 * in the piece where the excerpt ends; it opens the claim's note, which the page places after the block.
 * Its name is the claim's number alone: the note, whose summary a screen reader reaches right after the
 * paragraph, would otherwise be read twice.
 *
 * The number never starts a line: a browser may break before or after any button, so the excerpt's last word
 * and the number stand together in a `<span>` that does not wrap (`.claim-mark > span`, with no class: 26 of them
 * cost the full text 25 bytes less). The word is cut from the rest at a space no mention (`mentions`) spans, so
 * that every linked name stays in one text node.
 */
function markSpans(block: Element, spans: readonly ClaimSpan[], mentions: readonly MentionSpan[], className: string): void {
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
      const words = node.value.slice(from, to);
      const ends = span.end - start === to;
      const tail = ends ? lastWord(words, start + from, mentions) : words.length;
      const children: ElementContent[] = tail > 0 ? [text(words.slice(0, tail))] : [];
      if (ends) children.push({ type: 'element', tagName: 'span', properties: {}, children: [text(words.slice(tail)), marker(span)] });
      pieces.push({ type: 'element', tagName: 'mark', properties: { className: [className], ...(first ? { id: excerptAnchor(span.id) } : {}) }, children });
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
      if (block.claims.length > 0) markSpans(element, block.claims, block.mentions, className);
    }
  };
};

export default rehypeClaimMarks;
