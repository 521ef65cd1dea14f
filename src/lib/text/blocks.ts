import type { Heading, Nodes, Paragraph, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { assignIds, type BlockText } from './block-ids';

/** A top-level heading or paragraph of an article body, with its id and its plain text. */
export interface Block extends BlockText {
  id: string;
  /** Heading depth, 2 for `##`; 0 for paragraphs. */
  depth: number;
  /** 1-based line of the block in the text parsed (the content check pads the body so this is the file's line). */
  line: number;
  /**
   * Offsets in `text` where inline markup (emphasis, a link, a break) begins or ends, in order: the
   * page cannot wrap one element around words on both sides of one. None for plain text.
   */
  edges?: readonly number[];
}

// CommonMark and MDX, as the full text renders it (`articleBody` in src/plugins): no GFM, whose literal autolinks would turn an address in the
// article's words into a link that no escape can prevent (they are found in the text once escapes are read).
const parser = unified().use(remarkParse).use(remarkMdx);

/** An article's body as the corpus keeps it: its mdast without positions, which the full text is rendered from. */
export type BodyTree = Root;

/**
 * The tree without its nodes' positions, which only the check's messages need: a third of its size, and
 * what the corpus keeps of every body for the length of a build.
 */
export function withoutPositions(tree: Root): BodyTree {
  const strip = (node: Nodes): void => {
    delete node.position;
    if ('children' in node) node.children.forEach(strip);
  };
  strip(tree);
  return tree;
}

/** Parses an MDX body into mdast, as the site reads it; throws where the MDX cannot be read. */
export function parseMdx(body: string): Root {
  return parser.parse(body) as Root;
}

/** The readable blocks of an MDX body, in order: `blocksOf` an already parsed body. */
export function parseBlocks(body: string): Block[] {
  return blocksOf(parseMdx(body));
}

/**
 * The readable blocks of a parsed body, in order, with the same ids the rendered page gives them.
 * Components such as `<MissingVideo />` are not blocks: they are not the article's words.
 */
export function blocksOf(tree: Root): Block[] {
  const nodes = tree.children.filter(
    (node): node is Heading | Paragraph => node.type === 'heading' || node.type === 'paragraph',
  );
  const texts: BlockText[] = nodes.map((node) => ({
    kind: node.type === 'heading' ? 'heading' : 'paragraph',
    text: textOf(node),
  }));
  const ids = assignIds(texts);
  return nodes.map((node, index) => {
    const edges = markupEdges(node.children);
    return {
      ...texts[index]!,
      id: ids[index]!,
      depth: node.type === 'heading' ? node.depth : 0,
      line: node.position?.start.line ?? 0,
      ...(edges.length > 0 ? { edges } : {}),
    };
  });
}

/**
 * A node's text as the page shows it: mdast-util-to-string's, except that a hard line break is the
 * line break the page renders, so offsets in a block's text are offsets in the rendered paragraph's.
 */
function textOf(node: Nodes): string {
  if (node.type === 'break') return '\n';
  if ('children' in node) return node.children.map(textOf).join('');
  return toString(node);
}

/** Where, in the text of `children`, each inline element other than plain text begins and ends. */
function markupEdges(children: readonly PhrasingContent[]): number[] {
  const edges = new Set<number>();
  let offset = 0;
  const walk = (nodes: readonly PhrasingContent[], nested: boolean) => {
    for (const node of nodes) {
      const start = offset;
      if ('children' in node) walk(node.children as PhrasingContent[], true);
      else offset += textOf(node).length;
      if (nested || node.type !== 'text') edges.add(start).add(offset);
    }
  };
  walk(children, false);
  return [...edges].filter((edge) => edge > 0 && edge < offset).sort((a, b) => a - b);
}
