import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';

/** The digest of a file's bytes, which the Annotate app sends back to say which version it was chosen on. */
export const digestOf = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/**
 * Why a file below the project root cannot be written without leaving it, or nothing: every folder from the
 * root down must be a real folder (not a symbolic link, which could lead anywhere), and the file, if it is
 * there, a regular file. `file` is relative to the root, as messages name it.
 */
export function unsafeTarget(root: string, file: string): string | undefined {
  const parts = file.split('/');
  if (parts.some((part) => part === '' || part === '.' || part === '..') || relative(root, join(root, file)).split(sep)[0] === '..') {
    return `${file} is not a path inside the project`;
  }
  for (let depth = 1; depth < parts.length; depth++) {
    const folder = parts.slice(0, depth).join('/');
    const stats = lstatSync(join(root, folder), { throwIfNoEntry: false });
    if (stats?.isSymbolicLink()) return `${folder} is a symbolic link, which the tools never follow (it could lead outside the project): make it a folder`;
    if (stats && !stats.isDirectory()) return `${folder} is not a folder`;
  }
  const stats = lstatSync(join(root, file), { throwIfNoEntry: false });
  if (stats?.isSymbolicLink()) return `${file} is a symbolic link, which the tools never follow (it could lead outside the project): put the file itself here`;
  if (stats && !stats.isFile()) return `${file} is ${stats.isDirectory() ? 'a folder' : 'not a regular file'}, not a file the tools write`;
  return undefined;
}

/**
 * Writes a file below the project root so that no reader ever sees it half-written and nothing outside the
 * project is touched: the text goes to a new temporary file beside it (created exclusively, so never through
 * a link), is flushed to disk, and then takes the file's name in one step. A rename replaces a link rather
 * than following it. With `create`, the file must not exist yet, and an existing one (or a link) is kept;
 * its folder is made if need be.
 * Throws with a message naming the file when the target is unsafe (see `unsafeTarget`) or exists under `create`.
 */
export function writeAtomically(root: string, file: string, text: string | Uint8Array, options: { create?: boolean } = {}): void {
  const unsafe = unsafeTarget(root, file);
  if (unsafe) throw new Error(unsafe);
  const target = join(root, file);
  if (options.create) mkdirSync(dirname(target), { recursive: true });
  // A dotfile that matches no content pattern: neither the check nor Astro's loaders read it.
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const descriptor = openSync(temporary, 'wx', 0o644);
  try {
    writeSync(descriptor, typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
    fsyncSync(descriptor);
  } catch (error) {
    closeSync(descriptor);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(descriptor);
  try {
    if (options.create) {
      // A hard link fails if the name is taken, by a file or a link alike: creation without a race.
      try {
        linkSync(temporary, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`${file} already exists: it is never overwritten`);
        throw error;
      }
    } else renameSync(temporary, target);
  } finally {
    // Gone after a rename; after a link, the file keeps its name and the temporary one goes.
    rmSync(temporary, { force: true });
  }
}
