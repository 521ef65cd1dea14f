import { baseLanguage, siteLang } from './language';

/** A text cut in three around a span: what comes before it, the span, and what follows. */
export interface InContext {
  before: string;
  match: string;
  after: string;
}

/**
 * Abbreviations that end in a full stop without ending a sentence, by language: `Intl.Segmenter` breaks
 * after "U.S." and "Mr." as after any full stop. Initials ("U.S.", "J.-N.") hold in every language.
 */
const abbreviations: Readonly<Record<string, RegExp>> = {
  en: /(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Jr|Sr|vs|No)\.$/u,
  fr: /(?:M|MM|Mme|Mlle|Dr|Pr|St|Ste|av|apr|cf|etc|p|n°)\.$/u,
  uk: /(?:п|пан|пані|д-р|проф|ген|т\.\s?зв|тис|млн|млрд|р|рр|ст|див|вул|м)\.$/u,
  ar: /(?:د|م|ت|ص)\.$/u,
};
const initials = /(?<![\p{L}\p{N}])(?:\p{Lu}\.(?:-?\p{Lu}\.)+|\p{Lu}\.)$/u;

const segmenters = new Map<string, Intl.Segmenter>();

/** One sentence segmenter per language, kept for the build. */
function sentenceSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return segmenter;
}

const space = /\s/u;

/**
 * The text before `index`, trimmed at its end, from the space before its last two words: all that an
 * abbreviation ("т. зв.", two words) or initials can span, with the character before them that says whether
 * they begin a word. The whole text before would do as well, but testing it at every boundary costs the
 * square of a paragraph's length.
 */
function lastWords(text: string, index: number): string {
  let end = index;
  while (end > 0 && space.test(text[end - 1]!)) end--;
  let start = end;
  for (let words = 0; words < 2 && start > 0; words++) {
    while (start > 0 && !space.test(text[start - 1]!)) start--;
    if (words === 0) while (start > 0 && space.test(text[start - 1]!)) start--;
  }
  return text.slice(Math.max(0, start - 1), end);
}

/**
 * Offsets where sentences start in `text`, by the language's rules (`Intl.Segmenter`, so "?" and "!" and
 * the Arabic question mark "؟" end one, and a guillemet or a quotation mark after the stop stays with it),
 * except after an initial or an abbreviation of that language ("U.S. President", "Mr. Reyes", "M. Barrot").
 */
export function sentenceStarts(text: string, lang: string = siteLang): readonly number[] {
  const key = `${lang}\0${text}`;
  let starts = recentStarts.get(key);
  if (!starts) {
    // The check and the analysis ask again for each excerpt and mention in a paragraph: the last few are kept.
    if (recentStarts.size >= 512) recentStarts.clear();
    recentStarts.set(key, (starts = findSentenceStarts(text, lang)));
  }
  return starts;
}

const recentStarts = new Map<string, readonly number[]>();

function findSentenceStarts(text: string, lang: string): number[] {
  const abbreviation = abbreviations[baseLanguage(lang)];
  const starts: number[] = [];
  for (const { index } of sentenceSegmenter(lang).segment(text)) {
    const before = lastWords(text, index);
    // An abbreviation is a word of its own: "разом." ends a sentence though "м." is short for "місто".
    const abbreviated = abbreviation?.exec(before);
    const wordStart = abbreviated && !/[\p{L}\p{M}]$/u.test(before.slice(0, abbreviated.index));
    if (index === 0 || !(initials.test(before) || wordStart)) starts.push(index);
  }
  return starts.length > 0 ? starts : [0];
}

/** The sentence that holds the span `[start, end)`, cut around it. */
export function sentenceAround(text: string, start: number, end: number, lang: string = siteLang): InContext {
  const starts = sentenceStarts(text, lang);
  const from = starts.filter((at) => at <= start).at(-1) ?? 0;
  const to = starts.find((at) => at >= end) ?? text.length;
  return { before: text.slice(from, start), match: text.slice(start, end), after: text.slice(end, to).trimEnd() };
}
