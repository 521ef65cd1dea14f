import type { CaptureBlock } from '../capture/capture';

/** Where the original embedded a video the capture lacks ("Watch the video below"): `<MissingVideo />` goes after it. */
const introducesVideo = /\bvideo below\b/i;

/**
 * A capture's text as MDX that reads back as the very same words: every character Markdown, GFM or
 * MDX would take as markup is escaped (`\*`, `\{`, `\<` …), a line that would open a list, quote or
 * heading has its mark escaped, and what GFM would turn into a link (`www.`, `https://`, an e-mail
 * address) is broken with an escape, since the capture's link targets are not known.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>~|&]/g, '\\$&')
    .replace(/^(\s*)([#>+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/\b(https?|ftp|mailto):/gi, '$1\\:')
    .replace(/([\p{L}\p{N}._+-])@(?=[\p{L}\p{N}])/gu, '$1\\@');
}

/** The body of an article as MDX: one paragraph a block, `##` subheadings, and `<MissingVideo />` after a paragraph that introduces a video. */
export function bodyMdx(blocks: readonly CaptureBlock[]): { mdx: string; videos: number } {
  let videos = 0;
  const parts = blocks.flatMap((block) => {
    if (block.kind === 'heading') return [`## ${escapeMarkdown(block.text)}`];
    if (!introducesVideo.test(block.text)) return [escapeMarkdown(block.text)];
    videos += 1;
    return [escapeMarkdown(block.text), '<MissingVideo />'];
  });
  return { mdx: `${parts.join('\n\n')}\n`, videos };
}
