import type { CaptureBlock } from '../capture/capture';

/** Where the original embedded a video the capture lacks ("Watch the video below"): `<MissingVideo />` goes after it. */
const introducesVideo = /\bvideo below\b/i;

/** A paragraph MDX would read as an ES module statement: `import` or `export` at the start of a line, then a space. */
const moduleStatement = /^(import|export)(?=[ \t])/;

/**
 * A capture's text as MDX that reads back as the very same words: every character Markdown or MDX would
 * take as markup is escaped (`\*`, `\{`, `\<` …), a line that would open a list, quote or heading has its
 * mark escaped, and a paragraph that begins with the word "import" or "export" has its first letter written
 * as a character reference, so MDX does not read it as JavaScript. Addresses stay as written: the site reads
 * bodies without GFM, so none becomes a link.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>~|&]/g, '\\$&')
    .replace(/^(\s*)([#>+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2')
    .replace(moduleStatement, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
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
