import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleFile } from '../../src/lib/source/article-files';
import { readFrontmatter } from '../../src/lib/source/frontmatter';
import { splitArticle, splitSource } from '../../src/lib/source/mdx-file';
import { readArticleFiles } from '../../src/lib/source/article-files';
import { articleSchema, type ArticleData } from '../../src/schemas/article';
import { root } from './build';

/** A fixture article split into its raw frontmatter and its body. */
export function readFixture(path: string): { frontmatter: Record<string, unknown>; body: string } {
  const source = readFileSync(join(root, 'tests/fixtures', path), 'utf8');
  return { frontmatter: readFrontmatter(source, splitArticle(source)!).data as Record<string, unknown>, body: splitSource(source).body };
}

/** The good fixture's frontmatter, parsed by the schema, and its body. */
export function goodArticle(): { data: ArticleData; body: string } {
  const { frontmatter, body } = readFixture('good/harbour-talks.mdx');
  return { data: articleSchema.parse(frontmatter), body };
}

/** A fixture folder's articles, named as the check names them once the folder is `content/articles/`. */
export function fixtureFiles(folder: string): ArticleFile[] {
  return readArticleFiles(join(root, 'tests/fixtures', folder), '.').map((article) => ({
    ...article,
    file: `content/articles/${article.file}`,
  }));
}

/** The lines a fixture folder's `expected.txt` says the content check prints for it. */
export function expectedLines(folder: string): string[] {
  return readFileSync(join(root, 'tests/fixtures', folder, 'expected.txt'), 'utf8').split('\n').filter(Boolean);
}

/** The content check's lines in a build's output, `file:line: field.path: message`, in order. */
export function problemLines(output: string): string[] {
  return output.split('\n').filter((line) => /^content\/(articles|actors|questions)\/.+?:\d+: /.test(line));
}
