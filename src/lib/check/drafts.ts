import type { CheckedData } from './article-rules';
import type { Problem } from '../source/problems';

/** The summary `npm run new` writes into a draft claim, which a confirmed claim may not keep. */
export const draftSummary = 'TODO: one line in the site’s words';

/** Whether the content check refuses drafts (`npm run check:content`, `npm run build`) or lets them through (`astro dev`). */
export type DraftPolicy = 'refuse' | 'allow';

/** What the editor removes once a draft is confirmed: `draft: true`, or the line holding `npm run new`'s note. */
const draftLine = (draft: true | string) => (draft === true ? '"draft: true"' : 'the "draft" line');

/**
 * Reports each item `npm run new` drafted and nobody has confirmed yet, one line each, saying what to
 * check and, where `npm run new` left one, its note (why no speaker, what a position rests on); and a
 * confirmed actor, claim or position that still has the draft's placeholder role or summary.
 */
export function unconfirmedDrafts(data: CheckedData): Problem[] {
  const problems: Problem[] = [];
  const placeholder = (path: string, what: string) => ({ path, message: `the summary is still the placeholder npm run new wrote: say in one line, in the site’s words, what the ${what} is` });
  data.actors.forEach((actor, index) => {
    if (actor?.draft) {
      const note = typeof actor.draft === 'string' ? `${actor.draft}; ` : '';
      problems.push({
        path: `actors.${index}.draft`,
        message: `draft actor "${actor.id}" from npm run new: ${note}check its role and aliases against this article, then remove ${draftLine(actor.draft)}`,
      });
    } else if (actor?.role === draftSummary) {
      problems.push({ path: `actors.${index}.role`, message: 'the role is still the placeholder npm run new wrote: say in a few words what the actor is in this article, as the text has it, or remove the role' });
    }
  });
  data.positions.forEach((position, index) => {
    if (position?.draft) {
      const note = typeof position.draft === 'string' ? `${position.draft}; ` : '';
      problems.push({
        path: `positions.${index}.draft`,
        message: `draft position from npm run new: ${note}check the stance and the excerpts, write its summary, then remove ${draftLine(position.draft)}`,
      });
    } else if (position?.summary === draftSummary) problems.push(placeholder(`positions.${index}.summary`, 'position'));
  });
  data.claims.forEach((claim, index) => {
    if (claim?.draft) {
      const who =
        claim.speaker !== undefined ? `check that "${claim.speaker}" said it and its kind`
        : typeof claim.draft === 'string' ? `no speaker is proposed: ${claim.draft}`
        : 'no speaker was found: set speaker (or another kind)';
      problems.push({ path: `claims.${index}.draft`, message: `draft claim from npm run new: ${who}, write its summary, then remove ${draftLine(claim.draft)}` });
    } else if (claim?.summary === draftSummary) problems.push(placeholder(`claims.${index}.summary`, 'claim'));
  });
  return problems.map((problem) => ({ ...problem, draft: true }));
}
