import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../data/articles';
import { shareCards } from '../../lib/share';
import { renderShareImage, type ShareCard } from '../../lib/share-image';

export const getStaticPaths = (async () =>
  shareCards(await getArticles()).map(({ key, card }) => ({ params: { key }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props: { card } }) =>
  new Response(await renderShareImage(card), { headers: { 'Content-Type': 'image/png' } });
