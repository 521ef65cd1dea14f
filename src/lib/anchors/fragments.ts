/**
 * Every fragment name the site publishes besides block ids (`p-…` and heading ids, made in
 * `src/lib/text/block-ids.ts`): written here once, so that pages, plugins, the manifests and the
 * browser scripts name the same anchor the same way. Published fragments never change name.
 */

/** The fragment of an actor's entry in the actor index. */
export const actorAnchor = (actorId: string) => `actor-${actorId}`;

/** The fragment of a claim's entry in an article's analysis. */
export const claimAnchor = (claimId: string) => `claim-${claimId}`;

/** The fragment of a claim's marked excerpt in the full text. */
export const excerptAnchor = (claimId: string) => `excerpt-${claimId}`;

/** The id a position's entry gets: its actor and its question. */
export const positionId = (position: { actor: string; question: string }) => `${position.actor}--${position.question}`;

/** The fragment of a question's positions beside the full text; published as `issue-…` before questions had their name, and kept. */
export const questionAnchor = (questionId: string) => `issue-${questionId}`;

/** The fragment of a position's entry in the analysis beside the full text. */
export const positionAnchor = (id: string) => `position-${id}`;

/** What every position anchor of one actor starts with, for finding them in a page. */
export const actorPositionsPrefix = (actorId: string) => positionAnchor(`${actorId}--`);
