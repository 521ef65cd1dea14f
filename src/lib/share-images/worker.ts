/**
 * Draws share cards into the cache, in a process of its own beside `astro build` (see
 * src/lib/share-images/pool.ts): reads a JSON array of cards on stdin and prints the index of each
 * card once its PNG is in the cache. Its one argument is the project root, whose fonts and cache it uses.
 */
import { text } from 'node:stream/consumers';
import { drawShareImage, type ShareCard } from './draw.ts';

const [root = ''] = process.argv.slice(2);
const cards = JSON.parse(await text(process.stdin)) as ShareCard[];
for (const [index, card] of cards.entries()) {
  await drawShareImage(card, root);
  process.stdout.write(`${index}\n`);
}
