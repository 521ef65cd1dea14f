/** Dates as the site shows them: "10 July 2025" for readers, `2025-07-10` for machines (`<time datetime>`, JSON). */

const readable = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A publication date as readers read it: "10 July 2025". */
export const readableDate = (date: Date) => readable.format(date);

/** A publication date as `YYYY-MM-DD`, for `<time datetime>` and the JSON exports. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
