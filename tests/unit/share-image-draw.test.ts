import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedShareImage, drawShareImage, shareImageCacheDir, shareImageCacheFile, type ShareCard } from '../../src/lib/share-images/draw';
import { prepareShareImages, renderShareImage } from '../../src/lib/share-images/pool';
import { root } from '../support/build';

const card: ShareCard = { kicker: 'Direct quote', title: '"One boat serves us both," said Ana Reyes.', byline: 'Ana Reyes' };
let cache: string;
const previous = process.env.DOSSIER_CACHE_DIR;

beforeAll(() => {
  cache = mkdtempSync(join(tmpdir(), 'dossier-share-cache-'));
  process.env.DOSSIER_CACHE_DIR = cache;
});

afterAll(() => {
  if (previous === undefined) delete process.env.DOSSIER_CACHE_DIR;
  else process.env.DOSSIER_CACHE_DIR = previous;
  rmSync(cache, { recursive: true, force: true });
});

describe('the share-image cache', () => {
  it('lives in DOSSIER_CACHE_DIR, or under the project’s node_modules/.cache by default', () => {
    expect(shareImageCacheDir('/srv/project', { DOSSIER_CACHE_DIR: '/srv/cache' })).toBe('/srv/cache/share-images');
    expect(shareImageCacheDir('/srv/project', {})).toBe('/srv/project/node_modules/.cache/dossier/share-images');
  });

  it('names a card by what it shows: the same card one file, another card another', () => {
    expect(shareImageCacheFile({ ...card }, root)).toBe(shareImageCacheFile(card, root));
    expect(shareImageCacheFile({ ...card, title: 'Another title' }, root)).not.toBe(shareImageCacheFile(card, root));
    expect(shareImageCacheFile({ ...card, byline: 'Someone else' }, root)).not.toBe(shareImageCacheFile(card, root));
    expect(shareImageCacheFile(card, root).startsWith(join(cache, 'share-images'))).toBe(true);
  });

  it('keeps what it draws, and gives it back byte for byte', async () => {
    const drawn = await drawShareImage(card, root);
    expect(readFileSync(shareImageCacheFile(card, root))).toEqual(Buffer.from(drawn));
    expect(cachedShareImage(card, root)).toEqual(drawn);
    expect(cachedShareImage({ ...card, title: 'Never drawn' }, root)).toBeUndefined();
  });
});

describe('drawing beside the build', () => {
  it('draws the cards it is handed in child processes, and each page waits for its own', async () => {
    const cards = [1, 2, 3].map((n): ShareCard => ({ kicker: 'Claim', title: `Card number ${n} of a batch`, byline: 'A test' }));
    expect(cards.filter((entry) => existsSync(shareImageCacheFile(entry, root)))).toEqual([]);
    prepareShareImages(cards, root, 2);
    const images = await Promise.all(cards.map((entry) => renderShareImage(entry, root)));
    expect(cards.filter((entry) => existsSync(shareImageCacheFile(entry, root)))).toEqual(cards);
    expect(images.map((png) => Buffer.from(png.slice(1, 4)).toString())).toEqual(['PNG', 'PNG', 'PNG']);
    expect(images.map((png, index) => Buffer.from(png).equals(readFileSync(shareImageCacheFile(cards[index]!, root))))).toEqual([true, true, true]);
  });

  it('draws a card nobody handed over when its page asks for it', async () => {
    const lone: ShareCard = { kicker: 'Claim', title: 'A card drawn on demand' };
    const png = await renderShareImage(lone, root);
    expect(cachedShareImage(lone, root)).toEqual(png);
  });
});
