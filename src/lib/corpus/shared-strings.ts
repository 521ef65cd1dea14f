/**
 * Equal strings held once. What the corpus reads of an article repeats its strings: a block's text is in its tree,
 * its block and its layout, an excerpt in its claim, the claim's entry and the citations, an actor's id and name in
 * every position, claim and mention. A fresh read shares some of them by reference, but a reading kept between
 * builds (`kept.ts`) comes back from `v8.deserialize` with a string of its own at every place, and across a story
 * the registries' ids, names and stances recur in every article. At 1,000 articles of one story the corpus held
 * 200 MB with a string at every place and 52 MB with each string once (`docs/performance.md`).
 */

/** Replaces, in place, every string in the values it is given by the first equal string it met, in this or an earlier value. */
export type ShareStrings = (value: object) => void;

/**
 * A function that shares the strings of the values it is given. It walks objects, arrays and the values of maps
 * (not their keys, nor sets, which hold no text the corpus keeps); a frozen object is left as it is. The strings it
 * has met are kept as long as the function is.
 */
export function sharingStrings(): ShareStrings {
  const strings = new Map<string, string>();
  const share = (text: string): string => {
    const found = strings.get(text);
    if (found !== undefined) return found;
    strings.set(text, text);
    return text;
  };
  return (root) => {
    const seen = new Set<object>();
    const walk = (value: object): void => {
      if (seen.has(value)) return;
      seen.add(value);
      if (value instanceof Map) {
        for (const [key, item] of value) {
          if (typeof item === 'string') value.set(key, share(item));
          else if (item !== null && typeof item === 'object') walk(item);
        }
        return;
      }
      if (value instanceof Set || Object.isFrozen(value)) return;
      // Strings compare by value, not by reference: each is written back, the one kept in its place.
      if (Array.isArray(value)) {
        for (let index = 0; index < value.length; index += 1) {
          const item: unknown = value[index];
          if (typeof item === 'string') value[index] = share(item);
          else if (item !== null && typeof item === 'object') walk(item);
        }
        return;
      }
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const item = record[key];
        if (typeof item === 'string') record[key] = share(item);
        else if (item !== null && typeof item === 'object') walk(item);
      }
    };
    walk(root);
  };
}
