import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
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

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

/** Inter from the @fontsource package, read once: used only to draw the cards, never sent to readers. */
function loadFonts() {
  const require = createRequire(join(process.cwd(), 'package.json'));
  const file = (weight: number) => require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`);
  fonts ??= [
    { name: 'Inter', data: readFileSync(file(400)), weight: 400, style: 'normal' },
    { name: 'Inter', data: readFileSync(file(700)), weight: 700, style: 'normal' },
  ];
  return fonts;
}

/** Shortens text to at most `max` characters on a word boundary. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

type Node = { type: string; props: Record<string, unknown> };
const box = (style: Record<string, unknown>, children: (Node | string)[] | Node | string): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** Draws a 1200×630 PNG share card: site name, kicker, title and byline, with no outside service. */
export async function renderShareImage(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  const title = clip(card.title, 180);
  const tree = box(
    { width: SHARE_IMAGE.width, height: SHARE_IMAGE.height, boxSizing: 'border-box', flexDirection: 'column', justifyContent: 'space-between', padding: 64, background: '#fdfcf9', color: '#1c1b19', fontFamily: 'Inter', borderTop: '16px solid #0b57a4' },
    [
      box({ fontSize: 30, fontWeight: 700, color: '#0b57a4', textTransform: 'uppercase', letterSpacing: 2 }, card.kicker),
      box({ width: '100%', fontSize: title.length > 110 ? 44 : 56, fontWeight: 700, lineHeight: 1.2 }, title),
      box({ width: '100%', justifyContent: 'space-between', fontSize: 28, color: '#5b5852' }, [box({}, card.byline ? clip(card.byline, 70) : ''), box({ fontWeight: 700, color: '#1c1b19' }, 'Dossier')]),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], { ...SHARE_IMAGE, fonts: loadFonts() });
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE.width } }).render().asPng());
}
