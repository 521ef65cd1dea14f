import { describe, expect, it } from 'vitest';
import { decodeArticle, firstInvalidByte } from '../../src/lib/source/encoding';

const utf8 = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => Uint8Array.from(text, (character) => character.charCodeAt(0));
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));

/** What decoding says: the text, or `line: message`. */
function decoded(bytes: Uint8Array): string {
  const result = decodeArticle(bytes);
  return 'text' in result ? result.text : `${result.problem.line}: ${result.problem.message}`;
}

const save = 'save it as UTF-8 (in most editors: "Save with encoding" or "Save as", then "UTF-8", not "UTF-8 with BOM")';

describe('decodeArticle', () => {
  it.each([
    ['UTF-8 with LF', utf8('---\nname: Jean-Noël\n---\n'), '---\nname: Jean-Noël\n---\n'],
    ['UTF-8 with CRLF', utf8('---\r\nname: x\r\n---\r\n'), '---\r\nname: x\r\n---\r\n'],
    ['Latin-1', latin1('---\nname: Jean-No\u00ebl\n---\n'), `2: the file is not UTF-8: byte 0xEB at byte offset 17 is not valid UTF-8 (the file is probably Latin-1 or Windows-1252); ${save}`],
    ['UTF-16 with a byte-order mark', new Uint8Array([0xff, 0xfe, ...utf16le('---\n')]), `1: the file is UTF-16 (little-endian), not UTF-8: ${save}`],
    ['UTF-16 big-endian with a byte-order mark', new Uint8Array([0xfe, 0xff, 0, 0x2d]), `1: the file is UTF-16 (big-endian), not UTF-8: ${save}`],
    ['UTF-16 without one', utf16le('---\nheadline: x\n---\n'), `1: the file is UTF-16 (little-endian), not UTF-8: ${save}`],
    ['UTF-8 with a byte-order mark', utf8('\ufeff---\n'), `1: the file starts with a UTF-8 byte-order mark (BOM), which would end up in the first field or the text: ${save}`],
    ['CR line endings', utf8('---\rname: x\r---\r'), "1: the file's lines end with CR alone (old Mac line endings); save the file with LF (Unix) or CRLF (Windows) line endings"],
    ['one CR line ending among LFs', utf8('---\nname: x\r---\n'), '2: a line ends with CR alone (old Mac line ending); save the file with LF (Unix) or CRLF (Windows) line endings'],
  ])('reads %s', (_case, bytes, expected) => {
    expect(decoded(bytes)).toBe(expected);
  });
});

describe('firstInvalidByte', () => {
  it.each([
    ['ASCII', [0x61, 0x62], -1],
    ['a two-byte character', [0xc3, 0xab], -1],
    ['a four-byte character', [0xf0, 0x9f, 0x9a, 0xa2], -1],
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['an overlong encoding', [0xc0, 0xaf], 0],
    ['an encoded surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
    ['a truncated sequence', [0x61, 0x62, 0xe2, 0x82], 2],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
  ])('finds %s at %i', (_case, bytes, offset) => {
    expect(firstInvalidByte(new Uint8Array(bytes))).toBe(offset);
  });
});
