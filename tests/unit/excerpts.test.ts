import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/lib/blocks';
import { locate, occurrences } from '../../src/lib/excerpts';

const blocks: Block[] = [
  { kind: 'paragraph', id: 'p-one', depth: 0, line: 1, text: 'Moscow "definitely will not... agree to" NATO troops—even so.' },
  { kind: 'paragraph', id: 'p-two', depth: 0, line: 3, text: 'Analysts warn. Analysts warn again.' },
  { kind: 'paragraph', id: 'p-three', depth: 0, line: 5, text: 'The end of one thought.' },
];

describe('occurrences', () => {
  it.each([
    ['abcabc', 'abc', [0, 3]],
    ['aaa', 'aa', [0, 1]],
    ['abc', 'x', []],
    ['abc', '', []],
  ])('%s has %s at %o', (haystack, needle, expected) => {
    expect(occurrences(haystack, needle)).toEqual(expected);
  });
});

describe('locate', () => {
  it('places an excerpt that occurs once', () => {
    expect(locate('NATO troops—even so', blocks)).toEqual({ blockId: 'p-one', start: 41, end: 60 });
  });

  it.each([
    ['curly quotes', 'Moscow “definitely will not... agree to”', 'a near match differs in quotes, dashes or spacing in paragraph "p-one"'],
    ['a hyphen for the em-dash', 'troops-even so', 'a near match differs in quotes, dashes or spacing in paragraph "p-one"'],
    ['doubled spaces', 'NATO  troops', 'a near match differs in quotes, dashes or spacing in paragraph "p-one"'],
    ['a span across paragraphs', 'again. The end', 'it runs across two paragraphs; cite one paragraph at a time'],
  ])('rejects %s with a hint', (_case, excerpt, hint) => {
    expect(locate(excerpt, blocks)).toEqual({ reason: 'missing', hint });
  });

  it('rejects text that is not there at all', () => {
    expect(locate('Paris', blocks)).toEqual({ reason: 'missing' });
  });

  it('rejects an excerpt that occurs more than once', () => {
    expect(locate('Analysts warn', blocks)).toEqual({ reason: 'ambiguous', count: 2 });
  });
});
