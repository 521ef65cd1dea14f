import type { APIRoute, GetStaticPaths } from 'astro';
import { getActors } from '../../../data/articles';
import { keyed } from '../../../data/cache-keys';
import type { ActorProfile } from '../../../lib/analysis/actors';
import { actorsDocument } from '../../../lib/publish/actors-json';
import { actorUrl, claimUrl, fullTextUrl } from '../../../lib/publish/urls';
import { actorsByPeriod } from '../../../views/exports';
import { periodLabel } from '../../../views/periods';

/** One file per period of the record: every actor its articles list, with what each of those articles holds of it; the props are all it shows, so they are its cache key. */
export const getStaticPaths = keyed(async () => [...actorsByPeriod(await getActors())].map(([period, actors]) => ({ params: { period }, props: { actors } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ actors: ActorProfile[] }, { period: string }> = ({ params: { period }, props: { actors } }) =>
  new Response(
    JSON.stringify({ period, label: periodLabel(period), ...actorsDocument(actors, { actor: actorUrl, paragraph: fullTextUrl, claim: claimUrl }) }, null, 2),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
