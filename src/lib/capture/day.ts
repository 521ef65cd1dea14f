const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The month's number, 1 to 12, from its English name or its first three letters. */
const monthOf = (name: string) => months.findIndex((month) => month === name.toLowerCase() || month.slice(0, 3) === name.toLowerCase().replace(/\.$/, '')) + 1;

/** `YYYY-MM-DD` for a day that exists, otherwise `undefined`. */
function iso(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * The day a capture's `Published:` line names, as `YYYY-MM-DD`, when it names one without doubt:
 * `2025-07-10` (a time after it is ignored), `10 July 2025` or `July 10, 2025`. Anything else, such
 * as `10/07/2025` (10 July or 7 October?) or `Tuesday`, is `undefined`: the date is left unstated.
 */
export function readDay(text: string): string | undefined {
  const value = text.trim();
  const numeric = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value);
  if (numeric) return iso(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const dayFirst = /^(?:\p{L}+,? )?(\d{1,2}) (\p{L}+\.?),? (\d{4})$/u.exec(value);
  if (dayFirst) return iso(Number(dayFirst[3]), monthOf(dayFirst[2]!), Number(dayFirst[1]));
  const monthFirst = /^(?:\p{L}+,? )?(\p{L}+\.?) (\d{1,2}),? (\d{4})$/u.exec(value);
  if (monthFirst) return iso(Number(monthFirst[3]), monthOf(monthFirst[1]!), Number(monthFirst[2]));
  return undefined;
}
