import type { APIRoute } from 'astro';
import { getActors, getArticles } from '../data/articles';
import { actorsDocument } from '../lib/publish/actors-json';
import { actorUrl, archiveUrl, claimUrl, fullTextUrl } from '../lib/publish/urls';
import { exportPeriods } from '../views/exports';

/**
 * Every actor with the registry's fields, and the periods of the record: what each article holds of an actor
 * (role, positions, claims, mentions) is in the period's file, `/archive/<period>/actors.json`, so that this
 * file grows with the registry, not with the story.
 */
export const GET: APIRoute = async () => {
  const { actors } = actorsDocument(await getActors(), { actor: actorUrl, paragraph: fullTextUrl, claim: claimUrl });
  const periods = exportPeriods(await getArticles()).map((link) => ({ ...link, url: `${archiveUrl(link.period)}actors.json` }));
  return new Response(JSON.stringify({ actors: actors.map(({ articles, ...actor }) => ({ ...actor, articleCount: articles.length })), periods }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
