/**
 * `npm run screenshots`: the project's first impression, taken from the built `dist/` (run
 * `npm run build` first) in Chromium at a desktop (1280×900) and a phone (390×844) viewport, and
 * written to `docs/screenshots/`, where the README shows them. Each is the first screen a reader
 * sees, light scheme, except one full text in the dark scheme. `--all <dir>` also writes every
 * page in both schemes, whole, to `<dir>`, for looking at a change as a reader would.
 *
 * The site is served by a small static server on a loopback port (`--port`, default 8652), so
 * the script needs neither nginx nor a network.
 */
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { root } from './build.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '8652' }, all: { type: 'string' } } });
const dist = join(root, 'dist');
const out = join(root, 'docs/screenshots');
if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.xml': 'application/xml' };

const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(dist, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(404, { 'content-type': types['.html']! });
    response.end(readFileSync(join(dist, '404.html')));
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise<void>((resolve) => server.listen(Number(values.port), '127.0.0.1', resolve));
const site = `http://127.0.0.1:${values.port}`;

const firstDir = (path: string) => readdirSync(join(dist, path), { withFileTypes: true }).find((entry) => entry.isDirectory())!.name;
const slug = firstDir('articles');
const claim = firstDir(`articles/${slug}/claims`);
const question = firstDir('questions');

/** The views a reader meets first, each at the widths it is shown at in the README. */
const shots = [
  { name: 'full-text-desktop', path: `/articles/${slug}/full/`, width: 1280, height: 900 },
  { name: 'full-text-phone', path: `/articles/${slug}/full/`, width: 390, height: 844 },
  { name: 'full-text-desktop-dark', path: `/articles/${slug}/full/`, width: 1280, height: 900, dark: true },
  { name: 'summary-desktop', path: `/articles/${slug}/`, width: 1280, height: 900 },
  { name: 'summary-phone', path: `/articles/${slug}/`, width: 390, height: 844 },
  { name: 'claim-desktop', path: `/articles/${slug}/claims/${claim}/`, width: 1280, height: 900 },
  { name: 'actor-index-desktop', path: '/actors/', width: 1280, height: 900 },
];

async function shoot(browser: Browser, { path, width, height, dark = false }: { path: string; width: number; height: number; dark?: boolean }, file: string, fullPage = false) {
  const viewport = { width, height };
  const page = await browser.newPage({ viewport, colorScheme: dark ? 'dark' : 'light', deviceScaleFactor: 1, hasTouch: width < 600, isMobile: width < 600 });
  await page.goto(site + path, { waitUntil: 'networkidle' });
  // A whole page, down to a few screens: enough to see a view's layout without an unreadable strip.
  const shown = fullPage ? Math.min(await page.evaluate(() => document.documentElement.scrollHeight), 3 * viewport.height) : viewport.height;
  await page.screenshot({ path: file, fullPage, clip: { x: 0, y: 0, width: viewport.width, height: shown } });
  await page.close();
}

const executablePath = existsSync(chromium.executablePath()) ? undefined : (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
const browser = await chromium.launch({ ...(executablePath ? { executablePath, args: ['--no-sandbox', '--disable-gpu'] } : {}) });
try {
  mkdirSync(out, { recursive: true });
  for (const shot of shots) await shoot(browser, shot, join(out, `${shot.name}.png`));
  if (values.all) {
    mkdirSync(values.all, { recursive: true });
    const pages = [`/`, `/articles/${slug}/`, `/articles/${slug}/full/`, `/articles/${slug}/claims/${claim}/`, '/actors/', `/actors/keir-starmer/`, '/questions/', `/questions/${question}/`, '/search/', '/missing/'];
    for (const path of pages) {
      for (const [width, height] of [[1280, 900], [390, 844]] as const) {
        for (const dark of [false, true]) {
          const name = `${path.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'home'}-${width}${dark ? '-dark' : ''}.png`;
          await shoot(browser, { path, width, height, dark }, join(values.all, name), true);
        }
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`screenshots written to ${out}${values.all ? ` and ${values.all}` : ''}`);
