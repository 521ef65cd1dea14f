import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeBlockIds from '../../src/plugins/rehype-block-ids';
import rehypeClaimMarks from '../../src/plugins/rehype-claim-marks';
import rehypeMentions from '../../src/plugins/rehype-mentions';
import rehypePermalinks from '../../src/plugins/rehype-permalinks';
import rehypeRetiredAnchors from '../../src/plugins/rehype-retired-anchors';

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
    { id: 'reyes-boat', excerpt: '"One boat," said Reyes.', summary: 'Reyes wants one boat.' },
    { id: 'gazette-cost', excerpt: 'it costs less', summary: 'It is cheaper.' },
  ];

  it('marks each excerpt and follows it with a numbered link to its claim, keeping the words', async () => {
    expect(await render('Then "One boat," said Reyes. The Gazette says it costs less.\n', { claims })).toBe(
      '<p id="p-then-one-boat-said-reyes-the">Then <mark class="claim-mark" id="excerpt-reyes-boat">"One boat," said Reyes.</mark>' +
        '<a class="claim-ref" href="#claim-reyes-boat" aria-label="Claim 1: Reyes wants one boat." data-n="1"></a>' +
        ' The Gazette says <mark class="claim-mark" id="excerpt-gazette-cost">it costs less</mark>' +
        '<a class="claim-ref" href="#claim-gazette-cost" aria-label="Claim 2: It is cheaper." data-n="2"></a>.</p>',
    );
  });

  it('marks the pieces of an excerpt that crosses inline markup, with one id and one link', async () => {
    expect(await render('Yes it *costs* less.\n', { claims })).toBe(
      '<p id="p-yes-it-costs-less">Yes <mark class="claim-mark" id="excerpt-gazette-cost">it </mark><em>costs</em><mark class="claim-mark"> less</mark>' +
        '<a class="claim-ref" href="#claim-gazette-cost" aria-label="Claim 2: It is cheaper." data-n="2"></a>.</p>',
    );
  });

  it('changes nothing without claims', async () => {
    expect(await render('Plain words.\n')).toBe('<p id="p-plain-words">Plain words.</p>');
  });
});

describe('rehypePermalinks', () => {
  async function withPermalinks(markdown: string): Promise<string> {
    const result = await unified().use(remarkParse).use(remarkRehype).use(rehypeBlockIds).use(rehypePermalinks).use(rehypeStringify).process(markdown);
    return String(result);
  }

  it('gives a paragraph a link to itself that adds no words', async () => {
    expect(await withPermalinks('Plain words.\n')).toBe(
      '<p id="p-plain-words">Plain words.<a class="permalink" href="#p-plain-words" aria-label="Link to this paragraph"></a></p>',
    );
  });

  it('wraps a heading with its link, so the link is not part of the heading’s name', async () => {
    expect(await withPermalinks('## Mixed reactions\n')).toBe(
      '<div class="heading-wrapper"><h2 id="mixed-reactions">Mixed reactions</h2><a class="permalink" href="#mixed-reactions" aria-label="Link to the section “Mixed reactions”"></a></div>',
    );
  });
});

describe('rehypeRetiredAnchors', () => {
  it('puts each retired anchor at the start of its successor', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-retired-'));
    mkdirSync(join(root, 'content/anchors'), { recursive: true });
    writeFileSync(join(root, 'content/anchors/a.json'), JSON.stringify({ anchors: ['p-new-words'], retired: { 'p-old-words': 'p-new-words', 'claim-x': 'claim-y' } }));
    const file = new VFile({ value: 'New words.\n', path: join(root, 'content/articles/a.mdx') });
    const result = await unified().use(remarkParse).use(remarkRehype).use(rehypeBlockIds).use(rehypeRetiredAnchors, { root }).use(rehypeStringify).process(file);
    expect(String(result)).toBe('<p id="p-new-words"><span id="p-old-words" class="retired-anchor"></span>New words.</p>');
  });
});

describe('rehypeMentions', () => {
  it('links each alias in a paragraph to its actor’s page, relative to the full text, longest alias first', async () => {
    const actors = [
      { id: 'ana-reyes', aliases: ['Ana Reyes', 'Reyes'] },
      { id: 'northport', aliases: ['Northport'] },
    ];
    const file = new VFile({ value: 'Ana Reyes of Northport met Reyes.\n', path: '/x/content/articles/harbour.mdx', data: { astro: { frontmatter: { actors } } } });
    const result = await unified().use(remarkParse).use(remarkRehype).use(rehypeMentions).use(rehypeStringify).process(file);
    expect(String(result)).toBe(
      '<p><a class="mention" href="../../../actors/ana-reyes/">Ana Reyes</a> of ' +
        '<a class="mention" href="../../../actors/northport/">Northport</a> met ' +
        '<a class="mention" href="../../../actors/ana-reyes/">Reyes</a>.</p>',
    );
  });
});
