import nlp from 'compromise';

/** How a line of a plain capture ends: a sentence, a cut where a link was, or a subheading. */
export type LineEnd = 'sentence' | 'cut' | 'heading';

/** Words a sentence cannot end on: a line that stops on one was cut there. */
const dangling = ['Preposition', 'Conjunction', 'Determiner', 'Verb', 'Possessive', 'Pronoun'];

/** Punctuation that ends a sentence or a quotation. */
const closing = /[.!?:;…"”’')\]]$/;

/** More words than a subheading has. */
const longestHeading = 12;

/**
 * How a line of a plain capture ends. A line that ends on closing punctuation ends a sentence. One that
 * does not was cut where a link was ("…, speaking to" / "Le Figaro, described…") when it ends on a
 * comma, runs longer than a heading, or stops on a word no sentence ends on (a preposition, article,
 * conjunction, verb or pronoun, as compromise tags it); otherwise it is a subheading ("Mixed reactions
 * from Europe").
 */
export function lineEnd(line: string): LineEnd {
  const text = line.trim();
  if (closing.test(text)) return 'sentence';
  if (text.endsWith(',') || text.split(/\s+/).length > longestHeading) return 'cut';
  const last = nlp(text).terms().json().at(-1) as { terms?: { tags?: string[] }[] } | undefined;
  const tags = last?.terms?.[0]?.tags ?? [];
  return tags.some((tag) => dangling.includes(tag)) ? 'cut' : 'heading';
}
