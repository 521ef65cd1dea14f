import { z } from 'astro/zod';
import { activeMarkup } from './markup';

/** Words the site's own addresses use, e.g. `/articles/<slug>/full/` and `/articles/<slug>/claims/<id>/`. */
export const reservedNames = ['full', 'claims', 'index'] as const;

/**
 * Lower-case slug used for every id an author writes and for an article's file name: letters, digits and
 * single hyphens, and none of the words the site's addresses use.
 */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'must be a slug: lower-case letters, digits and single hyphens, e.g. "keir-starmer"',
  })
  .superRefine((id, context) => {
    if ((reservedNames as readonly string[]).includes(id)) {
      context.addIssue({ code: 'custom', message: `"${id}" is reserved for the site's own addresses, such as /articles/<slug>/full/; choose another` });
    }
  });

/** A non-empty line of plain text with no surrounding white space and no markup that could act. */
export const lineSchema = z
  .string()
  .trim()
  .min(1, { message: 'must not be empty' })
  .superRefine((text, context) => {
    const found = activeMarkup(text);
    if (found) {
      context.addIssue({ code: 'custom', message: `contains ${found}; this is plain text and Dossier publishes no code: remove the markup` });
    }
  });

