import { z } from 'astro/zod';
import { activeMarkup } from './markup';

/** Words the site's own addresses use, e.g. `/articles/<slug>/full/` and `/articles/<slug>/claims/<id>/`. */
export const reservedNames = ['full', 'claims', 'index'] as const;

/**
 * The longest id or slug: it names files and folders (`<slug>.mdx`, `claims/<id>/`, `og/…/<id>.png`), and 64
 * characters keep every such name far below the 255 bytes a file name may have on any file system or host.
 */
export const idLength = 64;

/**
 * Lower-case slug used for every id an author writes and for an article's file name: letters, digits and
 * single hyphens, at most `idLength` characters, and none of the words the site's addresses use.
 */
export const idSchema = z
  .string()
  .max(idLength, { message: `must be at most ${idLength} characters, as it names files and addresses; shorten it` })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'must be a slug: lower-case letters, digits and single hyphens, e.g. "keir-starmer"',
  })
  .superRefine((id, context) => {
    if ((reservedNames as readonly string[]).includes(id)) {
      context.addIssue({ code: 'custom', message: `"${id}" is reserved for the site's own addresses, such as /articles/<slug>/full/; choose another` });
    }
  });

/**
 * An id made from words (a headline, an excerpt) cut to `idLength` less `room` characters (kept for a
 * `-2` that makes it unique), at a hyphen, so that it names no half word.
 */
export function fitId(id: string, room = 3): string {
  const most = idLength - room;
  if (id.length <= most) return id;
  const cut = id.slice(0, most + 1);
  const hyphen = cut.lastIndexOf('-');
  return hyphen > 0 ? cut.slice(0, hyphen) : cut.slice(0, most);
}

/** Characters that end a line: a one-line field holds none. */
const lineBreak = /[\n\r\u0085\u2028\u2029]/;

/** A non-empty line of plain text with no surrounding white space, no line break and no markup that could act. */
export const lineSchema = z
  .string()
  .trim()
  .min(1, { message: 'must not be empty' })
  .superRefine((text, context) => {
    if (lineBreak.test(text)) {
      context.addIssue({ code: 'custom', message: 'holds a line break, but is one line of text (a YAML "|" block keeps its line breaks): write it on one line' });
    }
    const found = activeMarkup(text);
    if (found) {
      context.addIssue({ code: 'custom', message: `contains ${found}; this is plain text and Dossier publishes no code: remove the markup` });
    }
  });

