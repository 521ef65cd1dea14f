import type { APIRoute } from 'astro';
import { getActors } from '../data/articles';
import { actorsDocument } from '../lib/publish/actors-json';
import { actorUrl, claimUrl, fullTextUrl } from '../lib/publish/urls';

export const GET: APIRoute = async () =>
  new Response(
    JSON.stringify(actorsDocument(await getActors(), { actor: actorUrl, paragraph: fullTextUrl, claim: claimUrl }), null, 2),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
