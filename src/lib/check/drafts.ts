import type { CheckedData } from './article-rules';
import type { Problem } from '../source/problems';

/** The summary `npm run new` writes into a draft claim, which a confirmed claim may not keep. */
export const draftSummary = 'TODO: one line in the site’s words';

/** Whether the content check refuses drafts (`npm run check:content`, `npm run build`) or lets them through (`astro dev`). */
export type DraftPolicy = 'refuse' | 'allow';

/**
 * Reports each item `npm run new` drafted and nobody has confirmed yet, one line each, saying what to
 * check; and a confirmed claim that still has the draft's placeholder summary.
 */
export function unconfirmedDrafts(data: CheckedData): Problem[] {
  const problems: Problem[] = [];
  data.actors.forEach((actor, index) => {
    if (actor?.draft) {
      problems.push({
        path: `actors.${index}.draft`,
        message: `draft actor "${actor.id}" from npm run new: check its role and aliases against this article, then remove "draft: true"`,
      });
    }
  });
  data.claims.forEach((claim, index) => {
    if (claim?.draft) {
      const who = claim.speaker === undefined ? 'no speaker was found: set speaker (or another kind)' : `check that "${claim.speaker}" said it and its kind`;
      problems.push({ path: `claims.${index}.draft`, message: `draft claim from npm run new: ${who}, write its summary, then remove "draft: true"` });
    } else if (claim?.summary === draftSummary) {
      problems.push({ path: `claims.${index}.summary`, message: 'the summary is still the placeholder npm run new wrote: say in one line, in the site’s words, what the claim is' });
    }
  });
  return problems;
}
