import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';
import satori from 'satori';

/** What a share card says. */
export interface ShareCard {
  /** Small line above the title, e.g. "Claim" or "Article". */
  kicker: string;
  /** The headline or the quoted excerpt. */
  title: string;
  /** Who said it, or what it is part of. */
  byline?: string;
}

/** Share cards are the size Open Graph and Twitter recommend. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/**
 * Shortens text to at most `max` characters, ellipsis included: at the end of a phrase (after a
 * comma, semicolon, colon or dash) if one falls in the last third of what fits, otherwise at a
 * word boundary.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const phrase = Math.max(...[...cut.matchAll(/[,;:](?=\s)|[—–]/g)].map((match) => match.index));
  const end = phrase >= (2 * max) / 3 ? phrase : Math.max(cut.lastIndexOf(' '), max / 2);
  return `${cut.slice(0, end).replace(/[\s,;:—–]+$/, '')}…`;
}

/** The title's type size, fitted to its length so that a short quote is large and a long one still fits. */
export function titleSize(title: string): number {
  return title.length <= 60 ? 64 : title.length <= 110 ? 56 : title.length <= 160 ? 48 : 42;
}

/** An element as satori reads it. */
export type CardNode = { type: string; props: Record<string, unknown> };
const box = (style: Record<string, unknown>, children: (CardNode | string)[] | CardNode | string): CardNode => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** The layout of a card: site name, kicker, title and byline. Pure, so it can key the cache. */
export function shareCardTree(card: ShareCard): CardNode {
  const title = clip(card.title, 200);
  return box(
    { width: SHARE_IMAGE.width, height: SHARE_IMAGE.height, boxSizing: 'border-box', flexDirection: 'column', justifyContent: 'space-between', padding: 64, background: '#fdfcf9', color: '#1c1b19', fontFamily: 'Inter', borderTop: '16px solid #0b57a4' },
    [
      box({ fontSize: 30, fontWeight: 700, color: '#0b57a4', textTransform: 'uppercase', letterSpacing: 2 }, card.kicker),
      box({ width: '100%', fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.2 }, title),
      box({ width: '100%', justifyContent: 'space-between', fontSize: 28, color: '#5b5852' }, [box({}, card.byline ? clip(card.byline, 70) : ''), box({ fontWeight: 700, color: '#1c1b19' }, 'Dossier')]),
    ],
  );
}

/** What drawing needs from the project: the fonts and the versions that shape the output. */
interface Drawing {
  fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[];
  /** The versions of every package that shapes the pixels, so an upgrade draws every card anew. */
  versions: string;
}

/** Bump when drawing changes in a way the card's layout does not show (fonts, rasteriser options). */
const DRAWING_VERSION = 3;

/** Inter's subsets the cards are drawn with, every one a script satori draws letter by letter without shaping. */
const interSubsets = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'] as const;

/**
 * Whether a card can draw a text with the right shapes: every letter in a script Inter's subsets cover and
 * that needs no shaping (Latin, Cyrillic, Greek). Satori neither joins Arabic letters nor lays out right to
 * left, so an Arabic or Hebrew text would come out as wrong shapes; Devanagari, Chinese and the rest have no font.
 */
export function drawable(text: string): boolean {
  return /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Common}\p{Script=Inherited}]*$/u.test(text) && !/[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u.test(text);
}

const projects = new Map<string, Drawing>();

/** Inter from @fontsource, every subset (used only to draw the cards, never sent to readers, never fetched), read once from the project at `root`. */
function setUp(root: string): Drawing {
  const known = projects.get(root);
  if (known) return known;
  const require = createRequire(join(root, 'package.json'));
  const version = (name: string) => `${name}@${(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version}`;
  // One family name per subset: satori looks for a missing glyph in the other families, but within one name it
  // keeps to the first font and draws a box with the code point in it.
  const font = (subset: string, weight: 400 | 700) => ({
    name: subset === 'latin' ? 'Inter' : `Inter ${subset}`,
    data: readFileSync(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const,
  });
  const project = {
    fonts: interSubsets.flatMap((subset) => [font(subset, 400), font(subset, 700)]),
    versions: [`drawing@${DRAWING_VERSION}`, ...['satori', '@resvg/resvg-js', '@fontsource/inter'].map(version), `sharp@${sharp.versions.sharp ?? '?'}`, `imagequant@${sharp.versions.imagequant ?? '?'}`].join(' '),
  };
  projects.set(root, project);
  return project;
}

/**
 * Where drawn cards are kept between builds, each under a hash of everything that shapes it:
 * `DOSSIER_CACHE_DIR`, or `node_modules/.cache/dossier/` in the project at `root`, which hosts that
 * keep `node_modules` between builds keep too. Deleting it is always safe.
 */
export function shareImageCacheDir(root: string, env: Record<string, string | undefined> = process.env): string {
  return join(env.DOSSIER_CACHE_DIR ?? join(root, 'node_modules/.cache/dossier'), 'share-images');
}

/** The cache file of a card drawn by the project at `root`, named by a hash of its layout and of the versions that draw it. */
export function shareImageCacheFile(card: ShareCard, root: string): string {
  const key = createHash('sha256').update(setUp(root).versions).update(JSON.stringify(shareCardTree(card))).digest('hex');
  return join(shareImageCacheDir(root), key.slice(0, 2), `${key}.png`);
}

/** The card's PNG if it is in the cache. */
export function cachedShareImage(card: ShareCard, root: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    return new Uint8Array(readFileSync(shareImageCacheFile(card, root)));
  } catch {
    return undefined;
  }
}

/**
 * A card is text on flat colour: a palette of 16 colours (sharp's libimagequant, with the edges of the
 * letters antialiased in the palette's greys and blues, not dithered, since dithering a flat ground only adds
 * noise) keeps it as it looks at under a third of the bytes of a truecolour PNG (52 KB → 19 KB at 64 colours
 * for the present article's card; 16 undithered colours take a claim's card from 16.0 to 13.9 KB and an
 * article's from 11.6 to 9.9 KB, and 32 or 64 give the same bytes as each other, as the card holds fewer).
 * Quantizing is half of a card's time; at `effort` 4 it takes about half as long as at 10 and gives the same
 * bytes (issue 20; effort 1 is faster still, but its files are 3 % larger).
 */
const PALETTE = { palette: true, colours: 16, dither: 0, compressionLevel: 9, effort: 4 } as const;

/** Draws a 1200×630 PNG share card with no outside service, with the fonts of the project at `root`, and keeps it in the cache. */
export async function drawShareImage(card: ShareCard, root: string): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(shareCardTree(card) as Parameters<typeof satori>[0], { ...SHARE_IMAGE, fonts: setUp(root).fonts });
  // renderAsync, not new Resvg().render(): the synchronous render never frees its 3 MB pixmap
  // (resvg-js 2.6), which a build of a thousand articles would feel as gigabytes.
  const truecolour = (await renderAsync(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE.width } })).asPng();
  const png = new Uint8Array(await sharp(truecolour).png(PALETTE).toBuffer());
  // Written beside its final name, then renamed: a build that dies half way leaves no torn file.
  const path = shareImageCacheFile(card, root);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.${process.pid}`, png);
  renameSync(`${path}.${process.pid}`, path);
  return png;
}
