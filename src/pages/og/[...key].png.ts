import type { APIRoute, GetStaticPaths } from 'astro';
import { root } from 'virtual:dossier/project';
import { getArticles } from '../../data/articles';
import { keyed } from '../../data/cache-keys';
import { shareCards } from '../../lib/share-images/cards';
import type { ShareCard } from '../../lib/share-images/draw';
import { prepareShareImages, renderShareImage } from '../../lib/share-images/pool';

export const getStaticPaths = keyed(async () => {
  const cards = shareCards(await getArticles());
  // Astro asks every route for its paths before it renders any page: start drawing the cards now.
  if (import.meta.env.PROD) prepareShareImages(cards.map(({ card }) => card), root);
  return cards.map(({ key, card }) => ({ params: { key }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props: { card } }) =>
  new Response(await renderShareImage(card, root), { headers: { 'Content-Type': 'image/png' } });
