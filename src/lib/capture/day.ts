const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The month's number, 1 to 12, from its English name or its first three letters. */
const englishMonth = (name: string) => months.findIndex((month) => month === name.toLowerCase() || month.slice(0, 3) === name.toLowerCase().replace(/\.$/, '')) + 1;

/**
 * The month's names in a language, as `Intl.DateTimeFormat` writes them alone and inside a date (Ukrainian
 * "лютий" and "лютого", French "février", Arabic "فبراير"), lower-case, by month number.
 */
function monthNames(lang: string): Map<string, number> {
  const names = new Map<string, number>();
  for (let month = 1; month <= 12; month++) {
    const date = new Date(Date.UTC(2025, month - 1, 15));
    for (const options of [{ month: 'long' }, { day: 'numeric', month: 'long' }] as const) {
      const part = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' }).formatToParts(date).find((found) => found.type === 'month');
      if (part) names.set(part.value.toLocaleLowerCase(lang), month);
    }
  }
  return names;
}

/** The month's number from its name in English or in the capture's language; 0 when it names none. */
const monthOf = (name: string, lang: string) => englishMonth(name) || (monthNames(lang).get(name.toLocaleLowerCase(lang)) ?? 0);

/** Arabic-Indic and Eastern Arabic-Indic digits (٠١٢, ۰۱۲) as ASCII ones. */
const asciiDigits = (text: string) => text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String((digit.codePointAt(0)! - 0x0660) % 0x90));

/** `YYYY-MM-DD` for a day that exists, otherwise `undefined`. */
function iso(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * The day a capture's `Published:` line names, as `YYYY-MM-DD`, when it names one without doubt:
 * `2025-07-10` (a time after it is ignored), `10 July 2025` or `July 10, 2025`, the month also in the
 * capture's language (`12 février 2025`, `12 лютого 2025`) and the digits also Arabic-Indic
 * (`١٢ فبراير ٢٠٢٥`). Anything else, such as `10/07/2025` (10 July or 7 October?) or `Tuesday`, is
 * `undefined`: the date is left unstated.
 */
export function readDay(text: string, lang = 'en'): string | undefined {
  const value = asciiDigits(text.trim()).replace(/[\u060C\u200F\u200E]/g, (mark) => (mark === '\u060C' ? ',' : ''));
  const numeric = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value);
  if (numeric) return iso(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const dayFirst = /^(?:\p{L}+,? )?(\d{1,2}) (\p{L}+\.?),? (\d{4})$/u.exec(value);
  if (dayFirst) return iso(Number(dayFirst[3]), monthOf(dayFirst[2]!, lang), Number(dayFirst[1]));
  const monthFirst = /^(?:\p{L}+,? )?(\p{L}+\.?) (\d{1,2}),? (\d{4})$/u.exec(value);
  if (monthFirst) return iso(Number(monthFirst[3]), monthOf(monthFirst[1]!, lang), Number(monthFirst[2]));
  return undefined;
}
