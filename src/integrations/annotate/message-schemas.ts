import { z } from 'astro/zod';
import type { Annotation } from '../../lib/authoring/annotate';
import { limits } from '../../lib/check/limits';
import { idSchema } from '../../schemas/id';
import { claimKinds, stances, vocabulary } from '../../schemas/vocabularies';

/** The selected words, which become the entry's excerpt: the check then proves they are in the body. */
const excerpt = z.string().trim().min(1, { message: 'select words of the article’s text first' }).max(limits.excerpt, { message: `is longer than an excerpt may be (${limits.excerpt} characters)` });
/** A summary in the site's words; the content check judges its text. */
const summary = z.string().max(limits.text, { message: `is longer than a text field may be (${limits.text} characters)` });

/** One entry an editor adds from a selection of the article's words (the dev toolbar's Annotate app). */
const annotationSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('claim'),
    excerpt,
    /** What kind of claim: one of `claimKinds` in `vocabularies.ts`. */
    kind: vocabulary(claimKinds),
    /** The speaker's actor id; none for the article's own voice. */
    speaker: idSchema.optional(),
    summary,
  }),
  z.strictObject({
    type: z.literal('position'),
    excerpt,
    actor: idSchema,
    question: idSchema,
    /** One of `stances` in `vocabularies.ts`. */
    stance: vocabulary(stances),
    summary,
  }),
  z.strictObject({
    type: z.literal('alias'),
    excerpt,
    actor: idSchema,
  }),
]) satisfies z.ZodType<Annotation>;

/** A request's id, made by the app, which its reply carries back. */
const requestSchema = z.string().min(1).max(100);

/** What the app asks about: the article whose full text is open. Every message carries the request's id. */
export const askSchema = z.strictObject({
  request: requestSchema,
  /** The article's slug, its file's name in `content/articles/`. */
  slug: idSchema,
});

/** An annotation the app asks the server to write into the article, with the digest of the file it was chosen on. */
export const addSchema = askSchema.extend({
  /** The file's digest from the `choices` reply: the server writes only into the very bytes the page was loaded from. */
  digest: z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be the digest the choices reply gave' }),
  annotation: annotationSchema,
});
