import type { APIRoute, GetStaticPaths } from 'astro';
import { getHistories, getLookups } from '../../../data/articles';
import type { StanceHistory } from '../../../lib/corpus/timeline';
import { questionsDocument } from '../../../lib/publish/questions-json';
import { fullTextUrl, questionUrl } from '../../../lib/publish/urls';
import { historiesByPeriod } from '../../../views/exports';
import { periodLabel } from '../../../views/periods';

/** One file per period of the record: every question its articles bear on, with each actor's steps in them (changes marked against the whole story). */
export const getStaticPaths = (async () => [...historiesByPeriod(await getHistories())].map(([period, histories]) => ({ params: { period }, props: { histories } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ histories: StanceHistory[] }, { period: string }> = async ({ params: { period }, props: { histories } }) => {
  const { questions } = await getLookups();
  const asked = [...questions.values()].filter((question) => histories.some((history) => history.question === question.id));
  const document = questionsDocument(asked, histories, { question: questionUrl, paragraph: fullTextUrl });
  return new Response(JSON.stringify({ period, label: periodLabel(period), ...document }, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
