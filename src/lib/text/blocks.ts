import type { Heading, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { unified } from 'unified';
import { assignIds, type BlockText } from './block-ids';

/** A top-level heading or paragraph of an article body, with its id and its plain text. */
export interface Block extends BlockText {
  id: string;
  /** Heading depth, 2 for `##`; 0 for paragraphs. */
  depth: number;
  /** 1-based line of the block in the text parsed (the content check pads the body so this is the file's line). */
  line: number;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

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
    text: toString(node),
  }));
  const ids = assignIds(texts);
  return nodes.map((node, index) => ({
    ...texts[index]!,
    id: ids[index]!,
    depth: node.type === 'heading' ? node.depth : 0,
    line: node.position?.start.line ?? 0,
  }));
}
