import type { Problem } from './problems';

/** An article file's bytes read as text, or why they cannot be: what the file is and how to save it. */
export type Decoded = { text: string } | { problem: Problem & { line: number } };

const saveAsUtf8 = 'save it as UTF-8 (in most editors: "Save with encoding" or "Save as", then "UTF-8", not "UTF-8 with BOM")';

/** The 1-based line of a byte offset: one more than the line feeds before it. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let at = 0; at < offset; at++) if (bytes[at] === 0x0a) line++;
  return line;
}

/** The offset of the first byte that does not begin a well-formed UTF-8 sequence, or -1. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const byte = bytes[at]!;
    // The well-formed sequences of Unicode's table 3-7: lead byte, length, and the range of the second byte.
    const [length, low, high] =
      byte < 0x80 ? [1, 0, 0]
      : byte >= 0xc2 && byte <= 0xdf ? [2, 0x80, 0xbf]
      : byte === 0xe0 ? [3, 0xa0, 0xbf]
      : byte === 0xed ? [3, 0x80, 0x9f]
      : byte >= 0xe1 && byte <= 0xef ? [3, 0x80, 0xbf]
      : byte === 0xf0 ? [4, 0x90, 0xbf]
      : byte >= 0xf1 && byte <= 0xf3 ? [4, 0x80, 0xbf]
      : byte === 0xf4 ? [4, 0x80, 0x8f]
      : [0, 0, 0];
    if (length === 0) return at;
    for (let next = 1; next < length; next++) {
      const continuation = bytes[at + next];
      const [min, max] = next === 1 ? [low, high] : [0x80, 0xbf];
      if (continuation === undefined || continuation < min || continuation > max) return at;
    }
    at += length;
  }
  return -1;
}

/** Whether bytes look like UTF-16 without a byte-order mark: ASCII text with a zero byte beside each character. */
function looksLikeUtf16(bytes: Uint8Array): 'LE' | 'BE' | undefined {
  const sample = bytes.subarray(0, 200);
  if (sample.length < 4) return undefined;
  const zeros = (parity: number) => sample.filter((byte, index) => index % 2 === parity && byte === 0).length;
  const half = Math.floor(sample.length / 2);
  if (zeros(1) > half * 0.8) return 'LE';
  if (zeros(0) > half * 0.8) return 'BE';
  return undefined;
}

/**
 * Reads an article's bytes as UTF-8, as the build does, but strictly: a file in another encoding would
 * otherwise be read with replacement characters (breaking the verbatim rule without a word) or stop the
 * build without naming the file. UTF-16, a byte-order mark and lines ended by CR alone are named as such,
 * with how to save the file.
 */
export function decodeArticle(bytes: Uint8Array): Decoded {
  const refuse = (message: string, line = 1): Decoded => ({ problem: { path: 'file', line, message } });
  const bom = bytes[0] === 0xfe && bytes[1] === 0xff ? 'BE' : bytes[0] === 0xff && bytes[1] === 0xfe ? 'LE' : looksLikeUtf16(bytes);
  if (bom) return refuse(`the file is UTF-16 (${bom === 'LE' ? 'little' : 'big'}-endian), not UTF-8: ${saveAsUtf8}`);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return refuse(`the file starts with a UTF-8 byte-order mark (BOM), which would end up in the first field or the text: ${saveAsUtf8}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const invalid = firstInvalidByte(bytes);
    const byte = bytes[invalid]!.toString(16).toUpperCase().padStart(2, '0');
    return refuse(
      `the file is not UTF-8: byte 0x${byte} at byte offset ${invalid} is not valid UTF-8 (the file is probably Latin-1 or Windows-1252); ${saveAsUtf8}`,
      lineOfByte(bytes, invalid),
    );
  }
  const loneCr = /\r(?!\n)/.exec(text);
  if (loneCr) {
    const line = text.slice(0, loneCr.index).split('\n').length;
    const all = !text.includes('\n');
    return refuse(
      `${all ? "the file's lines end with CR alone (old Mac line endings)" : 'a line ends with CR alone (old Mac line ending)'}; save the file with LF (Unix) or CRLF (Windows) line endings`,
      line,
    );
  }
  return { text };
}
