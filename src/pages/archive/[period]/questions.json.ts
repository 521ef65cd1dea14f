import type { APIRoute, GetStaticPaths } from 'astro';
import { getHistories, getLookups } from '../../../data/articles';
import { keyed } from '../../../data/cache-keys';
import type { StanceHistory } from '../../../lib/corpus/timeline';
import type { Question } from '../../../schemas/question';
import { questionsDocument } from '../../../lib/publish/questions-json';
import { fullTextUrl, questionUrl } from '../../../lib/publish/urls';
import { historiesByPeriod } from '../../../views/exports';
import { periodLabel } from '../../../views/periods';

/**
 * One file per period of the record: every question its articles bear on, with each actor's steps in them
 * (changes marked against the whole story). The props carry all the file shows, so they are its cache key.
 */
export const getStaticPaths = keyed(async () => {
  const { questions } = await getLookups();
  return [...historiesByPeriod(await getHistories())].map(([period, histories]) => ({
    params: { period },
    props: { histories, questions: [...questions.values()].filter((question) => histories.some((history) => history.question === question.id)) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ histories: StanceHistory[]; questions: Question[] }, { period: string }> = ({ params: { period }, props: { histories, questions } }) => {
  const document = questionsDocument(questions, histories, { question: questionUrl, paragraph: fullTextUrl });
  return new Response(JSON.stringify({ period, label: periodLabel(period), ...document }, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
