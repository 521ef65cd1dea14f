import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/lib/check/check-articles';
import { readFrontmatter } from '../../src/lib/source/frontmatter';
import { splitArticle } from '../../src/lib/source/mdx-file';
import { analyse } from '../../src/lib/analysis/model';
import { analysisDocument } from '../../src/lib/publish/analysis-json';
import { parseBlocks } from '../../src/lib/text/blocks';
import { layoutText } from '../../src/lib/text/layout';
import { renderArticleBody } from '../support/article-body';
import { articleSchema } from '../../src/schemas/article';
import { root } from '../support/build';
import { resolveArticle } from '../../src/lib/registry/resolve';

/**
 * One small article where the analysis and the page used to be able to disagree: a mention inside a claim's
 * excerpt, an alias cut by emphasis, an excerpt across emphasis, an alias ("Northport") that is a prefix of
 * another actor's ("Northport council") with a claim's mark starting between the two words, and a demonym.
 */
const file = 'tests/fixtures/layout/harbour-layout.mdx';
const slug = 'harbour-layout';
const source = readFileSync(join(root, file), 'utf8');
const parts = splitArticle(source)!;
const frontmatter = readFrontmatter(source, parts).data as Record<string, unknown>;
const data = articleSchema.parse(frontmatter);
const analysis = analyse(resolveArticle(data), parseBlocks(parts.body));
const json = analysisDocument({ ...data, slug, analysis }, { summary: '', fullText: '' });

async function page(): Promise<Element[]> {
  const code = renderArticleBody(parts.body, frontmatter, { root, slug });
  return selectAll('p[id]', fromHtml(code, { fragment: true }));
}

const p1 = 'p-ana-reyes-of-northport-met-the';
const p2 = 'p-reyes-said-the-northport-council-would';
const p3 = 'p-the-southbian-mayor-thanked-ana-reyes';

describe('the analysis, the claim marks and the mention links', () => {
  it('read an article the content check passes', () => {
    expect(checkSource({ file, slug, source })).toEqual([]);
  });

  it('agree on where each claim’s excerpt sits: the marks in the paragraph the JSON names spell the excerpt', async () => {
    const paragraphs = await page();
    const marked = new Map<string, { block: string; text: string }>();
    for (const paragraph of paragraphs) {
      let text = '';
      visitParents(paragraph, 'element', (node: Element) => {
        if (node.tagName === 'mark') text += toString(node);
        // Each excerpt ends with its marker, the button that opens the claim's note.
        const target = node.tagName === 'button' && String(node.properties.popoverTarget ?? '');
        if (target && target.startsWith('claim-')) {
          marked.set(target.slice('claim-'.length), { block: String(paragraph.properties.id), text });
          text = '';
        }
      });
    }
    expect(json.claims.map((claim) => [claim.id, claim.blockId])).toEqual([
      ['one-boat', p1],
      ['half', p2],
      ['thanks', p3],
    ]);
    for (const claim of json.claims) expect(marked.get(claim.id), claim.id).toEqual({ block: claim.blockId, text: claim.excerpt });
  });

  it('agree on who is mentioned where, and link each actor once, never by a demonym, an unnamed actor or across markup', async () => {
    const links = (await page()).flatMap((paragraph) =>
      selectAll('a.mention', paragraph).map((link) => [paragraph.properties.id, String(link.properties.href).split('/').at(-2), toString(link)]),
    );
    expect(links).toEqual([
      // "*Ana* Reyes" names her but cannot hold one link; she is linked at her next mention, inside the first claim.
      [p1, 'northport', 'Northport'],
      [p1, 'southby', 'Southby'],
      [p1, 'northport-council', 'Northport council'],
      [p1, 'ana-reyes', 'Ana Reyes'],
      // Nobody new in the second paragraph: "Southbian" is a demonym and the crews are unnamed. In the
      // third, only the one actor not linked before, inside emphasis.
      [p3, 'harbour-board', 'Harbour Board'],
    ]);
    expect(Object.fromEntries(json.actors.map((actor) => [actor.id, actor.mentions]))).toEqual({
      'ana-reyes': [p1, p2, p3],
      northport: [p1, p2, p3],
      'northport-council': [p1, p2],
      southby: [p1, p2, p3],
      'harbour-board': [p3],
      crews: [p2],
    });
    const mentioned = new Map(json.actors.map((actor) => [actor.id, actor.mentions]));
    for (const [block, actor] of links) expect(mentioned.get(String(actor)), `${actor} in ${block}`).toContain(block);
  });
});

describe('layoutText', () => {
  const actors = [
    { id: 'ana-reyes', aliases: ['Ana Reyes', 'Reyes'], demonyms: [], unnamed: false },
    { id: 'northport', aliases: ['Northport'], demonyms: ['Northportian'], unnamed: false },
    { id: 'analysts', aliases: ['Analysts'], demonyms: [], unnamed: true },
  ];
  /** Each mention of a body, as `alias → actor` with a `*` when the page links it. */
  const linking = (body: string, claims: { id: string; excerpt: string; summary: string }[] = []) =>
    layoutText({ actors, claims }, parseBlocks(body)).flatMap((block) => block.mentions.map((mention) => `${mention.alias}→${mention.actor}${mention.linked ? '*' : ''}`));

  it.each([
    ['links the first mention of each actor, longest name first', 'Ana Reyes met Reyes in Northport.', ['Ana Reyes→ana-reyes*', 'Reyes→ana-reyes', 'Northport→northport*']],
    ['never links a demonym, and links the actor at its next mention', 'Northportian boats left Northport.', ['Northportian→northport', 'Northport→northport*']],
    ['never links an actor the text does not name', 'Analysts doubt it.', ['Analysts→analysts']],
    ['does not link across inline markup, but at the next mention', '*Ana* Reyes met Reyes.', ['Ana Reyes→ana-reyes', 'Reyes→ana-reyes*']],
    ['links once across sections', 'Reyes spoke.\n\n## Later\n\nReyes again.', ['Reyes→ana-reyes*', 'Reyes→ana-reyes']],
    ['finds no mention in a heading', '## Reyes\n\nText.', []],
  ])('%s', (_rule, body, expected) => {
    expect(linking(body)).toEqual(expected);
  });

  it('does not link a mention that a claim’s mark would cut in two', () => {
    expect(linking('Ana Reyes said so.', [{ id: 'c', excerpt: 'Reyes said so', summary: 'S.' }])).toEqual(['Ana Reyes→ana-reyes']);
  });

  it('places each claim in its block, numbered in frontmatter order, in text order within the block', () => {
    const layout = layoutText(
      { actors, claims: [{ id: 'b', excerpt: 'second' }, { id: 'a', excerpt: 'first' }] },
      parseBlocks('The first and the second.'),
    );
    expect(layout[0]!.claims).toEqual([
      { id: 'a', n: 2, start: 4, end: 9 },
      { id: 'b', n: 1, start: 18, end: 24 },
    ]);
  });
});
