import type { Element, ElementContent, Root } from 'hast';
import type { Plugin } from 'unified';

/** Options for `rehypePermalinks`. */
export interface PermalinksOptions {
  /** Accessible name of a paragraph's link. */
  paragraphLabel?: string;
  /** Accessible name of a heading's link; `%s` is the heading's text. */
  headingLabel?: string;
}

// "This section": the link stands right after its heading, which gives it its purpose (WCAG 2.4.4).
const defaults = { paragraphLabel: 'Link to this paragraph', headingLabel: 'Link to this section' } satisfies Required<PermalinksOptions>;

const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const permalink = (id: string, label: string): Element => ({
  type: 'element',
  tagName: 'a',
  properties: { className: ['permalink'], href: `#${id}`, ariaLabel: label },
  children: [],
});

const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';

/**
 * Adds a "link to this" control to every top-level heading and paragraph that has an id.
 * It has no text of its own, so the article's words stay exactly as they are; a heading is
 * wrapped with its link (as Starlight does) so the link does not become part of its name.
 */
const rehypePermalinks: Plugin<[PermalinksOptions?], Root> = (options = {}) => {
  const { paragraphLabel, headingLabel } = { ...defaults, ...options };
  return (tree) => {
    tree.children = tree.children.map((node) => {
      if (node.type !== 'element' || typeof node.properties.id !== 'string') return node;
      const id = node.properties.id;
      if (node.tagName === 'p') {
        node.children.push(permalink(id, paragraphLabel));
        return node;
      }
      if (!headings.has(node.tagName)) return node;
      return {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-wrapper'] },
        children: [node, permalink(id, headingLabel.replace('%s', node.children.map(textOf).join('')))],
      };
    });
  };
};

export default rehypePermalinks;
