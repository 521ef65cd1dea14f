import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { cachedShareImage, drawShareImage, shareImageCacheFile, type ShareCard } from './draw';

/**
 * Drawing the share cards is most of a build's work (tens of milliseconds a card, one card per
 * claim) and none of it needs Astro. So the build hands every card that is not yet cached to child
 * processes, one per core, which draw them into the cache while Astro renders the pages (Astro's
 * rendering is single-threaded, and once it is done waiting for cards its core is free); each image
 * route then waits for its card and reads it from the cache. The children's memory is their own,
 * and freed when they finish.
 */

interface Pending {
  promise: Promise<void>;
  resolve: () => void;
  reject: (error: Error) => void;
}

/** Cards handed to a drawing process and not yet drawn, by cache file. */
const pending = new Map<string, Pending>();

function defer(): Pending {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  // A card nobody asks for must not fail the build as an unhandled rejection.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/** Starts drawing `cards` (those not cached yet) in `processes` child processes, with the project at `root`. */
export function prepareShareImages(cards: readonly ShareCard[], root: string, processes = availableParallelism()): void {
  const todo = cards.map((card) => ({ card, file: shareImageCacheFile(card, root) })).filter(({ file }) => !pending.has(file) && !existsSync(file));
  if (todo.length === 0) return;
  // The worker runs from the project's sources: this module itself is bundled into the build's output.
  const script = join(root, 'src/lib/share-images/worker.ts');
  for (let lane = 0; lane < processes; lane++) {
    // Every `processes`-th card, so each process gets cards from the whole corpus.
    const share = todo.filter((_, index) => index % processes === lane);
    if (share.length === 0) continue;
    for (const { file } of share) pending.set(file, defer());
    const child = spawn(process.execPath, [script, root], { stdio: ['pipe', 'pipe', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const file = share[Number(line)]?.file;
      if (file) {
        pending.get(file)?.resolve();
        pending.delete(file);
      }
    });
    child.on('close', (code) => {
      for (const { file } of share) {
        pending.get(file)?.reject(new Error(`the share-image process stopped (exit ${code}) before drawing this card:\n${errors}`));
        pending.delete(file);
      }
    });
    child.stdin.end(JSON.stringify(share.map(({ card }) => card)));
  }
}

/** The card's PNG: from the cache, once a drawing process has drawn it, or drawn here and now. */
export async function renderShareImage(card: ShareCard, root: string): Promise<Uint8Array<ArrayBuffer>> {
  const waiting = pending.get(shareImageCacheFile(card, root));
  if (waiting) await waiting.promise.catch(() => undefined);
  return cachedShareImage(card, root) ?? drawShareImage(card, root);
}
