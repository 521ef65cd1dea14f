export { isLanguageTag } from '../../schemas/language';

/** The site's own language, and an article's when its frontmatter names none. */
export const siteLang = 'en';

/**
 * Compares two texts as the site's language orders them: every sort of names and headlines uses this one
 * collator. `a.localeCompare(b, 'en')` makes a new ICU collator at each call, native memory that waits for V8's
 * garbage collector: 160,000 of them, 157 MB, at the peak of a 1,000-article build (`docs/performance.md`).
 */
export const collate = new Intl.Collator(siteLang).compare;

/** Which way a language's script runs. */
export type Direction = 'ltr' | 'rtl';

/**
 * Scripts that run right to left, for a Node or browser without `Intl.Locale`'s text info: Arabic, Hebrew,
 * Syriac, Thaana, N'Ko, Samaritan, Mandaic, Adlam, Hanifi Rohingya, Old South Arabian, Imperial Aramaic.
 */
const rightToLeftScripts = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Samr', 'Mand', 'Adlm', 'Rohg', 'Sarb', 'Armi']);

/** Scripts written without spaces between words: there, a word is what `Intl.Segmenter` says it is. */
const unspacedScripts = new Set(['Hani', 'Hans', 'Hant', 'Jpan', 'Hira', 'Kana', 'Thai', 'Laoo', 'Khmr', 'Mymr', 'Tibt']);

type TextInfo = { direction?: string };
type LocaleWithTextInfo = Intl.Locale & { getTextInfo?: () => TextInfo; textInfo?: TextInfo };

/** A tag in its canonical case: `pt-br` → `pt-BR`, `SR-latn` → `sr-Latn`. */
export function canonicalTag(tag: string): string {
  return new Intl.Locale(tag).toString();
}

/** `read` of each tag, computed once: `Intl.Locale` is slow to build, and the check asks for every word it places. */
function perTag<Value>(read: (lang: string) => Value): (lang: string) => Value {
  const known = new Map<string, Value>();
  return (lang) => {
    if (!known.has(lang)) known.set(lang, read(lang));
    return known.get(lang)!;
  };
}

/** The script a language is written in, as its tag gives it or as is likely (`uk` → `Cyrl`, `ar` → `Arab`). */
export const scriptOf = perTag((lang) => new Intl.Locale(lang).maximize().script ?? 'Latn');

/** Which way a language runs: from `Intl.Locale`'s text info where the runtime has it, else from its script. */
export function directionOf(lang: string): Direction {
  const locale = new Intl.Locale(lang) as LocaleWithTextInfo;
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  return rightToLeftScripts.has(scriptOf(lang)) ? 'rtl' : 'ltr';
}

/**
 * The attributes of an element that holds an article's words: its language and, for a script that runs
 * right to left, `dir="rtl"`; none for the site's own language, whose pages already say `lang="en"`.
 */
export function wordsAttributes(lang: string | undefined): { lang?: string; dir?: Direction } {
  if (!lang || lang === siteLang) return {};
  return { lang, ...(directionOf(lang) === 'rtl' ? { dir: 'rtl' as const } : {}) };
}

/** One language's search index: its tag, its direction, and its bundle's folder below `pagefind/`. */
export interface SearchLanguage {
  lang: string;
  dir: Direction;
  /** `""` for the site's own language, whose index is the bundle itself; `"ar/"` for Arabic. */
  path: string;
}

/** Where search keeps a language's index (src/integrations/pagefind.ts), and which way its results run. */
export function searchLanguage(lang: string): SearchLanguage {
  return { lang, dir: directionOf(lang), path: lang === siteLang ? '' : `${lang}/` };
}

/**
 * The attributes that tell search about a page whose indexed words are an article's: Pagefind's metadata
 * (`type:Article`), and in another language than the site's `data-lang="ar"`, which the build reads to put
 * the page in that language's index, and Pagefind's metadata names too (`lang[data-lang]`: in Pagefind's
 * syntax everything after the first colon is one literal value, so `type:Claim, lang:ar` would be one type).
 */
export function searchAttributes(type: string, lang: string | undefined): { 'data-pagefind-meta': string; 'data-lang'?: string } {
  if (!lang || lang === siteLang) return { 'data-pagefind-meta': `type:${type}` };
  return { 'data-pagefind-meta': `lang[data-lang], type:${type}`, 'data-lang': lang };
}

/** A language's name in the site's own words: `uk` → "Ukrainian", `pt-BR` → "Brazilian Portuguese". */
export function languageName(lang: string): string {
  return new Intl.DisplayNames(siteLang, { type: 'language' }).of(lang) ?? lang;
}

/** Whether a language's script separates words with spaces. */
export function isSpaced(lang: string): boolean {
  return !unspacedScripts.has(scriptOf(lang));
}

/**
 * Languages that decline names, so that an article writes a name in forms its aliases may lack ("Зеленського"
 * for "Зеленський"): the Slavic and Baltic languages, Finnish, Estonian, Hungarian, Greek, Icelandic, Latin.
 */
const decliningLanguages = new Set(['uk', 'ru', 'be', 'pl', 'cs', 'sk', 'sl', 'hr', 'bs', 'sr', 'lt', 'lv', 'fi', 'et', 'hu', 'el', 'is', 'la']);

/** Whether a language declines names. */
export const declinesNames = (lang: string) => decliningLanguages.has(baseLanguage(lang));

/**
 * Letters some languages write joined to the front of the next word, as a pattern: Arabic's و "and", ف
 * "so", ب "by", ل "for", ك "as" ("وساوثبي" is "and Southby"), Hebrew's ו, ה, ב, ל, מ, ש, כ. A name
 * after them is still a whole word.
 */
const procliticTable: Readonly<Record<string, string>> = { ar: '[وف]?[بلك]?', fa: '', he: '[ושכ]?[הבלמ]?' };

/** The letters a language may join to the front of a name, as a pattern that may match nothing. */
export const procliticsOf = (lang: string) => procliticTable[baseLanguage(lang)] ?? '';

/** The primary language subtag: `fr` of `fr-CA`. */
export const baseLanguage = perTag((lang) => new Intl.Locale(lang).language);

/**
 * The pairs of quotation marks each language uses, outer marks first, as its typographic rules and its
 * press write them (CLDR's delimiters, plus what newspapers do). Every language also accepts straight
 * double quotes and English curly ones, since captures often carry them whatever the language.
 */
const quotationMarkTable: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  en: [['“', '”'], ['‘', '’']],
  fr: [['«', '»'], ['‹', '›'], ['“', '”']],
  de: [['„', '“'], ['‚', '‘'], ['»', '«']],
  'de-CH': [['«', '»'], ['‹', '›']],
  it: [['«', '»'], ['“', '”']],
  es: [['«', '»'], ['“', '”']],
  pt: [['«', '»'], ['“', '”']],
  nl: [['“', '”'], ['‘', '’'], ['„', '”']],
  pl: [['„', '”'], ['«', '»']],
  cs: [['„', '“'], ['‚', '‘'], ['»', '«']],
  uk: [['«', '»'], ['„', '“']],
  ru: [['«', '»'], ['„', '“']],
  be: [['«', '»'], ['„', '“']],
  sv: [['”', '”'], ['’', '’'], ['»', '»']],
  fi: [['”', '”'], ['’', '’']],
  da: [['»', '«'], ['„', '“']],
  no: [['«', '»'], ['‘', '’']],
  nb: [['«', '»'], ['‘', '’']],
  ar: [['«', '»']],
  fa: [['«', '»']],
  he: [['”', '”'], ['„', '”'], ['’', '’']],
  ja: [['「', '」'], ['『', '』']],
  zh: [['“', '”'], ['‘', '’'], ['「', '」'], ['『', '』']],
  ko: [['“', '”'], ['‘', '’']],
};

/** Marks any language may hold: straight double quotes and English curly ones. */
const everywhere: readonly (readonly [string, string])[] = [['"', '"'], ['“', '”']];

/** The quotation marks of a language, outer first: its own (by full tag, then by language), then straight and English curly ones. */
export function quotationMarks(lang: string): (readonly [string, string])[] {
  const own = quotationMarkTable[canonicalTag(lang)] ?? quotationMarkTable[baseLanguage(lang)] ?? quotationMarkTable.en!;
  const pairs = [...own, ...everywhere];
  return pairs.filter((pair, index) => pairs.findIndex((other) => other[0] === pair[0] && other[1] === pair[1]) === index);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for a quotation in a language's marks, marks included: «…», „…“, 「…」 and the rest, each pair
 * closed by its own closing mark, so a quotation nested in other marks stays inside its outer one.
 */
export function quotationPattern(lang: string): RegExp {
  const alternatives = quotationMarks(lang)
    // Outer marks first; among them the straight quote last, since it closes itself.
    .map(([open, close]) => `${escape(open)}[^${escape(close)}]+${escape(close)}`);
  return new RegExp(alternatives.join('|'), 'gu');
}

/** The marks that close a quotation in a language: a line that ends on one ends a sentence. */
export function closingQuotationMarks(lang: string): string {
  return [...new Set(quotationMarks(lang).map(([, close]) => close))].join('');
}

/**
 * Words that attribute a quotation to a speaker, by language, for `npm run new`'s guess where compromise
 * (English only) cannot read the verbs; `pronouns` are the subjects that send the guess to the person
 * named before. Arabic verbs may carry the conjunction و or ف as a prefix ("وقالت").
 */
const attributionTable: Readonly<Record<string, { words: readonly string[]; pronouns: readonly string[]; prefix?: string }>> = {
  fr: {
    words: ['a déclaré', 'a dit', 'a affirmé', 'a ajouté', 'a expliqué', 'a estimé', 'a souligné', 'a assuré', 'a averti', 'a indiqué', 'a répondu', 'a prévenu', 'a-t-il', 'a-t-elle', 'déclare', 'dit', 'affirme', 'ajoute', 'explique', 'estime', 'souligne', 'assure', 'prévient', 'indique', 'selon', 'répond'],
    pronouns: ['il', 'elle', 'ils', 'elles', 'a-t-il', 'a-t-elle'],
  },
  uk: {
    words: ['сказав', 'сказала', 'сказали', 'заявив', 'заявила', 'заявили', 'додав', 'додала', 'додали', 'наголосив', 'наголосила', 'зазначив', 'зазначила', 'повідомив', 'повідомила', 'пояснив', 'пояснила', 'відповів', 'відповіла', 'попередив', 'попередила', 'каже', 'кажуть', 'за словами'],
    pronouns: ['він', 'вона', 'вони'],
  },
  ru: {
    words: ['сказал', 'сказала', 'сказали', 'заявил', 'заявила', 'заявили', 'добавил', 'добавила', 'подчеркнул', 'подчеркнула', 'отметил', 'отметила', 'сообщил', 'сообщила', 'пояснил', 'пояснила', 'ответил', 'ответила', 'говорит', 'по словам'],
    pronouns: ['он', 'она', 'они'],
  },
  ar: {
    words: ['قال', 'قالت', 'قالوا', 'أضاف', 'أضافت', 'صرح', 'صرّح', 'صرحت', 'صرّحت', 'أكد', 'أكّد', 'أكدت', 'أكّدت', 'أوضح', 'أوضحت', 'حذر', 'حذّر', 'حذرت', 'حذّرت', 'أعلن', 'أعلنت', 'يقول', 'تقول', 'بحسب', 'حسب', 'وفقا', 'وفقاً'],
    pronouns: ['هو', 'هي', 'هم'],
    prefix: '[وف]?',
  },
  de: {
    words: ['sagte', 'sagten', 'sagt', 'erklärte', 'betonte', 'fügte', 'warnte', 'laut', 'zufolge', 'so'],
    pronouns: ['er', 'sie'],
  },
  es: {
    words: ['dijo', 'afirmó', 'declaró', 'añadió', 'explicó', 'advirtió', 'aseguró', 'según', 'señaló'],
    pronouns: ['él', 'ella'],
  },
};

/** Where the first attribution word of a language stands in `text`, and whether a pronoun is next to it; none for English (compromise reads it). */
export function attributionIn(text: string, lang: string): { at: number; end: number; pronoun: boolean } | undefined {
  const table = attributionTable[baseLanguage(lang)];
  if (!table) return undefined;
  const word = (alternatives: readonly string[]) => `(?<![\\p{L}\\p{M}])${table.prefix ?? ''}(?:${alternatives.map(escape).join('|')})(?![\\p{L}\\p{M}])`;
  const found = new RegExp(word(table.words), 'iu').exec(text);
  if (!found) return undefined;
  const near = text.slice(Math.max(0, found.index - 12), found.index + found[0].length + 12);
  return { at: found.index, end: found.index + found[0].length, pronoun: new RegExp(word(table.pronouns), 'iu').test(near) || table.pronouns.includes(found[0].toLowerCase()) };
}

/** Whether `npm run new` reads attributions of a language from `attributionIn`'s table rather than with compromise. */
export const hasAttributionTable = (lang: string) => baseLanguage(lang) in attributionTable;
