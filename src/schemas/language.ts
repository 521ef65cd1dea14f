import { z } from 'astro/zod';

/** Whether a string is a well-formed BCP 47 language tag: `fr`, `uk`, `ar`, `pt-BR`, `sr-Latn`, in any case. */
export function isLanguageTag(tag: string): boolean {
  try {
    return new Intl.Locale(tag).toString().toLowerCase() === tag.toLowerCase() && /^[a-z]{2,3}(?:-|$)/i.test(tag);
  } catch {
    return false;
  }
}

/**
 * A BCP 47 language tag (`fr`, `uk`, `ar`, `pt-BR`), written in its canonical case once read: the
 * language of an article's own words, or of a name in the registry.
 */
export const langSchema = z
  .string()
  .refine(isLanguageTag, { message: 'must be a BCP 47 language tag such as "en", "fr", "uk", "ar" or "pt-BR"' })
  .transform((tag) => new Intl.Locale(tag).toString());
