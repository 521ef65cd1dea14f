import { articleSchema, type ArticleData } from '../../schemas/article';
import { parseBlocks, type Block } from '../text/blocks';
import type { ArticleFile } from './check-articles';
import { readFrontmatter } from './frontmatter';
import { splitArticle } from './mdx-file';

/** An article file read as the site reads it: its typed frontmatter and its body's blocks. */
export interface ReadArticle {
  slug: string;
  data: ArticleData;
  blocks: Block[];
}

/**
 * Reads an article file that the content check has passed, with the check's own reader: Astro's
 * frontmatter split, js-yaml, the article schema and the body's blocks. Throws on a file the check rejects.
 */
export function readArticle({ file, slug, source }: ArticleFile): ReadArticle {
  const parts = splitArticle(source);
  if (!parts) throw new Error(`${file}: the file has no frontmatter; run npm run check:content`);
  const { data, problems } = readFrontmatter(source, parts);
  const parsed = articleSchema.safeParse(data);
  if (problems.length > 0 || !parsed.success) throw new Error(`${file}: the frontmatter does not pass the check; run npm run check:content`);
  return { slug, data: parsed.data, blocks: parseBlocks(parts.body) };
}
