import type { APIRoute } from 'astro';
import { getHistories, getLookups } from '../data/articles';
import { questionsDocument } from '../lib/publish/questions-json';
import { fullTextUrl, questionUrl } from '../lib/publish/urls';

export const GET: APIRoute = async () => {
  const { questions } = await getLookups();
  const document = questionsDocument([...questions.values()], await getHistories(), { question: questionUrl, paragraph: fullTextUrl });
  return new Response(JSON.stringify(document, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
