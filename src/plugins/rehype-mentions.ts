import { basename, extname } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import type { Plugin } from 'unified';
import { findMentions } from '../lib/text/mentions';
import { relativeUrl, sitePaths } from '../lib/publish/urls';

/** Options for `rehypeMentions`. */
export interface MentionsOptions {
  /** Class given to each mention link. */
  className?: string;
}

/** The actors an MDX file's frontmatter declares, as far as linking needs them. */
function actorsOf(frontmatter: unknown): { id: string; aliases: string[] }[] {
  const actors = (frontmatter as { actors?: unknown } | undefined)?.actors;
  if (!Array.isArray(actors)) return [];
  return actors.flatMap((actor) =>
    typeof actor?.id === 'string' && Array.isArray(actor.aliases)
      ? [{ id: actor.id, aliases: actor.aliases.filter((alias: unknown): alias is string => typeof alias === 'string') }]
      : [],
  );
}

/** Wraps every alias in the text nodes below `node` (outside existing links) in a link. */
function linkMentions(node: Element, find: (text: string) => { start: number; end: number; alias: string }[], link: (alias: string) => Element): void {
  node.children = node.children.flatMap((child): ElementContent[] => {
    if (child.type === 'element') {
      if (child.tagName !== 'a') linkMentions(child, find, link);
      return [child];
    }
    if (child.type !== 'text') return [child];
    const pieces: ElementContent[] = [];
    let cursor = 0;
    for (const mention of find(child.value)) {
      if (mention.start > cursor) pieces.push({ type: 'text', value: child.value.slice(cursor, mention.start) });
      pieces.push(link(mention.alias));
      cursor = mention.end;
    }
    if (cursor < child.value.length) pieces.push({ type: 'text', value: child.value.slice(cursor) });
    return pieces;
  });
}

/**
 * Links every mention of an actor in the body's paragraphs to the actor's page, found from the
 * aliases in the frontmatter, never marked by hand. Links are relative, so they hold under any base.
 */
const rehypeMentions: Plugin<[MentionsOptions?], Root> = (options = {}) => {
  const className = options.className ?? 'mention';
  return (tree, file) => {
    const actors = actorsOf((file.data as { astro?: { frontmatter?: unknown } }).astro?.frontmatter);
    if (actors.length === 0 || !file.path) return;
    const from = sitePaths.fullText(basename(file.path, extname(file.path)));
    const owner = new Map(actors.flatMap((actor) => actor.aliases.map((alias) => [alias, actor.id] as const)));
    const aliases = [...owner.keys()];
    const link = (alias: string): Element => {
      const id = owner.get(alias)!;
      return {
        type: 'element',
        tagName: 'a',
        properties: { className: [className], href: relativeUrl(from, sitePaths.actor(id)) },
        children: [{ type: 'text', value: alias }],
      };
    };
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'p') linkMentions(node, (text) => findMentions(text, aliases), link);
    }
  };
};

export default rehypeMentions;
