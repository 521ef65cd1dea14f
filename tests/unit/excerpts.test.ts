import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/lib/text/blocks';
import { locate, occurrences, type Difference, type Slip } from '../../src/lib/text/excerpts';

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

  it.each<[string, string, string, Slip[]]>([
    ['curly quotes', 'Moscow “definitely will not... agree to”', 'Moscow "definitely will not... agree to"', ['quote marks']],
    ['a hyphen for the em-dash', 'troops-even so', 'troops—even so', ['dashes']],
    ['two hyphens for the em-dash', 'troops--even so', 'troops—even so', ['dashes']],
    ['an ellipsis character', 'not… agree', 'not... agree', ['ellipses']],
    ['doubled spaces', 'NATO  troops', 'NATO troops', ['spacing']],
    ['curly quotes and a line break', '“definitely\nwill not', '"definitely will not', ['quote marks', 'spacing']],
    ['guillemets for straight quotes', 'Moscow «definitely will not... agree to»', 'Moscow "definitely will not... agree to"', ['quote marks']],
    ['German marks for straight quotes', 'Moscow „definitely will not... agree to“', 'Moscow "definitely will not... agree to"', ['quote marks']],
  ])('finds the near match for %s, and says what differs', (_case, excerpt, found, slips) => {
    expect(locate(excerpt, blocks)).toEqual({ reason: 'near', found, line: 1, slips });
  });

  it.each([
    ['two paragraphs', 'again. The end', [3, 5]],
    ['two paragraphs, with a doubled space', 'again.  The end', [3, 5]],
    ['three paragraphs', 'even so. Analysts warn. Analysts warn again. The end', [1, 3, 5]],
  ])('says which lines an excerpt spans across %s', (_case, excerpt, lines) => {
    expect(locate(excerpt, blocks)).toEqual({ reason: 'split', lines });
  });

  const lookAlikes: Block[] = [
    { kind: 'paragraph', id: 'p-one', depth: 0, line: 7, text: 'Jean-No\u00ebl said it would cost less than\u00a0two.' },
  ];

  it.each<[string, string, Slip[], Difference]>([
    ['a zero-width space', 'cost\u200b less', ['invisible characters'], { at: 5, excerpt: [0x200b], body: [] }],
    ['a soft hyphen', 'co\u00adst less', ['invisible characters'], { at: 3, excerpt: [0xad], body: [] }],
    ['a plain space for the body’s no-break space', 'less than two', ['non-breaking spaces'], { at: 10, excerpt: [0x20], body: [0xa0] }],
    ['a decomposed accent (NFD) for the body’s composed one (NFC)', 'Jean-Noe\u0308l said', ['Unicode normalisation'], { at: 8, excerpt: [0x65, 0x308], body: [0xeb] }],
  ])('finds the look-alike for %s, and says which character differs and where', (_case, excerpt, slips, difference) => {
    const result = locate(excerpt, lookAlikes);
    expect(result).toMatchObject({ reason: 'near', line: 7, slips, difference });
  });

  it('finds a composed excerpt in a decomposed body', () => {
    const decomposed: Block[] = [{ kind: 'paragraph', id: 'p-one', depth: 0, line: 2, text: 'Jean-Noe\u0308l said so.' }];
    expect(locate('Jean-No\u00ebl said', decomposed)).toMatchObject({ reason: 'near', found: 'Jean-Noe\u0308l said', slips: ['Unicode normalisation'] });
  });

  it('rejects text that is not there at all', () => {
    expect(locate('Paris', blocks)).toEqual({ reason: 'missing' });
  });

  it('rejects an excerpt that occurs more than once', () => {
    expect(locate('Analysts warn', blocks)).toEqual({ reason: 'ambiguous', count: 2 });
  });
});

describe('the cost of locating excerpts', () => {
  it('reads each block of a body once, however many excerpts are looked for, found or not', () => {
    let reads = 0;
    const counted: Block[] = Array.from({ length: 50 }, (_, n) => {
      const text = `Paragraph ${n} says the ferry will sail on day ${n}.`;
      return { kind: 'paragraph', id: `p-${n}`, depth: 0, line: 2 * n + 1, get text() { reads++; return text; } };
    });
    const lookUp = (count: number) => {
      for (let n = 0; n < count; n++) locate(n % 2 === 0 ? `Paragraph ${n} says` : `Claim ${n} is nowhere`, counted);
      return reads;
    };
    const first = lookUp(10);
    expect(first).toBeLessThanOrEqual(2 * counted.length);
    expect(lookUp(200)).toBe(first);
  });
});
