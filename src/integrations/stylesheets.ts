import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** A stylesheet link as Astro writes it in a built page. */
const linkPattern = /<link rel="stylesheet" href="([^"]+)">/g;

/** Every file below a folder, as paths relative to it. */
function filesBelow(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

/**
 * Joins the stylesheets of every page below `site` that links more than one of those in `assets` (linked
 * as `prefix` + file name), each set once, into `assets/style.<hash>.css`, and removes the joined pieces
 * that no page links any more. Returns how many files it wrote and from how many pieces.
 */
export function joinStylesheets(site: string, assets: string, prefix: string): { joined: number; pieces: number } {
  const joined = new Map<string, string>();
  const merged = new Set<string>();
  const linked = new Set<string>();
  for (const page of filesBelow(site).filter((file) => file.endsWith('.html'))) {
    const html = readFileSync(join(site, page), 'utf8');
    const sheets = [...html.matchAll(linkPattern)].map((match) => match[1]!).filter((href) => href.startsWith(prefix) && href.endsWith('.css'));
    if (sheets.length < 2) {
      for (const href of sheets) linked.add(href);
      continue;
    }
    const key = sheets.join('\n');
    let href = joined.get(key);
    if (!href) {
      const css = sheets.map((sheet) => readFileSync(join(site, assets, sheet.slice(prefix.length)), 'utf8').trim()).join('\n');
      const hash = createHash('sha256').update(css).digest('base64url').slice(0, 8);
      href = `${prefix}style.${hash}.css`;
      writeFileSync(join(site, assets, `style.${hash}.css`), `${css}\n`);
      joined.set(key, href);
      for (const sheet of sheets) merged.add(sheet);
    }
    linked.add(href);
    let first = true;
    const rewritten = html.replace(linkPattern, (link, sheet: string) => {
      if (!sheets.includes(sheet)) return link;
      if (!first) return '';
      first = false;
      return `<link rel="stylesheet" href="${href}">`;
    });
    // A new file in its place, not written into: the page may be a link to Astro's cache (src/cli/incremental-links.ts).
    writeFileSync(join(site, `${page}.joining`), rewritten);
    renameSync(join(site, `${page}.joining`), join(site, page));
  }
  for (const sheet of merged) if (!linked.has(sheet)) rmSync(join(site, assets, sheet.slice(prefix.length)));
  return { joined: joined.size, pieces: merged.size };
}

/**
 * One render-blocking stylesheet a page, holding only the rules of that page's kind.
 *
 * With `vite.build.cssCodeSplit`, Astro gives each page the CSS of the components it renders, but
 * as several files: one for the layout's shared rules, one for the page's own, one for each
 * component shared by some pages and not others. Each is a request that blocks rendering. Once the
 * build is done, this joins each page's stylesheets, in the order the page links them (so the
 * cascade is the one the separate files gave), into one file named by its content, and removes the
 * pieces no page links any more. Pages of one kind load the same rules, so they share one file
 * that a browser caches: one file a page kind (summary, full text, claim, actor, index, search).
 */
export default function stylesheetsIntegration(): AstroIntegration {
  let prefix = '/_astro/';
  let assets = '_astro';
  return {
    name: 'dossier-stylesheets',
    hooks: {
      'astro:config:done': ({ config }) => {
        assets = config.build.assets;
        prefix = `${config.base.replace(/\/?$/, '/')}${assets}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const { joined, pieces } = joinStylesheets(fileURLToPath(dir), assets, prefix);
        logger.info(`${joined} stylesheet(s) joined from ${pieces} piece(s): one a page`);
      },
    },
  };
}
