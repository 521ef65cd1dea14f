import type { ActorKind } from '../../schemas/actor';
import type { ClaimKind } from '../../schemas/claim';
import type { Stance } from '../../schemas/position';

/** What the site shows for metadata the source does not state. */
export const NOT_STATED = 'not stated in the source';

/** Each stance in words, with a symbol so that colour never carries meaning alone. */
export const stanceLabels: Record<Stance, { label: string; symbol: string }> = {
  supports: { label: 'Supports', symbol: '✓' },
  opposes: { label: 'Opposes', symbol: '✗' },
  conditional: { label: 'Conditional', symbol: '◐' },
  unclear: { label: 'Unclear', symbol: '?' },
};

/** Each claim kind as a reader reads it. */
export const claimKindLabels: Record<ClaimKind, string> = {
  quote: 'Direct quote',
  paraphrase: 'Paraphrase',
  reported: 'Reported',
  assertion: 'The article’s own assertion',
  analysis: 'Analysis',
};

/** Each actor kind as the heading of its group in the actor index. */
export const actorKindLabels: Record<ActorKind, string> = {
  person: 'People',
  country: 'Countries',
  organization: 'Organizations and alliances',
  outlet: 'Outlets',
  group: 'Groups',
  other: 'Others',
};
