/**
 * Every limit the content check holds an article to, in one place; the README's "Checking an article"
 * lists them. Lengths count characters as Unicode code points, so an emoji or an accented letter
 * written as one code point counts once, whatever its size in UTF-16 or UTF-8.
 */
export const limits = {
  /** The longest body, about four times the longest article so far. */
  body: 100_000,
  /** The largest capture `npm run new` reads, in bytes: a body at the limit in four-byte characters, and no more. */
  capture: 400_000,
  /** The largest frontmatter, about ten times the largest so far: it bounds everything the analysis publishes. */
  frontmatter: 200_000,
  /** The longest value of a text field, about five times the longest so far. */
  text: 1_000,
  /** The longest excerpt (`excerpt`, an item of `excerpts`): a long paragraph. */
  excerpt: 2_000,
  /** The deepest nesting of lists and fields in the frontmatter, or of quotes and lists on a line of the body; an article needs four (`positions.0.excerpts.0`). */
  depth: 8,
  /** The most emphasis and link marks (`*`, `_`, `[`, `]`, unescaped) in one paragraph: the Markdown parser's time grows with their square. */
  marks: 200,
} as const;

/** The fields whose values are excerpts of the body, and take the excerpt limit. */
export const excerptFields: readonly string[] = ['excerpt', 'excerpts'];

/** How many code points a text holds: its length in characters, as the limits count them. */
export function characterCount(text: string): number {
  let count = 0;
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    // A high surrogate followed by a low one is one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && at + 1 < text.length) {
      const next = text.charCodeAt(at + 1);
      if (next >= 0xdc00 && next <= 0xdfff) at++;
    }
    count++;
  }
  return count;
}

/** The UTF-16 offset at which a text's `count`-th code point ends (the text's length if it is shorter). */
export function offsetOfCharacter(text: string, count: number): number {
  let seen = 0;
  let at = 0;
  while (at < text.length && seen < count) {
    at += (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
    seen++;
  }
  return at;
}

/** A number as the messages write it: 100,000. */
export const formatCount = (count: number) => count.toLocaleString('en');
