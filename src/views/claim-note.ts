import { claimAnchor, excerptAnchor } from '../lib/anchors/fragments';
import { retiredTo } from '../lib/anchors/manifest';
import type { ClaimEntry } from '../lib/analysis/model';
import { claimUrl, fullTextUrl } from '../lib/publish/urls';
import { claimKinds, sourcingClasses } from '../schemas/vocabularies';
import { actorRef, type ActorRef } from './refs';

/** A claim as every list of claims shows it: the full text's notes, the summary's claims, an actor's claims. */
export interface ClaimNote {
  id: string;
  /** The claim's published id, `claim-<id>`. */
  anchor: string;
  /** The claim's number in the article, as its marker in the full text shows it; given where the list is the article's. */
  n?: number | undefined;
  summary: string;
  /** The article's words the claim rests on, verbatim. */
  excerpt: string;
  kind: string;
  sourcing: string;
  speaker?: ActorRef | undefined;
  via?: ActorRef | undefined;
  /** The claim's own page. */
  url: string;
  /** The excerpt in the full text. */
  inText: string;
  /** Retired anchors that now lead to this claim. */
  retired: string[];
}

/** Where a claim stands: its article, and where the list is the article's own, its number and the anchors retired to it. */
export interface ClaimPlace {
  slug: string;
  n?: number | undefined;
  retired?: Readonly<Record<string, string>> | undefined;
}

/** A claim of the article `place.slug`, its actors named from `names`. */
export function claimNote(claim: ClaimEntry, names: ReadonlyMap<string, string>, place: ClaimPlace): ClaimNote {
  const { slug, n, retired = {} } = place;
  return {
    id: claim.id,
    anchor: claimAnchor(claim.id),
    n,
    summary: claim.summary,
    excerpt: claim.excerpt,
    kind: claimKinds[claim.kind].label,
    sourcing: sourcingClasses[claim.sourcing].label,
    speaker: actorRef(names, claim.speaker),
    via: actorRef(names, claim.via),
    url: claimUrl(slug, claim.id),
    inText: fullTextUrl(slug, excerptAnchor(claim.id)),
    retired: retiredTo(retired, claimAnchor(claim.id)),
  };
}
