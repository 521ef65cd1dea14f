import type { Block } from './blocks';

/** Where an excerpt sits: the block holding it and its offset in the block's text. */
export interface Location {
  blockId: string;
  start: number;
  end: number;
}

/**
 * A difference authors most often introduce by accident when they copy an excerpt: the first four are
 * visible; the last three are not, and the strings look identical.
 */
export type Slip = 'quote marks' | 'dashes' | 'ellipses' | 'spacing' | 'non-breaking spaces' | 'invisible characters' | 'Unicode normalisation';

/** The first place two look-alike texts differ: the code points each has there, from character `at` (1-based) of the excerpt. */
export interface Difference {
  at: number;
  excerpt: number[];
  body: number[];
}

/**
 * Why an excerpt could not be placed: not there at all; there but for `slips`, as `found` at `line`
 * (with the first `difference` when the slips are invisible); running across the blocks at `lines`;
 * or there more than once.
 */
export type LocateFailure =
  | { reason: 'missing' }
  | { reason: 'near'; found: string; line: number; slips: Slip[]; difference?: Difference }
  | { reason: 'split'; lines: number[] }
  | { reason: 'ambiguous'; count: number };

/** Every start offset of `needle` in `haystack`. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

type Folding = Exclude<Slip, 'Unicode normalisation'>;

// Order matters: the first rule that matches a character folds it, so the narrow ones come first.
const slips: Record<Folding, [RegExp, string][]> = {
  // Every language's marks (language.ts): ‘’‚‹› single, “”„«»「」『』 double.
  'quote marks': [
    [/[\u2018\u2019\u201A\u2039\u203A]/, "'"],
    [/[\u201C\u201D\u201E\u00AB\u00BB\u300C\u300D\u300E\u300F]/, '"'],
  ],
  dashes: [[/[\u2013\u2014]|--/, '-']],
  ellipses: [[/\u2026/, '...']],
  'non-breaking spaces': [[/[\u00A0\u202F\u2007]/, ' ']],
  'invisible characters': [[/[\u200B\u200C\u200D\u2060\u00AD\uFEFF]/, '']],
  spacing: [[/[^\S\u00A0\u202F\u2007\uFEFF]+/, ' ']],
};
const foldings = Object.keys(slips) as Folding[];

/** Text with the given slips folded away, and for each folded character the span of the original it stands for. */
interface Folded {
  text: string;
  from: number[];
  to: number[];
}

const patterns = new Map<string, RegExp>();

function fold(text: string, kinds: readonly Folding[] = foldings): Folded {
  const rules = kinds.flatMap((kind) => slips[kind]);
  const key = kinds.join();
  const pattern = patterns.get(key) ?? new RegExp(rules.map(([source]) => `(${source.source})`).join('|'), 'g');
  patterns.set(key, pattern);
  const folded: Folded = { text: '', from: [], to: [] };
  const parts: string[] = [];
  let at = 0;
  const keep = (end: number) => {
    parts.push(text.slice(at, end));
    for (; at < end; at++) {
      folded.from.push(at);
      folded.to.push(at + 1);
    }
  };
  for (const match of text.matchAll(pattern)) {
    keep(match.index);
    const replacement = rules[match.slice(1).findIndex((group) => group !== undefined)]![1];
    parts.push(replacement);
    for (let index = 0; index < replacement.length; index++) {
      folded.from.push(match.index);
      folded.to.push(match.index + match[0].length);
    }
    at = match.index + match[0].length;
  }
  keep(text.length);
  folded.text = parts.join('');
  return folded;
}

/** The kinds of slip that set two texts apart: those whose folding is needed to make them equal. */
function slipsBetween(a: string, b: string): Slip[] {
  return foldings.filter((kind) => {
    const others = foldings.filter((other) => other !== kind);
    return fold(a, others).text !== fold(b, others).text;
  });
}

/** The first difference between two texts, in code points, each side up to where they agree again (at most three). */
export function firstDifference(excerpt: string, found: string): Difference | undefined {
  const a = [...excerpt].map((character) => character.codePointAt(0)!);
  const b = [...found].map((character) => character.codePointAt(0)!);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  if (start === a.length && start === b.length) return undefined;
  // The shortest pair of stretches after which the two agree again.
  for (let size = 1; size <= 6; size++) {
    for (let left = 0; left <= size; left++) {
      const right = size - left;
      if (a.slice(start + left, start + left + 8).join() === b.slice(start + right, start + right + 8).join()) {
        return { at: start + 1, excerpt: a.slice(start, start + left), body: b.slice(start, start + right) };
      }
    }
  }
  return { at: start + 1, excerpt: a.slice(start, start + 3), body: b.slice(start, start + 3) };
}

/**
 * A body read once, so that each excerpt costs one search of the whole text rather than one per block:
 * the blocks' texts joined, as written and with slips folded, with where each block starts in each.
 * Blocks are joined with NUL, which no checked text holds, so no match runs from one block into the next;
 * `spaced` joins the folded texts with a space instead, to find an excerpt that runs across blocks.
 */
interface BodyIndex {
  exact: string;
  exactStarts: number[];
  folded: Folded[];
  loose: string;
  looseStarts: number[];
  spaced: string;
}

/**
 * The last body indexed: the check, the placing and the analysis each locate all of one article's excerpts
 * before the next article's. Keeping every body's index for as long as its blocks live held two numbers a
 * character for every article of a story, about 0.1 MB each, for the length of a build.
 */
let lastIndexed: { blocks: readonly Block[]; index: BodyIndex } | undefined;

/** Where each of several texts starts once they are joined with one character between them. */
function startsOf(texts: readonly string[]): number[] {
  const starts: number[] = [];
  let length = 0;
  for (const text of texts) {
    starts.push(length);
    length += text.length + 1;
  }
  return starts;
}

/** The index of the text that holds an offset of the joined texts: the last start at or before it. */
function owner(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The body's index, built on first use and kept until another body is indexed. */
function indexOf(blocks: readonly Block[]): BodyIndex {
  if (lastIndexed?.blocks === blocks) return lastIndexed.index;
  const texts = blocks.map((block) => block.text);
  const folded = texts.map((text) => fold(text));
  const looseTexts = folded.map((block) => block.text);
  const index: BodyIndex = {
    exact: texts.join('\0'),
    exactStarts: startsOf(texts),
    folded,
    loose: looseTexts.join('\0'),
    looseStarts: startsOf(looseTexts),
    spaced: looseTexts.join(' '),
  };
  lastIndexed = { blocks, index };
  return index;
}

/** Where the excerpt is once slips are forgiven, in one block, as written there. */
function nearIn(excerpt: string, blocks: readonly Block[], index: BodyIndex): { found: string; line: number } | undefined {
  const loose = fold(excerpt).text;
  if (!loose || loose.includes('\0')) return undefined;
  const at = index.loose.indexOf(loose);
  if (at === -1) return undefined;
  const position = owner(index.looseStarts, at);
  const folded = index.folded[position]!;
  const start = at - index.looseStarts[position]!;
  const block = blocks[position]!;
  return { found: block.text.slice(folded.from[start], folded.to[start + loose.length - 1]), line: block.line };
}

/**
 * Where the excerpt is, once slips are forgiven: in one block, as `found`, or across several. An excerpt
 * that differs from the body only in how its accents are encoded (NFC and NFD) is found too. Each block is
 * folded once per body, so each excerpt costs one search of the body.
 */
function nearMiss(excerpt: string, blocks: readonly Block[]): LocateFailure {
  const index = indexOf(blocks);
  const near = nearIn(excerpt, blocks, index);
  const invisible = (slips: Slip[]) => slips.some((slip) => slip === 'non-breaking spaces' || slip === 'invisible characters');
  if (near) {
    const slips = slipsBetween(excerpt, near.found);
    const difference = invisible(slips) ? firstDifference(excerpt, near.found) : undefined;
    return { reason: 'near', ...near, slips, ...(difference ? { difference } : {}) };
  }
  for (const form of ['NFC', 'NFD'] as const) {
    const normalised = excerpt.normalize(form);
    const renormalised = normalised === excerpt ? undefined : nearIn(normalised, blocks, index);
    if (!renormalised) continue;
    const difference = firstDifference(excerpt, renormalised.found);
    return { reason: 'near', ...renormalised, slips: ['Unicode normalisation', ...slipsBetween(normalised, renormalised.found)], ...(difference ? { difference } : {}) };
  }
  const loose = fold(excerpt).text;
  const at = index.spaced.indexOf(loose);
  if (at === -1 || !loose) return { reason: 'missing' };
  // The spaced text has the same starts as the NUL-joined one: one character between blocks in both.
  const lines = blocks.filter((_, position) => {
    const start = index.looseStarts[position]!;
    return start < at + loose.length && at < start + index.folded[position]!.text.length;
  });
  return { reason: 'split', lines: lines.map((block) => block.line) };
}

/**
 * Finds the one block whose text holds the excerpt verbatim.
 * An excerpt must occur exactly once in the whole body and never across two blocks.
 */
export function locate(excerpt: string, blocks: readonly Block[]): Location | LocateFailure {
  const index = indexOf(blocks);
  const hits = excerpt.includes('\0')
    ? []
    : occurrences(index.exact, excerpt).map((at) => {
        const position = owner(index.exactStarts, at);
        const start = at - index.exactStarts[position]!;
        return { blockId: blocks[position]!.id, start, end: start + excerpt.length };
      });
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
