import type { Element, ElementContent, Root } from 'hast';
import type { Plugin } from 'unified';
import type { MentionSpan } from '../lib/text/layout';
import { relativeUrl, sitePaths } from '../lib/publish/urls';
import { placedBlocks, splitText, text } from './placed-blocks';

/** Options for `rehypeMentions`. */
export interface MentionsOptions {
  /** Class given to each mention link. */
  className?: string;
}

/**
 * Wraps each mention in `mentions` (offsets in the text of `block`) in a link. `layoutText` links only
 * mentions that lie inside one text node, so each becomes one link; none is made inside an existing link.
 */
function linkMentions(block: Element, mentions: readonly MentionSpan[], link: (mention: MentionSpan) => Element): void {
  splitText(block, (node, start) => {
    const end = start + node.value.length;
    const pieces: ElementContent[] = [];
    let cursor = 0;
    for (const mention of mentions.filter((entry) => entry.start >= start && entry.end <= end)) {
      if (mention.start - start > cursor) pieces.push(text(node.value.slice(cursor, mention.start - start)));
      pieces.push(link(mention));
      cursor = mention.end - start;
    }
    if (cursor < node.value.length) pieces.push(text(node.value.slice(cursor)));
    return pieces;
  });
}

/**
 * Links the mentions of actors that the corpus chose to link (each actor once, never by a
 * demonym) to the actor's page. Links are relative, so they hold under any base.
 */
const rehypeMentions: Plugin<[MentionsOptions?], Root> = (options = {}) => {
  const className = options.className ?? 'mention';
  return (tree, file) => {
    const slug = file.data.dossierText?.slug;
    if (!slug) return;
    const from = sitePaths.fullText(slug);
    const link = (mention: MentionSpan): Element => ({
      type: 'element',
      tagName: 'a',
      properties: { className: [className], href: relativeUrl(from, sitePaths.actor(mention.actor)) },
      children: [text(mention.alias)],
    });
    for (const { element, block } of placedBlocks(tree, file)) {
      const linked = block.mentions.filter((mention) => mention.linked);
      if (linked.length > 0) linkMentions(element, linked, link);
    }
  };
};

export default rehypeMentions;
