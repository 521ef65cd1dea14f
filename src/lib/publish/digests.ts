/**
 * Digests of what a page is rendered from, for the cache keys of the incremental build (`src/data/cache-keys.ts`).
 */
import { createHash } from 'node:crypto';

/**
 * Digests of the objects already digested in this build, by identity: an article shown by many pages is hashed
 * once. Only the values of a page's props are kept (the article, the actor, the claim), and only those whose
 * text is long: a small one costs less to hash again than to keep, and keeping every object's digest held 64 MB
 * for the length of a 1,000-article build. Where a view holds one of them, its digest stands in for it: a digest
 * of its text too, so a key still changes whenever anything the page shows does.
 */
const digests = new WeakMap<object, string>();

/** The length of an object's text from which its digest is kept. */
const keptFrom = 1024;

const hash = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * How `serialise` writes what JSON has no form for, so that each reads differently from any other value: an
 * undefined value (a field that is there but unset), a function, a map, a set, an object already digested.
 * URLs and dates are written as JSON writes them, by their text.
 */
function replacer(_key: string, value: unknown): unknown {
  if (value === undefined) return '\0undefined';
  if (typeof value === 'function') return '\0function';
  if (typeof value !== 'object' || value === null) return value;
  const known = digests.get(value);
  if (known) return `\0#${known}`;
  if (value instanceof Map) return { '\0Map': [...value] };
  if (value instanceof Set) return { '\0Set': [...value] };
  return value;
}

/** The text a digest is made of: JSON, with `replacer`'s forms for what JSON has none for (JSON.stringify is several times faster than a walk of our own). */
const serialise = (value: unknown) => JSON.stringify(value, replacer);

/** A digest of `value` that changes whenever anything in it does: plain data, arrays, maps, sets, URLs and dates, in their order. */
export function digestOf(value: unknown): string {
  return hash(serialise(value));
}

/**
 * Takes `digest` for `object`'s wherever a key holds it: for an object made from inputs whose digest is known, which
 * is cheaper to take than to make (an article is a digest of its file, registries and code, `CorpusArticle.digest`).
 */
export function rememberDigest(object: object, digest: string): void {
  digests.set(object, digest);
}

/**
 * `digestOf(value)`, kept for the length of the process where `value` is an object whose text is long: an object
 * digested once must not change after (the corpus and its views do not).
 */
export function digestOnce(value: unknown): string {
  const known = typeof value === 'object' && value !== null ? digests.get(value) : undefined;
  if (known) return known;
  const text = serialise(value);
  const digest = hash(text);
  if (typeof value === 'object' && value !== null && text.length >= keptFrom) digests.set(value, digest);
  return digest;
}
