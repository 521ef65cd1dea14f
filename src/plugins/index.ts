import type { ElementContent, Root as HastRoot, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import rehypeSlug from 'rehype-slug';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { BodyTree } from '../lib/text/blocks';
import type { BlockLayout } from '../lib/text/layout';
import rehypeBlockIds from './rehype-block-ids';
import rehypeClaimMarks from './rehype-claim-marks';
import rehypeMentions from './rehype-mentions';
import rehypePermalinks from './rehype-permalinks';
import rehypeRetiredAnchors from './rehype-retired-anchors';

/** What the article chain needs besides the body's tree: what the corpus placed in it. */
export interface ArticleText {
  slug: string;
  /** Every block of the body with its id, its claims' excerpts and its mentions, as `layoutText` placed them. */
  blocks: readonly BlockLayout[];
  /** Anchors the article's manifest retired, each mapped to its successor. */
  retired: Readonly<Record<string, string>>;
}

declare module 'vfile' {
  interface DataMap {
    /** The article being rendered: what the rehype plugins read, and search nothing themselves. */
    dossierText: ArticleText;
  }
}

/**
 * The article chain, run on the body's HTML tree: ids for the blocks, then the claims' marks, the actors'
 * links, the retired anchors and the "link to this" controls, all where the corpus placed them.
 */
const chain = unified()
  .use(rehypeBlockIds)
  .use(rehypeSlug)
  .use(rehypeClaimMarks)
  .use(rehypeMentions)
  .use(rehypeRetiredAnchors)
  .use(rehypePermalinks)
  .freeze();

/**
 * An article's body as the full text shows it, rendered from what the corpus read (`src/lib/corpus/`): the
 * tree the check parsed, the excerpts and mentions it placed. The body is CommonMark and MDX as the check
 * reads it, with no GFM and no smart quotes, so the article's words are reproduced verbatim and an address in
 * them stays text (GFM's literal autolinks are found once escapes are read, so no escape could keep one from
 * becoming a link with an invented target). Components (`<MissingVideo />`) stay in the tree as MDX
 * elements for the page to render (`src/components/full-text/Body.astro`).
 *
 * No article is a module of its own: MDX would compile and bundle each body, and at a thousand articles
 * that bundling was half the build's memory (docs/performance.md).
 */
export function articleBody(tree: BodyTree, text: ArticleText): HastRoot {
  const hast = toHast(tree, { passThrough: ['mdxJsxFlowElement'] }) as HastRoot;
  const file = new VFile({ path: `content/articles/${text.slug}.mdx`, data: { dossierText: text } });
  return chain.runSync(hast, file);
}

/** Astro's escapes for text: what every other text on the page is written with. */
const textEscapes: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A copy of `node` whose text is already escaped as Astro escapes it, for `toHtml` to write as it is. */
function escapedText<Node extends RootContent>(node: Node): Node | { type: 'raw'; value: string } {
  if (node.type === 'text') return { type: 'raw', value: node.value.replace(/[&<>"']/g, (character) => textEscapes[character]!) };
  if (node.type === 'element') return { ...node, children: node.children.map((child) => escapedText(child) as ElementContent) };
  return node;
}

/**
 * A part of the rendered body as HTML, its text escaped as Astro escapes the rest of the page (`'` and `"`
 * included): a sentence the body shares with a claim's note is then the same bytes in both, which gzip
 * finds once (hast's own escaping made the full text 51 bytes heavier gzipped).
 */
function bodyHtml(nodes: RootContent | readonly ElementContent[]): string {
  const list: readonly RootContent[] = Array.isArray(nodes) ? nodes : [nodes as RootContent];
  return toHtml({ type: 'root', children: list.map(escapedText) as RootContent[] }, { allowDangerousHtml: true });
}

/** A top-level part of a rendered body, as the full text renders it: a paragraph (with its notes after it), a component, or the chain's HTML. */
export type BodyPart = { kind: 'paragraph'; id: string | undefined; html: string } | { kind: 'component'; name: string } | { kind: 'html'; html: string };

/** The top-level parts of a body `articleBody` rendered, each paragraph's content and every other part as HTML. */
export function bodyParts(body: HastRoot): BodyPart[] {
  return body.children.map((node): BodyPart => {
    if (node.type === 'element' && node.tagName === 'p') {
      const { id } = node.properties;
      return { kind: 'paragraph', id: typeof id === 'string' ? id : undefined, html: bodyHtml(node.children) };
    }
    // An MDX element the chain passed through (`passThrough` in `articleBody`), such as `<MissingVideo />`.
    const element = node as { type: string; name?: string | null };
    if (element.type === 'mdxJsxFlowElement') return { kind: 'component', name: element.name ?? '' };
    return { kind: 'html', html: bodyHtml(node) };
  });
}
