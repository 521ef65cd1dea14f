/** A pair of quotation marks: the one that opens a quotation and the one that closes it. */
export interface QuotationMarks {
  open: string;
  close: string;
}

/**
 * The quotation marks of English text: straight double quotes and curly ones. The one place the
 * quotation finder learns which marks quote: another language's table (`«…»`, `„…“`) goes beside it.
 */
export const englishMarks: readonly QuotationMarks[] = [
  { open: '"', close: '"' },
  { open: '“', close: '”' },
];

/** A quotation in a text: its span, marks included. */
export interface QuotedSpan {
  start: number;
  end: number;
  text: string;
}

/** A text as a regular expression that matches it literally. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/** Every quotation in `text` between one of the `marks` pairs, marks included, in order; a pair never nests. */
export function quotedSpans(text: string, marks: readonly QuotationMarks[] = englishMarks): QuotedSpan[] {
  const pattern = new RegExp(marks.map(({ open, close }) => `${escapeRegExp(open)}[^${escapeRegExp(close)}]+${escapeRegExp(close)}`).join('|'), 'g');
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
}
