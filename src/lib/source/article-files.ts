import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Problem } from './problems';
import { decodeArticle } from './encoding';

/** An article file as the content check reads it. */
export interface ArticleFile {
  /** Its path from the project root, as messages name it, e.g. `content/articles/harbour-talks.mdx`. */
  file: string;
  /** The slug its name gives it: its path inside the articles folder, without `.mdx`. */
  slug: string;
  /** Its text. */
  source: string;
  /** When it was last changed (milliseconds since 1970), if known: of two conflicting files, the later is the one being edited. */
  modified?: number;
  /** Why it cannot be read as an article at all (a link, a folder, bytes that are not UTF-8); its `source` is then empty. */
  refused?: Problem & { line: number };
}

/** Where the articles live, relative to the project root. */
export const articlesFolder = 'content/articles';

const posix = (path: string) => path.split(sep).join('/');

/** An entry of the articles folder that is not an article file, with what to do about it. */
function refusal(root: string, folder: string, path: string, message: string): ArticleFile {
  return { ...names(root, folder, path), source: '', refused: { path: 'file', line: 1, message } };
}

/** How messages name a file, and the slug its path gives it. */
function names(root: string, folder: string, path: string): Pick<ArticleFile, 'file' | 'slug'> {
  return { file: posix(relative(root, path)), slug: posix(relative(join(root, folder), path)).replace(/\.mdx$/, '') };
}

/**
 * One article file, read for the content check: `path` is absolute, or relative to the working folder.
 * Its bytes must be UTF-8 (see `decodeArticle`); a link or a folder is refused, never followed.
 */
export function readArticleFile(root: string, folder: string, path: string): ArticleFile {
  const stats = lstatSync(path);
  if (stats.isSymbolicLink()) {
    return refusal(root, folder, path, 'is a symbolic link, which the check does not follow (it could publish a file from anywhere): put the article itself here');
  }
  if (stats.isDirectory()) return refusal(root, folder, path, 'is a folder, not a file: an article is one .mdx file; rename the folder or move its content');
  const decoded = decodeArticle(readFileSync(path));
  if ('problem' in decoded) return { ...names(root, folder, path), source: '', refused: decoded.problem };
  return { ...names(root, folder, path), source: decoded.text, modified: stats.mtimeMs };
}

/**
 * Every `.mdx` entry in the articles folder and below it, dotfiles included, sorted by path (none if there
 * is no such folder), and every symbolic link there whatever its name: the check sees all of them, so none
 * goes unremarked (a link or a folder is refused), and the site is built from the files it passed.
 */
export function readArticleFiles(root: string, folder = articlesFolder): ArticleFile[] {
  if (!existsSync(join(root, folder))) return [];
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((entry) => entry.endsWith('.mdx') || lstatSync(join(root, folder, entry)).isSymbolicLink())
    .sort()
    .map((entry) => readArticleFile(root, folder, join(root, folder, entry)));
}
