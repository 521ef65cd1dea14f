import type { Block } from './blocks';

/** Where an excerpt sits: the block holding it and its offset in the block's text. */
export interface Location {
  blockId: string;
  start: number;
  end: number;
}

/** A difference authors most often introduce by accident when they copy an excerpt. */
export type Slip = 'quote marks' | 'dashes' | 'ellipses' | 'spacing';

/**
 * Why an excerpt could not be placed: not there at all; there but for `slips`, as `found` at `line`;
 * running across the blocks at `lines`; or there more than once.
 */
export type LocateFailure =
  | { reason: 'missing' }
  | { reason: 'near'; found: string; line: number; slips: Slip[] }
  | { reason: 'split'; lines: number[] }
  | { reason: 'ambiguous'; count: number };

/** Every start offset of `needle` in `haystack`. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

const slips: Record<Slip, [RegExp, string][]> = {
  'quote marks': [
    [/[\u2018\u2019]/, "'"],
    [/[\u201C\u201D]/, '"'],
  ],
  dashes: [[/[\u2013\u2014]|--/, '-']],
  ellipses: [[/\u2026/, '...']],
  spacing: [[/\s+/, ' ']],
};

/** Text with the given slips folded away, and for each folded character the span of the original it stands for. */
interface Folded {
  text: string;
  from: number[];
  to: number[];
}

function fold(text: string, kinds: readonly Slip[] = Object.keys(slips) as Slip[]): Folded {
  const rules = kinds.flatMap((kind) => slips[kind]);
  const pattern = new RegExp(rules.map(([source]) => `(${source.source})`).join('|'), 'g');
  const folded: Folded = { text: '', from: [], to: [] };
  let at = 0;
  const keep = (end: number) => {
    for (; at < end; at++) {
      folded.text += text[at];
      folded.from.push(at);
      folded.to.push(at + 1);
    }
  };
  for (const match of text.matchAll(pattern)) {
    keep(match.index);
    const replacement = rules[match.slice(1).findIndex((group) => group !== undefined)]![1];
    for (const character of replacement) {
      folded.text += character;
      folded.from.push(match.index);
      folded.to.push(match.index + match[0].length);
    }
    at = match.index + match[0].length;
  }
  keep(text.length);
  return folded;
}

/** The kinds of slip that set two texts apart: those whose folding is needed to make them equal. */
function slipsBetween(a: string, b: string): Slip[] {
  const kinds = Object.keys(slips) as Slip[];
  return kinds.filter((kind) => {
    const others = kinds.filter((other) => other !== kind);
    return fold(a, others).text !== fold(b, others).text;
  });
}

/** Where the excerpt is, once slips are forgiven: in one block, as `found`, or across several. */
function nearMiss(excerpt: string, blocks: readonly Block[]): LocateFailure {
  const loose = fold(excerpt).text;
  for (const block of blocks) {
    const folded = fold(block.text);
    const at = folded.text.indexOf(loose);
    if (at === -1 || !loose) continue;
    const found = block.text.slice(folded.from[at], folded.to[at + loose.length - 1]);
    return { reason: 'near', found, line: block.line, slips: slipsBetween(excerpt, found) };
  }
  // Across blocks: join their folded texts with a space and note where each begins.
  const starts: number[] = [];
  let joined = '';
  for (const block of blocks) {
    starts.push(joined.length + (joined ? 1 : 0));
    joined += (joined ? ' ' : '') + fold(block.text).text;
  }
  const at = joined.indexOf(loose);
  if (at === -1 || !loose) return { reason: 'missing' };
  const lines = blocks.filter((block, index) => {
    const start = starts[index]!;
    return start < at + loose.length && at < start + fold(block.text).text.length;
  });
  return { reason: 'split', lines: lines.map((block) => block.line) };
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
  return nearMiss(excerpt, blocks);
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
