import type { Block } from './blocks';

/** Where an excerpt sits: the block holding it and its offset in the block's text. */
export interface Location {
  blockId: string;
  start: number;
  end: number;
}

/** Why an excerpt could not be placed. */
export type LocateFailure = { reason: 'missing'; hint?: string } | { reason: 'ambiguous'; count: number };

/** Every start offset of `needle` in `haystack`. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Folds the differences authors most often introduce by accident: curly quotes, dashes, spacing. */
function loosen(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]|--/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ');
}

/**
 * Finds the one block whose text holds the excerpt verbatim.
 * An excerpt must occur exactly once in the whole body and never across two blocks.
 */
export function locate(excerpt: string, blocks: readonly Block[]): Location | LocateFailure {
  const hits = blocks.flatMap((block) =>
    occurrences(block.text, excerpt).map((start) => ({ blockId: block.id, start, end: start + excerpt.length })),
  );
  if (hits.length === 1) return hits[0]!;
  if (hits.length > 1) return { reason: 'ambiguous', count: hits.length };
  const loose = loosen(excerpt);
  const near = blocks.find((block) => loosen(block.text).includes(loose));
  if (near) return { reason: 'missing', hint: `a near match differs in quotes, dashes or spacing in paragraph "${near.id}"` };
  const joined = blocks.map((block) => block.text).join(' ');
  if (joined.includes(excerpt)) return { reason: 'missing', hint: 'it runs across two paragraphs; cite one paragraph at a time' };
  return { reason: 'missing' };
}

/** Narrows a `locate` result. */
export function isLocation(result: Location | LocateFailure): result is Location {
  return 'blockId' in result;
}

/** A text cut around the first occurrence of an excerpt, for showing it highlighted in place. */
export function splitAround(text: string, excerpt: string): { before: string; match: string; after: string } {
  const at = text.indexOf(excerpt);
  if (at === -1 || !excerpt) return { before: text, match: '', after: '' };
  return { before: text.slice(0, at), match: excerpt, after: text.slice(at + excerpt.length) };
}
