import type { Element, ElementContent, Root, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { occurrences } from '../lib/text/excerpts';
import { claimAnchor, excerptAnchor } from '../lib/publish/urls';

/** Options for `rehypeClaimMarks`. */
export interface ClaimMarksOptions {
  /** Class given to each `<mark>`. */
  className?: string;
}

interface Span {
  id: string;
  /** 1-based position of the claim in the frontmatter, shown as its marker. */
  n: number;
  summary: string;
  start: number;
  end: number;
}

/** The claims an MDX file's frontmatter declares, as far as marking needs them. */
function claimsOf(frontmatter: unknown): { id: string; excerpt: string; summary: string; n: number }[] {
  const claims = (frontmatter as { claims?: unknown } | undefined)?.claims;
  if (!Array.isArray(claims)) return [];
  return claims.flatMap((claim, index) =>
    typeof claim?.id === 'string' && typeof claim?.excerpt === 'string'
      ? [{ id: claim.id, excerpt: claim.excerpt, summary: typeof claim.summary === 'string' ? claim.summary : claim.id, n: index + 1 }]
      : [],
  );
}

/**
 * Splits a paragraph's text nodes so each claim span becomes `<mark>…</mark>`, followed by a
 * numbered marker `<button class="claim-ref" popovertarget="claim-…">` that has no words of its
 * own and opens the claim's note (placed after the paragraph by the page) where it is read.
 */
function markSpans(paragraph: Element, spans: readonly Span[], className: string): void {
  let offset = 0;
  const marked = new Set<string>();
  paragraph.children = paragraph.children.flatMap((child): ElementContent[] => {
    if (child.type !== 'text') {
      offset += textLength(child);
      return [child];
    }
    const start = offset;
    offset += child.value.length;
    const pieces: ElementContent[] = [];
    let cursor = 0;
    for (const span of spans) {
      const from = Math.max(span.start - start, cursor);
      const to = Math.min(span.end - start, child.value.length);
      if (from >= to) continue;
      if (from > cursor) pieces.push(text(child.value.slice(cursor, from)));
      const first = !marked.has(span.id);
      marked.add(span.id);
      pieces.push({
        type: 'element',
        tagName: 'mark',
        properties: { className: [className], ...(first ? { id: excerptAnchor(span.id) } : {}) },
        children: [text(child.value.slice(from, to))],
      });
      if (span.end - start === to) {
        pieces.push({
          type: 'element',
          tagName: 'button',
          properties: { type: 'button', className: ['claim-ref'], popoverTarget: claimAnchor(span.id), ariaLabel: `Claim ${span.n}: ${span.summary}`, dataN: String(span.n) },
          children: [],
        });
      }
      cursor = to;
    }
    if (cursor < child.value.length) pieces.push(text(child.value.slice(cursor)));
    return pieces;
  });
}

const text = (value: string): Text => ({ type: 'text', value });

function textLength(node: ElementContent): number {
  if (node.type === 'text') return node.value.length;
  if (node.type === 'element') return node.children.reduce((sum, child) => sum + textLength(child), 0);
  return 0;
}

/**
 * Marks each claim's excerpt in the paragraph that holds it and links it to the claim's entry.
 * The words stay exactly as they are: only elements are added around them.
 */
const rehypeClaimMarks: Plugin<[ClaimMarksOptions?], Root> = (options = {}) => {
  const className = options.className ?? 'claim-mark';
  return (tree, file) => {
    const claims = claimsOf((file.data as { astro?: { frontmatter?: unknown } }).astro?.frontmatter);
    if (claims.length === 0) return;
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      const value = toString(node);
      const spans = claims
        .flatMap((claim) => occurrences(value, claim.excerpt).map((start) => ({ ...claim, start, end: start + claim.excerpt.length })))
        .sort((a, b) => a.start - b.start);
      if (spans.length > 0) markSpans(node, spans, className);
    }
  };
};

export default rehypeClaimMarks;
