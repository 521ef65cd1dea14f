/** A text cut in three around a span: what comes before it, the span, and what follows. */
export interface InContext {
  before: string;
  match: string;
  after: string;
}

/** Abbreviations that end in a full stop without ending a sentence. */
const abbreviation = /(?:\b(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Jr|Sr|vs|No)\.)$/;

/** Offsets where sentences start in `text`: after `.`, `!` or `?` (and a closing quote) and a space. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/[.!?]["”’)]?\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu)) {
    const end = match.index + match[0].length;
    if (!abbreviation.test(text.slice(0, match.index + 1))) starts.push(end);
  }
  return starts;
}

/** The sentence that holds the span `[start, end)`, cut around it. */
export function sentenceAround(text: string, start: number, end: number): InContext {
  const starts = sentenceStarts(text);
  const from = starts.filter((at) => at <= start).at(-1) ?? 0;
  const to = starts.find((at) => at >= end) ?? text.length;
  return { before: text.slice(from, start), match: text.slice(start, end), after: text.slice(end, to).trimEnd() };
}
