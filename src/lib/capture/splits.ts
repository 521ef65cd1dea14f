import nlp from 'compromise';
import { baseLanguage, closingQuotationMarks, siteLang } from '../text/language';

/** How a line of a plain capture ends: a sentence, a cut where a link was, or a subheading. */
export type LineEnd = 'sentence' | 'cut' | 'heading';

/** Words a sentence cannot end on: a line that stops on one was cut there. */
const dangling = ['Preposition', 'Conjunction', 'Determiner', 'Verb', 'Possessive', 'Pronoun'];

/** Punctuation that ends a sentence or a quotation, in any language: `.`, `!`, `?`, `؟`, `。`, `।`, and a closing bracket. */
const closing = /[.!?:;…'’)\]؟؛。！？।]$/u;

/** More words than a subheading has. */
const longestHeading = 12;

/**
 * How a line of a plain capture ends. A line that ends on closing punctuation (or the language's closing
 * quotation mark: `»`, `“` in German) ends a sentence. One that does not was cut where a link was
 * ("…, speaking to" / "Le Figaro, described…") when it ends on a comma, runs longer than a heading, or, in
 * English, stops on a word no sentence ends on (a preposition, article, conjunction, verb or pronoun, as
 * compromise tags it); otherwise it is a subheading ("Mixed reactions from Europe").
 */
export function lineEnd(line: string, lang: string = siteLang): LineEnd {
  const text = line.trim();
  if (closing.test(text) || closingQuotationMarks(lang).includes(text.at(-1) ?? '')) return 'sentence';
  if (/[,،、，]$/u.test(text) || text.split(/\s+/).length > longestHeading) return 'cut';
  // Compromise knows English words only: in another language, a short line that ends on no punctuation is a subheading.
  if (baseLanguage(lang) !== 'en') return 'heading';
  const last = nlp(text).terms().json().at(-1) as { terms?: { tags?: string[] }[] } | undefined;
  const tags = last?.terms?.[0]?.tags ?? [];
  return tags.some((tag) => dangling.includes(tag)) ? 'cut' : 'heading';
}
