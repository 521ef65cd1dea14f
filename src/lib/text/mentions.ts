/** A span of text that names an actor. */
export interface Mention {
  start: number;
  end: number;
  alias: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every place in `text` where one of `aliases` stands as a whole word, longest alias first,
 * without overlaps. "Zelensky" matches in "Zelensky's"; "Russia" does not match in "Russian".
 * Matching is case-sensitive: "Prime Minister" does not match "prime minister". `ignoreCase`
 * finds the near misses by case, for the content check's hint; `alias` is then the text's form.
 */
export function findMentions(text: string, aliases: readonly string[], { ignoreCase = false } = {}): Mention[] {
  const sorted = [...new Set(aliases)].filter(Boolean).sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escape).join('|')})(?![\\p{L}\\p{N}])`, ignoreCase ? 'giu' : 'gu');
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    alias: match[0],
  }));
}
