import { z } from 'astro/zod';

/**
 * An article's published anchors, committed in `content/anchors/<slug>.json`.
 * Written by `npm run anchors:update`; read by the build, which refuses to drop one silently.
 */
export const anchorManifestSchema = z.strictObject({
  /** Every fragment the article's pages answer: block ids and `claim-<id>`s. */
  anchors: z.array(z.string().min(1)),
  /** Anchors that were retired on purpose, each mapped to the anchor that took its place. */
  retired: z.record(z.string(), z.string()).default({}),
});

export type AnchorManifest = z.infer<typeof anchorManifestSchema>;
