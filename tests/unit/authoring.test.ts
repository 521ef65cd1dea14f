import { describe, expect, it } from 'vitest';
import { candidateActors } from '../../src/lib/authoring/candidates';
import { escapeMarkdown } from '../../src/lib/authoring/mdx-body';
import { findQuotations, type Speaker } from '../../src/lib/authoring/quotations';
import { draftSummary, unconfirmedDrafts } from '../../src/lib/check/drafts';
import { parseBlocks } from '../../src/lib/text/blocks';
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
  ])('%j reads back as the very same words', (text) => {
    const [block, ...rest] = parseBlocks(escapeMarkdown(text));
    expect(rest).toEqual([]);
    expect(block?.text).toBe(text);
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
