import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ArticleFile } from './check-articles';

/** Where the articles live, relative to the project root. */
export const articlesFolder = 'content/articles';

const posix = (path: string) => path.split(sep).join('/');

/** One article file, read for the content check: `path` is absolute, or relative to the working folder. */
export function readArticleFile(root: string, folder: string, path: string): ArticleFile {
  return {
    file: posix(relative(root, path)),
    slug: posix(relative(join(root, folder), path)).replace(/\.mdx$/, ''),
    source: readFileSync(path, 'utf8'),
  };
}

/**
 * Every `.mdx` file in the articles folder and below it, dotfiles included, sorted by path (none if there is
 * no such folder). Astro's glob loader skips dotfiles and accepts subfolders; the check sees both, so neither
 * goes unremarked.
 */
export function readArticleFiles(root: string, folder = articlesFolder): ArticleFile[] {
  if (!existsSync(join(root, folder))) return [];
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((entry) => entry.endsWith('.mdx'))
    .sort()
    .map((entry) => readArticleFile(root, folder, join(root, folder, entry)));
}
