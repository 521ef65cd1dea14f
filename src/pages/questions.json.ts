import type { APIRoute } from 'astro';
import { getArticles, getHistories, getLookups } from '../data/articles';
import { questionsDocument } from '../lib/publish/questions-json';
import { archiveUrl, fullTextUrl, questionUrl } from '../lib/publish/urls';
import { exportPeriods } from '../views/exports';

/**
 * Every question with the registry's fields and each actor's stance now (its latest step), and the periods of
 * the record: every step is in the period's file, `/archive/<period>/questions.json`, so that this file grows
 * with the registry, not with the story.
 */
export const GET: APIRoute = async () => {
  const { questions } = await getLookups();
  const latest = (await getHistories()).map((history) => ({ ...history, steps: history.steps.slice(-1) }));
  const document = questionsDocument([...questions.values()], latest, { question: questionUrl, paragraph: fullTextUrl });
  // `now`, not `steps`: a reader of the old file who walks `steps` is told, not handed one step as the history.
  const now = document.questions.map(({ stances, ...question }) => ({ ...question, stances: stances.map(({ actor, steps }) => ({ actor, now: steps[0] })) }));
  const periods = exportPeriods(await getArticles()).map((link) => ({ ...link, url: `${archiveUrl(link.period)}questions.json` }));
  return new Response(JSON.stringify({ questions: now, periods }, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
