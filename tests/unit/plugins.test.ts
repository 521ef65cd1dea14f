import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeBlockIds from '../../src/plugins/rehype-block-ids';
import rehypeClaimMarks from '../../src/plugins/rehype-claim-marks';

/** Renders Markdown through our plugins with the given frontmatter, as Astro does. */
async function render(markdown: string, frontmatter: Record<string, unknown> = {}): Promise<string> {
  const file = new VFile({ value: markdown, data: { astro: { frontmatter } } });
  const result = await unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeBlockIds)
    .use(rehypeClaimMarks)
    .use(rehypeStringify)
    .process(file);
  return String(result);
}

describe('rehypeBlockIds', () => {
  it('gives headings and paragraphs ids from their own words', async () => {
    expect(await render('## Mixed reactions\n\nRussia remains staunchly opposed, it said.\n')).toBe(
      '<h2 id="mixed-reactions">Mixed reactions</h2>\n<p id="p-russia-remains-staunchly-opposed-it-said">Russia remains staunchly opposed, it said.</p>',
    );
  });

  it('leaves nested paragraphs alone', async () => {
    expect(await render('> Quoted words here.\n')).toBe('<blockquote>\n<p>Quoted words here.</p>\n</blockquote>');
  });
});

describe('rehypeClaimMarks', () => {
  const claims = [
    { id: 'reyes-boat', excerpt: '"One boat," said Reyes.' },
    { id: 'gazette-cost', excerpt: 'it costs less' },
  ];

  it('marks each excerpt and links it to its claim, keeping the words', async () => {
    expect(await render('Then "One boat," said Reyes. The Gazette says it costs less.\n', { claims })).toBe(
      '<p id="p-then-one-boat-said-reyes-the">Then <mark class="claim-mark" id="excerpt-reyes-boat"><a href="#claim-reyes-boat">"One boat," said Reyes.</a></mark> The Gazette says <mark class="claim-mark" id="excerpt-gazette-cost"><a href="#claim-gazette-cost">it costs less</a></mark>.</p>',
    );
  });

  it('marks the pieces of an excerpt that crosses inline markup, with one id', async () => {
    expect(await render('Yes it *costs* less.\n', { claims })).toBe(
      '<p id="p-yes-it-costs-less">Yes <mark class="claim-mark" id="excerpt-gazette-cost"><a href="#claim-gazette-cost">it </a></mark><em>costs</em><mark class="claim-mark"><a href="#claim-gazette-cost"> less</a></mark>.</p>',
    );
  });

  it('changes nothing without claims', async () => {
    expect(await render('Plain words.\n')).toBe('<p id="p-plain-words">Plain words.</p>');
  });
});
