import { describe, expect, it } from 'vitest';
import { aggregateActors } from '../../src/lib/analysis/actors';
import { corpusConflicts, type OwnEntries } from '../../src/lib/check/corpus-rules';
import { analyse } from '../../src/lib/analysis/model';
import { parseBlocks } from '../../src/lib/text/blocks';
import { actorsDocument } from '../../src/lib/publish/actors-json';
import { sentenceAround, sentenceStarts } from '../../src/lib/text/sentences';
import { classifySourcing, countSourcing, isListedSource } from '../../src/lib/analysis/sourcing';
import { relativeUrl } from '../../src/lib/publish/urls';
import type { Actor } from '../../src/schemas/actor';
import { goodArticle } from '../support/fixture';
import { resolveArticle } from '../../src/lib/registry/resolve';

describe('sentenceStarts and sentenceAround', () => {
  const text = 'U.S. President Donald Trump spoke. "We will go," he said. Mr. Reyes agreed! Then 35 towns joined.';

  it('splits after a full stop, a quote or an exclamation, but not after an abbreviation', () => {
    expect(sentenceStarts(text).map((at) => text.slice(at, at + 6))).toEqual(['U.S. P', '"We wi', 'Mr. Re', 'Then 3']);
  });

  it.each([
    ['Trump', { before: 'U.S. President Donald ', match: 'Trump', after: ' spoke.' }],
    ['Reyes', { before: 'Mr. ', match: 'Reyes', after: ' agreed!' }],
    ['35', { before: 'Then ', match: '35', after: ' towns joined.' }],
  ])('cuts the sentence around %s', (word, expected) => {
    const start = text.indexOf(word);
    expect(sentenceAround(text, start, start + word.length)).toEqual(expected);
  });
});

describe('sourcing', () => {
  const actors: Actor[] = [
    { id: 'reyes', name: 'Ana Reyes', kind: 'person', role: 'Mayor', aliases: [], demonyms: [], unnamed: false },
    { id: 'gazette', name: 'The Gazette', kind: 'outlet', role: 'Paper', aliases: [], demonyms: [], unnamed: false },
    { id: 'analysts', name: 'Analysts (unnamed)', kind: 'group', role: 'Analysts', aliases: ['Analysts'], demonyms: [], unnamed: true },
    { id: 'bot', name: 'Enoch', kind: 'other', role: 'Quoted', affiliation: 'brightu', aliases: [], demonyms: [], unnamed: false },
    { id: 'brightu', name: 'BrightU.AI', kind: 'organization', role: 'Listed', aliases: ['BrightU.AI'], demonyms: [], unnamed: false },
  ];
  const sources = ['YourNews.com', 'BrightU.ai'];

  it.each([
    [{ speaker: 'reyes' }, 'on-record'],
    [{ via: 'gazette' }, 'outlet-report'],
    [{ speaker: 'reyes', via: 'gazette' }, 'outlet-report'],
    [{ speaker: 'analysts' }, 'unnamed'],
    [{}, 'own-voice'],
    [{ speaker: 'bot' }, 'listed-source'],
    [{ speaker: 'brightu' }, 'listed-source'],
  ] as const)('%o is %s', (claim, expected) => {
    expect(classifySourcing(claim, actors, sources)).toBe(expected);
  });

  it('matches listed sources whatever their case or punctuation', () => {
    expect(isListedSource({ name: 'Brighteon', aliases: ['Brighteon.com'] }, ['brighteon.com'])).toBe(true);
    expect(isListedSource({ name: 'The Times of London', aliases: [] }, ['TheTimes.com'])).toBe(false);
  });

  it('counts every class, empty ones too', () => {
    expect(countSourcing(['unnamed', 'on-record', 'unnamed'])).toEqual([
      ['on-record', 1],
      ['outlet-report', 0],
      ['listed-source', 0],
      ['unnamed', 2],
      ['own-voice', 0],
    ]);
  });
});

describe('the corpus of actors', () => {
  const { data, body } = goodArticle();
  const analysis = analyse(resolveArticle(data), parseBlocks(body));

  it('names the actors most often mentioned in the same paragraphs', () => {
    const [southby] = aggregateActors([{ slug: 'a', headline: 'A', analysis }]).filter((actor) => actor.id === 'southby');
    expect(southby!.coMentioned).toEqual([
      { id: 'northport', name: 'Northport', count: 1 },
      { id: 'the-gazette', name: 'The Gazette', count: 1 },
    ]);
  });

  it('adds up co-mentions across articles, paragraph by paragraph within each', () => {
    const profiles = aggregateActors([
      { slug: 'a', headline: 'A', analysis },
      { slug: 'b', headline: 'B', analysis },
    ]);
    expect(profiles.find((actor) => actor.id === 'southby')!.coMentioned).toEqual([
      { id: 'northport', name: 'Northport', count: 2 },
      { id: 'the-gazette', name: 'The Gazette', count: 2 },
    ]);
  });

  it('finds every mention with the sentence it stands in', () => {
    expect(analysis.actors.find((actor) => actor.id === 'the-gazette')!.mentions).toEqual([
      {
        blockId: 'p-southby-agreed-on-condition-that-the',
        opening: 'Southby agreed on condition that the timetable suits…',
        sentence: { before: 'According to ', match: 'The Gazette', after: ', the ferry will cost less than two.' },
      },
    ]);
  });

  it('reports an actor or a question written out differently in two articles in the file changed last, naming the other file and line, whose value stands', () => {
    const lineOf = (path: string) => Number(path.split('.')[1]) * 10 + 2;
    const article = (file: string, modified: number, actors: OwnEntries['actors'], questions: OwnEntries['questions'] = []) => ({ file, modified, actors, questions, forms: [], lineOf });
    expect(
      corpusConflicts([
        article('b.mdx', 2, [{ index: 0, id: 'other', name: 'Other', kind: 'person' }, { index: 1, id: 'reyes', name: 'A. Reyes', kind: 'group' }], [{ index: 0, id: 'ferry', question: 'A ferry?' }]),
        article('a.mdx', 1, [{ index: 0, id: 'reyes', name: 'Ana Reyes', kind: 'person' }], [{ index: 0, id: 'ferry', question: 'One ferry?' }]),
        article('c.mdx', 3, [{ index: 0, id: 'reyes', name: 'Ana Reyes', kind: 'person' }]),
      ]),
    ).toEqual([
      { file: 'b.mdx', line: 12, path: 'actors.1.name', message: 'actor "reyes" has name "A. Reyes" here but "Ana Reyes" in a.mdx:2, which stands: one id is one actor; use "Ana Reyes", or move the actor into content/actors/reyes.yaml and list it by id in both' },
      { file: 'b.mdx', line: 12, path: 'actors.1.kind', message: 'actor "reyes" has kind "group" here but "person" in a.mdx:2, which stands: one id is one actor; use "person", or move the actor into content/actors/reyes.yaml and list it by id in both' },
      { file: 'b.mdx', line: 2, path: 'questions.0.question', message: 'question "ferry" has question "A ferry?" here but "One ferry?" in a.mdx:2, which stands: one id is one question; use "One ferry?", or move the question into content/questions/ferry.yaml and list it by id in both' },
    ]);
  });

  it('exports actors with their positions, claims and links', () => {
    const document = actorsDocument(aggregateActors([{ slug: 'a', headline: 'A', analysis }]), {
      actor: (id) => `/actors/${id}/`,
      paragraph: (slug, id) => `/articles/${slug}/full/#${id}`,
      claim: (slug, id) => `/articles/${slug}/claims/${id}/`,
    });
    const reyes = document.actors.find((actor) => actor.id === 'ana-reyes')!;
    expect(reyes.url).toBe('/actors/ana-reyes/');
    expect(reyes.articles[0]!.claims[0]).toMatchObject({ id: 'reyes-one-boat', sourcing: 'on-record', url: '/articles/a/claims/reyes-one-boat/' });
    expect(reyes.articles[0]!.mentions).toEqual(['/articles/a/full/#p-one-boat-serves-us-both-said']);
  });
});

describe('relativeUrl', () => {
  it.each([
    ['articles/a/full/', 'actors/b/', '../../../actors/b/'],
    ['actors/', 'actors/b/', '../actors/b/'],
    ['', 'actors/', 'actors/'],
    ['articles/a/page.html', 'x/', '../../x/'],
  ])('from %s to %s', (from, to, expected) => {
    expect(relativeUrl(from, to)).toBe(expected);
  });
});
