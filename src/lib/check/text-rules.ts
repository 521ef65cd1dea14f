import { codePointName } from '../text/characters';
import { lineAt } from '../source/frontmatter';
import { characterCount, excerptFields, formatCount, limits } from './limits';
import type { Problem } from '../source/problems';

/** A character in a text that the site cannot publish, at its UTF-16 offset, with why. */
export interface BadCharacter {
  offset: number;
  codePoint: number;
  why: string;
}

const openers = new Map([
  [0x202a, 0x202c],
  [0x202b, 0x202c],
  [0x2066, 0x2069],
  [0x2067, 0x2069],
  [0x2068, 0x2069],
]);

/**
 * The characters a text may not hold: C0 and C1 control characters (tab and line feed aside, and a
 * carriage return before a line feed where `lines` is set), which are invisible, and which XML forbids so
 * that one of them makes the feed unreadable; unpaired surrogates, which no output can encode; noncharacters
 * (U+FFFE, U+FDD0 to U+FDEF, and the last two code points of every plane), which HTML and XML treat as errors; bidi overrides, which reverse what follows them (in a page's title, the
 * site's own name); and embeddings and isolates left open or closed without opening, which do the same.
 * Bidi controls pair within a line. `lines` allows a carriage return before a line feed; `bidi: false`
 * leaves bidi controls alone.
 */
export function badCharacters(text: string, { lines = false, bidi = true } = {}): BadCharacter[] {
  const found: BadCharacter[] = [];
  let open: { offset: number; codePoint: number }[] = [];
  const unclosed = () => {
    for (const { offset, codePoint } of open) found.push({ offset, codePoint, why: 'a bidi control left open, which reverses the text after it: close it or remove it' });
    open = [];
  };
  for (let offset = 0; offset < text.length; offset++) {
    const codePoint = text.codePointAt(offset)!;
    const noncharacter = (codePoint >= 0xfdd0 && codePoint <= 0xfdef) || (codePoint & 0xfffe) === 0xfffe;
    if (noncharacter) found.push({ offset, codePoint, why: 'a noncharacter, which HTML and XML treat as an error: remove it' });
    if (codePoint > 0xffff) offset++;
    if (noncharacter || codePoint > 0xffff) continue;
    if (codePoint === 0x0a) unclosed();
    if (codePoint === 0x09 || codePoint === 0x0a || (lines && codePoint === 0x0d && text.charCodeAt(offset + 1) === 0x0a)) continue;
    if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) {
      found.push({ offset, codePoint, why: 'a control character, invisible to a reader and not allowed in XML: remove it' });
    } else if (codePoint >= 0xd800 && codePoint <= 0xdfff) {
      found.push({ offset, codePoint, why: 'half of a surrogate pair, which no output can encode: remove it' });
    } else if (!bidi) {
      continue;
    } else if (codePoint === 0x202d || codePoint === 0x202e) {
      found.push({ offset, codePoint, why: 'a bidi override, which reverses the text after it and can disguise it: remove it' });
    } else if (openers.has(codePoint)) {
      open.push({ offset, codePoint });
    } else if (codePoint === 0x202c || codePoint === 0x2069) {
      const at = open.findLastIndex((opened) => openers.get(opened.codePoint) === codePoint);
      if (at === -1) found.push({ offset, codePoint, why: 'a bidi control that closes nothing: remove it' });
      else open.splice(at);
    }
  }
  unclosed();
  return found.sort((a, b) => a.offset - b.offset);
}

/** The 1-based line and column (in characters) of an offset in a text. */
function position(text: string, offset: number): { line: number; column: number } {
  return { line: lineAt(text, offset), column: characterCount(text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset)) + 1 };
}

/**
 * The characters a stretch of the file may not hold, each named by code point, line and column.
 * `firstLine` is the file's line where `text` starts; `path` names the part (`body`, `frontmatter`);
 * `bidi: false` leaves bidi controls to be named by field.
 */
export function rawTextProblems(text: string, firstLine: number, path: string, bidi = true): Problem[] {
  return badCharacters(text, { lines: true, bidi }).map(({ offset, codePoint, why }) => {
    const { line, column } = position(text, offset);
    return { path, line: firstLine + line - 1, message: `${codePointName(codePoint)} at column ${column} is ${why}` };
  });
}

/** Every text value in parsed frontmatter, with its path; iterative, so no depth of nesting overflows it. */
function textValues(data: unknown): { path: (string | number)[]; text: string }[] {
  const found: { path: (string | number)[]; text: string }[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') found.push({ path, text: value });
    else if (Array.isArray(value)) value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, path: [...path, key] });
    }
  }
  return found.reverse();
}

/** How deep lists and fields nest in parsed frontmatter, and the path of the first value past `limit`. */
export function tooDeep(data: unknown, limit = limits.depth): (string | number)[] | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object' || value instanceof Date) continue;
    if (path.length >= limit) return path;
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
    for (const [key, item] of entries) stack.push({ value: item, path: [...path, key] });
  }
  return undefined;
}

/**
 * Every frontmatter text value, whatever its field, checked for characters it may not hold (`badCharacters`)
 * and for its length: at most `limits.text` characters, `limits.excerpt` for excerpts. `lineText` gives the
 * file's text on the line of a path, so a character written as itself is placed by column; one written as a
 * YAML escape (`"\a"`) is placed by its position in the value.
 */
export function textFieldProblems(data: unknown, lineText: (path: readonly (string | number)[]) => string): Problem[] {
  return textValues(data).flatMap(({ path, text }) => {
    const field = path.filter((segment) => typeof segment === 'string').at(-1) ?? '';
    const limit = excerptFields.includes(field) ? limits.excerpt : limits.text;
    const label = path.join('.');
    const problems: Problem[] = badCharacters(text).map(({ offset, codePoint, why }) => {
      const character = String.fromCodePoint(codePoint);
      const line = lineText(path);
      const where = line.includes(character)
        ? `at column ${characterCount(line.slice(0, line.indexOf(character))) + 1}`
        : `(written as an escape) at character ${characterCount(text.slice(0, offset)) + 1} of the value`;
      return { path: label, message: `${codePointName(codePoint)} ${where} is ${why}` };
    });
    const length = characterCount(text);
    if (length > limit) {
      problems.push({
        path: label,
        message: `the value is ${formatCount(length)} characters long, past the limit of ${formatCount(limit)} for ${excerptFields.includes(field) ? 'an excerpt' : 'a text field'}; is more than the field pasted here?`,
      });
    }
    return problems;
  });
}
