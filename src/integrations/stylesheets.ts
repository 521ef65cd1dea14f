import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { renderedStylesheets, type StylesheetRecord } from '../lib/publish/stylesheets';

/** The record of every page's stylesheets, kept in Astro's cache folder, beside the pages it keeps. */
export const stylesheetRecordFile = 'dossier-stylesheets.json';

/** A kept record, or an empty one where there is none (or it cannot be read). */
export function readStylesheetRecord(file: string): StylesheetRecord {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as StylesheetRecord;
    return { joined: { ...record.joined }, single: [...record.single] };
  } catch {
    return { joined: {}, single: [] };
  }
}

/**
 * Writes into `assets` each joined stylesheet of `record` whose pieces are there (this build's), the pieces in
 * order, and removes the pieces that only joined stylesheets use. Returns the record of what this build's
 * pages can link (entries whose pieces an earlier build emitted are dropped: no page links them any more), and
 * how many files it wrote from how many pieces.
 */
export function writeJoinedStylesheets(assets: string, record: StylesheetRecord): { record: StylesheetRecord; joined: number; pieces: number } {
  const emitted = (name: string) => existsSync(join(assets, name));
  const kept: StylesheetRecord = { joined: {}, single: record.single.filter(emitted) };
  const merged = new Set<string>();
  for (const [name, pieces] of Object.entries(record.joined)) {
    if (!pieces.every(emitted)) continue;
    writeFileSync(join(assets, name), `${pieces.map((piece) => readFileSync(join(assets, piece), 'utf8').trim()).join('\n')}\n`);
    kept.joined[name] = pieces;
    for (const piece of pieces) merged.add(piece);
  }
  for (const piece of merged) if (!kept.single.includes(piece)) rmSync(join(assets, piece));
  return { record: kept, joined: Object.keys(kept.joined).length, pieces: merged.size };
}

/**
 * Writes the stylesheets the pages link once the build is done (`src/lib/publish/stylesheets.ts` says why and
 * how): those of the pages rendered in this build, and, from the record kept in Astro's cache, those of the
 * pages the incremental build kept. `npm run build` renders every page again when that record is missing.
 */
export default function stylesheetsIntegration(): AstroIntegration {
  let assets = '_astro';
  let recordFile = '';
  let keptPages = '';
  return {
    name: 'dossier-stylesheets',
    hooks: {
      'astro:config:done': ({ config }) => {
        assets = config.build.assets;
        recordFile = fileURLToPath(new URL(stylesheetRecordFile, config.cacheDir));
        keptPages = fileURLToPath(new URL('incremental-build.json', config.cacheDir));
      },
      'astro:build:start': ({ logger }) => {
        // Pages kept without the record of the stylesheets they link would name files no build writes: then the
        // incremental build's own record goes, and every page is rendered again.
        if (existsSync(recordFile) || !existsSync(keptPages)) return;
        rmSync(keptPages);
        logger.info(`${stylesheetRecordFile} is missing from Astro's cache: every page is rendered again`);
      },
      'astro:build:done': ({ dir, logger }) => {
        const kept = readStylesheetRecord(recordFile);
        const rendered = renderedStylesheets();
        const all: StylesheetRecord = { joined: { ...kept.joined, ...rendered.joined }, single: [...new Set([...kept.single, ...rendered.single])] };
        const { record, joined, pieces } = writeJoinedStylesheets(join(fileURLToPath(dir), assets), all);
        mkdirSync(dirname(recordFile), { recursive: true });
        writeFileSync(recordFile, `${JSON.stringify(record)}\n`);
        logger.info(`${joined} stylesheet(s) joined from ${pieces} piece(s): one a page`);
      },
    },
  };
}
