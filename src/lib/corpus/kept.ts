/**
 * What the corpus read of each article, kept between builds in a folder of Astro's cache, so that one edited
 * article is the only one read again: at 1,000 articles, reading and checking every body is 7 of the 8 s the
 * corpus takes, and taking back what an earlier build kept is under 1 s (`docs/performance.md`).
 *
 * A reading is kept under a digest of everything it is made from: the article's path and text, the registries,
 * the draft policy, and the code that reads it (`codeDigest`: every file in `src/lib/` and `src/schemas/`, the
 * lockfile and the version of Node). Any change to one of them reads the article again. Only readings of articles the check passed are
 * kept: a file with problems is read and reported every time.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** Readings kept in one folder, by key: those a corpus read takes or makes are kept, every other is removed when it is done. */
export interface KeptReadings<Reading> {
  /** The reading kept under `key`, if there is one and it can be read back. */
  get(key: string): Reading | undefined;
  /** Keeps `reading` under `key`. */
  set(key: string, reading: Reading): void;
  /** Removes the readings this corpus read neither took nor made: those of files changed or gone. */
  finish(): void;
}

/** A digest of `parts`, each ended so that no two lists of parts run together into the same bytes. */
export function digestOfParts(...parts: (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url');
}

/**
 * The folders of the code the corpus is read with: everything `src/lib/corpus/corpus.ts` imports from the project
 * is in them (`tests/unit/architecture.test.ts`). The pages' own code is not: Astro tracks that itself.
 */
export const corpusCodeFolders = ['src/lib', 'src/schemas'];

/** A digest of the code the corpus is read with: every file in `corpusCodeFolders`, the lockfile, and Node's version (which `v8.serialize` writes for). */
export function codeDigest(root: string): string {
  const parts: (string | Buffer)[] = [process.version];
  for (const folder of corpusCodeFolders) {
    const files = existsSync(join(root, folder)) ? readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).sort() : [];
    for (const file of files) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(root, folder, file));
      } catch {
        continue; // a folder
      }
      parts.push(`${folder}/${file}`, bytes);
    }
  }
  const lockfile = join(root, 'package-lock.json');
  if (existsSync(lockfile)) parts.push(readFileSync(lockfile));
  return digestOfParts(...parts);
}

/** The readings kept in `folder`, each under the digest of what it is made from (`CorpusArticle.digest` without the manifest). */
export function keptReadings<Reading>(folder: string): KeptReadings<Reading> {
  const used = new Set<string>();
  const fileOf = (key: string) => join(folder, `${key}.v8`);
  return {
    get(key) {
      used.add(key);
      try {
        return deserialize(readFileSync(fileOf(key))) as Reading;
      } catch {
        return undefined; // none kept, or one a build stopped while writing
      }
    },
    set(key, reading) {
      used.add(key);
      mkdirSync(folder, { recursive: true });
      // Written whole, then named: a build stopped half-way leaves no reading cut short under a key.
      const fresh = `${fileOf(key)}.${process.pid}`;
      writeFileSync(fresh, serialize(reading));
      renameSync(fresh, fileOf(key));
    },
    finish() {
      if (!existsSync(folder)) return;
      for (const file of readdirSync(folder)) if (!used.has(file.replace(/\.v8$/, ''))) rmSync(join(folder, file), { force: true });
    },
  };
}
