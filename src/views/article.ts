import type { ResolvedArticle } from '../lib/analysis/article';
import type { Block } from '../lib/text/blocks';

/** An article as the views read it: its checked frontmatter, its body blocks and its resolved analysis, as plain data. */
export interface PageArticle extends ResolvedArticle {
  blocks: Block[];
  /** Anchors retired on purpose, each mapped to its successor (see `content/anchors/`). */
  retired: Record<string, string>;
}
