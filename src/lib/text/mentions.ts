import { declinesNames, isSpaced, procliticsOf, siteLang } from './language';

/** A span of text that names an actor. */
export interface Mention {
  start: number;
  end: number;
  alias: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const wordSegmenters = new Map<string, Intl.Segmenter>();

/** Offsets where words begin or end in `text`, as `Intl.Segmenter` finds them in the language. */
function wordEdges(text: string, lang: string): Set<number> {
  let segmenter = wordSegmenters.get(lang);
  if (!segmenter) wordSegmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'word' })));
  const edges = new Set<number>();
  for (const { index, segment } of segmenter.segment(text)) edges.add(index).add(index + segment.length);
  return edges;
}

/**
 * Every place in `text` where one of `aliases` stands as a whole word, longest alias first,
 * without overlaps. "Zelensky" matches in "Zelensky's"; "Russia" does not match in "Russian".
 * A word is what the language's script makes one: letters, combining marks and digits between
 * spaces and punctuation ("Зеленський" is not found in "Зеленського"), after the letters a language
 * joins to a word's front (Arabic "وساوثبي", "and Southby", names Southby), or, in a script written
 * without spaces (Chinese, Japanese, Thai), a span whose ends are word edges for `Intl.Segmenter`.
 * Matching is case-sensitive: "Prime Minister" does not match "prime minister". `ignoreCase`
 * finds the near misses by case, for the content check's hint; `alias` is then the text's form.
 */
export function findMentions(text: string, aliases: readonly string[], { ignoreCase = false, lang = siteLang } = {}): Mention[] {
  const sorted = [...new Set(aliases)].filter(Boolean).sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return [];
  const spaced = isSpaced(lang);
  const alternatives = sorted.map(escape).join('|');
  // Before the name, the start of a word, or letters the language joins to a word's front (Arabic "و").
  const start = `(?<=(?<![\\p{L}\\p{M}\\p{N}])${procliticsOf(lang)})`;
  const pattern = new RegExp(spaced ? `${start}(?:${alternatives})(?![\\p{L}\\p{M}\\p{N}])` : `(?:${alternatives})`, ignoreCase ? 'giu' : 'gu');
  const edges = spaced ? undefined : wordEdges(text, lang);
  return [...text.matchAll(pattern)]
    .filter((match) => !edges || (edges.has(match.index) && edges.has(match.index + match[0].length)))
    .map((match) => ({ start: match.index, end: match.index + match[0].length, alias: match[0] }));
}

/** How many letters at the end of a name's word a language may change when it declines the name: "Ана" → "Ани", "Зеленський" → "Зеленського". */
const changingEnd = 2;
/** How many letters a declined form may add after the stem it keeps. */
const addedEnd = 4;

/**
 * The words of `text` that are other forms of `alias`: each of its words with the same stem (all but its
 * last letters) and another ending, as Ukrainian, Russian or Polish decline names ("Зеленського",
 * "Ани Рейес" for "Ана Рейес"). None in a language that does not decline names. Only for hints: a
 * mention matches an alias as written.
 */
export function inflectedForms(text: string, alias: string, lang: string = siteLang): string[] {
  const words = alias.split(/\s+/).filter(Boolean);
  if (words.length === 0 || !declinesNames(lang) || !isSpaced(lang)) return [];
  const stemmed = words.map((word) => {
    const letters = [...word];
    // A stem keeps three letters at least ("Tus" of "Tusk": "Tuska"), two of a three-letter word ("Ан" of "Ана": "Ани");
    // a word too short to decline, or that ends in no letter ("U.S."), is kept whole.
    const keep = Math.max(Math.min(3, letters.length - 1), letters.length - changingEnd);
    if (letters.length < 3 || !/\p{L}$/u.test(word)) return escape(word);
    return `${escape(letters.slice(0, keep).join(''))}\\p{L}{0,${addedEnd}}`;
  });
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${stemmed.join('\\s+')}(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
  return [...new Set([...text.matchAll(pattern)].map((match) => match[0]))].filter((form) => form !== alias);
}
