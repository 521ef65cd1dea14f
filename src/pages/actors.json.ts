import type { APIRoute } from 'astro';
import { getActors } from '../data/articles';
import { actorsDocument } from '../lib/export-actors';
import { actorUrl, claimUrl, fullTextUrl } from '../lib/urls';

export const GET: APIRoute = async () =>
  new Response(
    JSON.stringify(actorsDocument(await getActors(), { actor: actorUrl, paragraph: fullTextUrl, claim: claimUrl }), null, 2),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
