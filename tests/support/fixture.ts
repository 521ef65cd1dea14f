import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitSource } from '../../src/lib/source';
import { articleSchema, type ArticleData } from '../../src/schemas/article';
import { root } from './build';

/** A fixture article split into its raw frontmatter and its body. */
export function readFixture(path: string): { frontmatter: Record<string, unknown>; body: string } {
  const source = readFileSync(join(root, 'tests/fixtures', path), 'utf8');
  const { frontmatter, body } = splitSource(source);
  return { frontmatter: parse(frontmatter) as Record<string, unknown>, body };
}

/** The good fixture's frontmatter, parsed by the schema, and its body. */
export function goodArticle(): { data: ArticleData; body: string } {
  const { frontmatter, body } = readFixture('good/harbour-talks.mdx');
  return { data: articleSchema.parse(frontmatter), body };
}
