import fc from 'fast-check';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { candidateActors } from '../../src/lib/authoring/candidates';
import { escapeMarkdown } from '../../src/lib/authoring/mdx-body';
import { findQuotations, type Speaker } from '../../src/lib/authoring/quotations';
import { draftSummary, unconfirmedDrafts } from '../../src/lib/check/drafts';
import { parseBlocks, parseMdx } from '../../src/lib/text/blocks';
import { fitId, idSchema } from '../../src/schemas/id';
import { goodArticle } from '../support/fixture';

describe('escapeMarkdown', () => {
  it.each([
    'Plain words, "straight" and “curly” quotes — dashes – too.',
    'Stars *are* not _emphasis_ and `code` is not code.',
    'Braces {like this} and <Tags /> and a <b>bold</b> try.',
    '# not a heading',
    '- not a list item',
    '1. not a numbered item',
    '> not a quote',
    'Links [not](links) and www.example.org and https://example.org and news@example.org stay text.',
    'A back\\slash, a pipe | and an ampersand &amp; as written.',
    '~~not struck~~ and a tilde ~ alone.',
    'export const plan = 1; a paragraph that begins like a module statement.',
    'import duties rose, the paragraph begins.',
  ])('%j reads back as the very same words', (text) => {
    const [block, ...rest] = parseBlocks(escapeMarkdown(text));
    expect(rest).toEqual([]);
    expect(block?.text).toBe(text);
  });

  /** The links and module statements a parse of an MDX body holds. */
  const active = (tree: Root) => {
    const found: string[] = [];
    visit(tree, (node) => {
      if (node.type === 'link') found.push(node.url);
      if (node.type === 'mdxjsEsm') found.push('ESM');
    });
    return found;
  };
  const withGfm = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
  const addresses = ['www.example.org', 'WWW.Example.org/path?q=1', 'https://example.org/a_b', 'HTTP://EXAMPLE.ORG', 'news@example.org', 'first.last+tag@example.co.uk', 'mailto:desk@example.org', 'xmpp:desk@example.org/home', '(www.example.org)', 'www.x.y.'];
  const fragment = fc.oneof(
    fc.constantFrom(...addresses, 'import', 'export', 'Said', ' ', ' ', '. ', ', ', '"', '*', '_', '<', '{', '#', '- ', '1. ', '>', '&', '\\', '~', '|', '`', '[', ']', '(', ')', '@', ':', '//'),
    fc.string({ unit: 'grapheme-ascii', maxLength: 6 }),
  );
  const paragraph = fc.array(fragment, { minLength: 1, maxLength: 12 }).map((parts) => parts.join('').replace(/\s+/g, ' ').trim()).filter((text) => text !== '');

  it('makes inert every address remark-gfm would link and every line MDX would read as a module, and reads back the same words', () => {
    // remark-gfm itself links each of these forms: what the site's reader must not do.
    for (const address of addresses) expect(active(withGfm.parse(`Write to ${address} today.`) as Root), address).not.toEqual([]);
    fc.assert(
      fc.property(paragraph, (text) => {
        const mdx = escapeMarkdown(text);
        expect(active(parseMdx(mdx))).toEqual([]);
        const blocks = parseBlocks(mdx);
        expect(blocks.map((block) => block.text)).toEqual([text]);
      }),
      { numRuns: 500 },
    );
  });
});

const actors: Speaker[] = [
  { id: 'ana-reyes', kind: 'person', aliases: ['Ana Reyes', 'Reyes'] },
  { id: 'northport', kind: 'organization', aliases: ['Northport'] },
  { id: 'the-gazette', kind: 'outlet', aliases: ['The Gazette'] },
  { id: 'bot', kind: 'other', aliases: ['Bot'] },
  { id: 'acme', kind: 'organization', aliases: ['Acme'] },
];

describe('findQuotations', () => {
  it.each([
    ['"One boat," said Ana Reyes.', 'ana-reyes'],
    ['Ana Reyes told The Gazette the plan was "sound".', 'ana-reyes'],
    ['"Northport will pay," Reyes warned.', 'ana-reyes'],
    ['"It will work," said Acme\'s Bot.', 'bot'],
    ['Reyes spoke first. "We are ready," she said.', 'ana-reyes'],
    ['"Sound," said Reyes. "Cheap too."', 'ana-reyes'],
    ['The "shared ferry" began in May.', undefined],
  ])('%j: the speaker is %j', (text, speaker) => {
    const found = findQuotations([{ text }], actors);
    expect(found.at(-1)?.speaker).toBe(speaker);
  });

  it('cuts one draft per sentence, holding every quotation in it', () => {
    const text = 'Reyes called the plan "sound" and "cheap". "It is done," she said.';
    expect(findQuotations([{ text }], actors)).toEqual([
      { excerpt: 'Reyes called the plan "sound" and "cheap".', quoted: ['"sound"', '"cheap"'], speaker: 'ana-reyes' },
      { excerpt: '"It is done," she said.', quoted: ['"It is done,"'], speaker: 'ana-reyes' },
    ]);
  });

  it('keeps a quotation that runs across a sentence break in one draft', () => {
    const text = '"We came. We stayed," said Reyes.';
    expect(findQuotations([{ text }], actors).map((quotation) => quotation.excerpt)).toEqual([text]);
  });
});

describe('candidateActors', () => {
  it('suggests the people the body names that no known actor is, without their titles', () => {
    const paragraphs = [{ text: 'Treasurer Zoë Okonkwo-Hale met Ana Reyes. Later, Zoë Okonkwo-Hale said no, and Okonkwo-Hale left.' }];
    expect(candidateActors(paragraphs, actors)).toEqual([{ name: 'Zoë Okonkwo-Hale', kind: 'person', count: 2 }]);
  });
});

describe('unconfirmedDrafts', () => {
  const { data } = goodArticle();

  it('names each draft, one line each, and nothing in an article without drafts', () => {
    expect(unconfirmedDrafts(data)).toEqual([]);
    const drafted = { ...data, claims: data.claims.map((claim, index) => (index === 0 ? { ...claim, draft: true } : claim)) };
    expect(unconfirmedDrafts(drafted).map((problem) => problem.path)).toEqual(['claims.0.draft']);
  });

  it('refuses a confirmed actor, claim or position that keeps the placeholder role or summary', () => {
    const kept = {
      ...data,
      actors: data.actors.map((actor, index) => (index === 2 ? { ...actor, role: draftSummary } : actor)),
      claims: data.claims.map((claim, index) => (index === 1 ? { ...claim, summary: draftSummary } : claim)),
      positions: data.positions.map((position, index) => (index === 0 ? { ...position, summary: draftSummary } : position)),
    };
    expect(unconfirmedDrafts(kept).map((problem) => problem.path)).toEqual(['actors.2.role', 'positions.0.summary', 'claims.1.summary']);
  });

  it('names a draft position with its evidence, and a claim with why no speaker was proposed, each marked as a draft', () => {
    const note = '"the minister" fits hannah-pryce and owen-gale: set the speaker';
    const drafted = {
      ...data,
      positions: data.positions.map((position, index) => (index === 0 ? { ...position, draft: 'a quotation holds "troop"' } : position)),
      claims: data.claims.map((claim, index) => (index === 0 ? { ...claim, speaker: undefined, draft: note } : claim)),
    };
    const problems = unconfirmedDrafts(drafted);
    expect(problems.map(({ path, draft }) => [path, draft])).toEqual([['positions.0.draft', true], ['claims.0.draft', true]]);
    expect(problems[0]?.message).toBe('draft position from npm run new: a quotation holds "troop"; check the stance and the excerpts, write its summary, then remove the "draft" line');
    expect(problems[1]?.message).toBe(`draft claim from npm run new: no speaker is proposed: ${note}, write its summary, then remove the "draft" line`);
  });
});

describe('fitId', () => {
  it.each([
    ['keir-starmer-we-will-establish', 3, 'keir-starmer-we-will-establish'],
    [`ana-reyes-${'word-'.repeat(20)}end`, 3, 'ana-reyes-word-word-word-word-word-word-word-word-word-word'],
    ['x'.repeat(100), 0, 'x'.repeat(64)],
  ])('cuts %j to fit 64 characters with %i to spare, at a hyphen', (id, room, fitted) => {
    expect(fitId(id, room)).toBe(fitted);
    expect(fitted.length).toBeLessThanOrEqual(64 - room);
    // With the suffix that makes it unique (`-2` … `-99`), it is still an id.
    expect(idSchema.safeParse(room > 0 ? `${fitted}-${'9'.repeat(room - 1)}` : fitted).success).toBe(true);
  });
});
