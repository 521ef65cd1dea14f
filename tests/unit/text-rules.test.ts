import { describe, expect, it } from 'vitest';
import { characterCount, limits, offsetOfCharacter } from '../../src/lib/check/limits';
import { bodyProblems } from '../../src/lib/check/body-rules';
import { badCharacters, rawTextProblems, textFieldProblems, tooDeep } from '../../src/lib/check/text-rules';

/** The code points `badCharacters` refuses in a text, as U+ names. */
const refused = (text: string, options?: { lines?: boolean; bidi?: boolean }) =>
  badCharacters(text, options).map(({ codePoint }) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`);

describe('badCharacters', () => {
  it.each([
    ['plain text, accents, emoji and Hebrew', 'Jean-Noël 🚢 שלום, “quoted” — fine', []],
    ['tab and line feed', 'a\tb\nc', []],
    ['NUL and BEL', 'a\u0000b\u0007', ['U+0000', 'U+0007']],
    ['DEL and the C1 controls', '\u007f\u0085\u009f', ['U+007F', 'U+0085', 'U+009F']],
    ['a carriage return', 'a\r\nb', ['U+000D']],
    ['an unpaired surrogate', 'a\ud800b', ['U+D800']],
    ['the noncharacters U+FFFE and U+FFFF', '\ufffe\uffff', ['U+FFFE', 'U+FFFF']],
    ['noncharacters beyond the first plane and in U+FDD0 to U+FDEF', '\u{10fffe}a\u{1ffff}\ufdd0', ['U+10FFFE', 'U+1FFFF', 'U+FDD0']],
    ['a right-to-left override', 'abc\u202edef', ['U+202E']],
    ['a left-to-right override, even closed', '\u202dabc\u202c', ['U+202D', 'U+202C']],
    ['an isolate left open', 'Southby \u2067council', ['U+2067']],
    ['a closing control that closes nothing', 'abc\u2069', ['U+2069']],
    ['an isolate opened on one line and closed on the next', 'a\u2066b\nc\u2069', ['U+2066', 'U+2069']],
  ])('in %s: %j', (_case, text, expected) => {
    expect(refused(text)).toEqual(expected);
  });

  it.each([
    ['a closed isolate', 'He said \u2067שלום\u2069 twice'],
    ['a closed embedding', 'x \u202bשלום\u202c y'],
    ['marks, which reverse nothing', 'a\u200eb\u200fc\u061c'],
  ])('allows %s', (_case, text) => {
    expect(refused(text)).toEqual([]);
  });

  it('allows a carriage return before a line feed in a file’s lines, and can leave bidi controls alone', () => {
    expect(refused('a\r\nb\u202e', { lines: true, bidi: false })).toEqual([]);
  });
});

describe('rawTextProblems', () => {
  it('names the character by code point, line and column in characters', () => {
    expect(rawTextProblems('First line.\n🚢🚢 and\u0007 more', 10, 'body')).toEqual([
      { path: 'body', line: 11, message: 'U+0007 (BELL) at column 7 is a control character, invisible to a reader and not allowed in XML: remove it' },
    ]);
  });
});

describe('textFieldProblems', () => {
  const lineText = () => 'headline: "written with an escape"';

  it('checks every text value, whatever its field, and names where the character is', () => {
    const data = { headline: 'Talks\u0007', actors: [{ name: 'Southby \u202e' }], unknown: { nested: ['\u0000'] } };
    expect(textFieldProblems(data, lineText).map((problem) => `${problem.path}: ${problem.message}`)).toEqual([
      'headline: U+0007 (BELL) (written as an escape) at character 6 of the value is a control character, invisible to a reader and not allowed in XML: remove it',
      'actors.0.name: U+202E (RIGHT-TO-LEFT OVERRIDE) (written as an escape) at character 9 of the value is a bidi override, which reverses the text after it and can disguise it: remove it',
      'unknown.nested.0: U+0000 (NULL) (written as an escape) at character 1 of the value is a control character, invisible to a reader and not allowed in XML: remove it',
    ]);
  });

  it('gives the column when the character is written as itself on the field’s line', () => {
    expect(textFieldProblems({ headline: 'A\u202eB' }, () => 'headline: "A\u202eB"').map((problem) => problem.message)).toEqual([
      'U+202E (RIGHT-TO-LEFT OVERRIDE) at column 13 is a bidi override, which reverses the text after it and can disguise it: remove it',
    ]);
  });

  it.each([
    ['a text field at its limit', { headline: 'a'.repeat(limits.text) }, []],
    ['a text field past its limit', { headline: 'a'.repeat(limits.text + 1) }, ['headline']],
    ['an excerpt past the text limit but within its own', { claims: [{ excerpt: 'a'.repeat(limits.excerpt) }] }, []],
    ['an excerpt past its limit', { positions: [{ excerpts: ['a'.repeat(limits.excerpt + 1)] }] }, ['positions.0.excerpts.0']],
    ['emoji, each one character', { headline: '🚢'.repeat(limits.text) }, []],
  ])('measures %s', (_case, data, paths) => {
    expect(textFieldProblems(data, lineText).map((problem) => problem.path)).toEqual(paths);
  });

  it('names the field and the limit', () => {
    expect(textFieldProblems({ keyPoints: ['a'.repeat(2100)] }, lineText)).toEqual([
      { path: 'keyPoints.0', message: 'the value is 2,100 characters long, past the limit of 1,000 for a text field; is more than the field pasted here?' },
    ]);
  });
});

describe('tooDeep', () => {
  const nest = (depth: number): unknown => {
    let value: unknown = 'x';
    for (let level = 0; level < depth; level++) value = [value];
    return value;
  };

  it.each([
    ['the deepest an article needs', { positions: [{ excerpts: ['x'] }] }, undefined],
    ['at the limit', nest(limits.depth), undefined],
    ['one past the limit', nest(limits.depth + 1), Array.from({ length: limits.depth }, () => 0)],
    ['ten thousand deep, without overflowing', nest(10_000), Array.from({ length: limits.depth }, () => 0)],
  ])('%s', (_case, data, path) => {
    expect(tooDeep(data)).toEqual(path);
  });
});

describe('lengths', () => {
  it('count code points, not UTF-16 units', () => {
    expect(characterCount('a🚢é')).toBe(3);
    expect(characterCount('e\u0301')).toBe(2);
    expect(offsetOfCharacter('🚢🚢x', 2)).toBe(4);
  });

  it('let a body of 50,040 emoji through, and count 100,001 characters as one too many', () => {
    expect(bodyProblems('🚢'.repeat(50_040), [{ kind: 'paragraph', id: 'p', depth: 0, line: 1, text: '' }], 1)).toEqual([]);
    const long = bodyProblems('🚢'.repeat(limits.body + 1), [{ kind: 'paragraph', id: 'p', depth: 0, line: 1, text: '' }], 1);
    expect(long.map((problem) => problem.message)).toEqual([
      'the body is 100,001 characters long, past the limit of 100,000 at this line; is more than the article pasted here?',
    ]);
  });
});
