import { groupByKind, type ActorProfile, type Appearance } from '../lib/analysis/actors';
import { filingName } from '../lib/analysis/glance';
import { mentionedBlocks } from '../lib/analysis/model';
import { actorKinds, type ActorKind } from '../schemas/vocabularies';
import { counted } from './refs';
import { collate } from '../lib/text/language';

/** One row of the actor index. */
export interface ActorRow {
  id: string;
  name: string;
  /** The roles the articles give, each once, the latest first. */
  roles: string[];
  /** E.g. "2 positions · 3 claims · named in 5 paragraphs". */
  counts: string;
}

/** How many of an actor's distinct roles its row in the index names; its page has the rest. */
export const INDEX_ROLES = 3;

/** The roles the articles give, each once, newest article first. */
export const rolesOf = (appearances: readonly Pick<Appearance, 'role'>[]) => [...new Set(appearances.flatMap((appearance) => (appearance.role ? [appearance.role] : [])))];

/** The actor index: each kind's actors, people by family name and the rest by name, one row each. */
export function actorIndexView(actors: readonly ActorProfile[]): { kind: ActorKind; label: string; rows: ActorRow[] }[] {
  return groupByKind(actors).map(([kind, members]) => ({
    kind,
    label: actorKinds[kind].plural,
    rows: members
      .toSorted((a, b) => collate(filingName(a), filingName(b)))
      .map((actor) => {
        const sum = (count: (appearance: Appearance) => number) => actor.appearances.reduce((total, appearance) => total + count(appearance), 0);
        const counts = [
          counted(sum((a) => a.positions.length), 'position'),
          counted(sum((a) => a.claims.length + a.carried.length), 'claim'),
          `named in ${counted(sum((a) => mentionedBlocks(a.mentions).length), 'paragraph')}`,
        ];
        return { id: actor.id, name: actor.name, roles: rolesOf(actor.appearances).slice(0, INDEX_ROLES), counts: counts.join(' · ') };
      }),
  }));
}
