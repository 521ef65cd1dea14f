import { describe, expect, it } from 'vitest';
import type { PositionEntry } from '../../src/lib/analysis/model';
import { neighbours, storyOrder } from '../../src/lib/corpus/related';
import { questionStory, stanceHistories, stanceRuns, type StoryArticle } from '../../src/lib/corpus/timeline';
import type { Stance } from '../../src/schemas/vocabularies';

/** A position as the analysis resolves it, resting on one paragraph. */
const position = (actor: string, question: string, stance: Stance): PositionEntry => ({
  actor,
  question,
  stance,
  summary: `${actor} ${stance}`,
  excerpts: ['words'],
  id: `${actor}--${question}`,
  citations: [{ excerpt: 'words', blockId: 'p-words' }],
});

const article = (slug: string, published: string | undefined, positions: PositionEntry[]): StoryArticle & { analysis: { questions: { id: string }[] } } => ({
  slug,
  headline: slug,
  ...(published ? { published: new Date(published) } : {}),
  analysis: { positions, questions: [...new Set(positions.map((entry) => entry.question))].map((id) => ({ id })) },
});

// Given in no particular order: the story is told by date, undated last.
const undated = article('launch', undefined, [position('southby', 'ferry', 'supports'), position('eastville', 'ferry', 'unclear')]);
const march = article('talks', '2025-03-04', [position('southby', 'ferry', 'conditional'), position('reyes', 'ferry', 'supports'), position('reyes', 'fares', 'opposes')]);
const february = article('vote', '2025-02-10', [position('southby', 'ferry', 'unclear'), position('reyes', 'ferry', 'supports')]);
const other = article('weather', '2025-05-01', []);
const corpus = [undated, march, february, other];

describe('stanceHistories', () => {
  it('gives each actor’s stances on each question in date order, undated last, marking each change from the step before', () => {
    const southby = stanceHistories(corpus).find((history) => history.actor === 'southby' && history.question === 'ferry')!;
    expect(southby.steps.map((step) => [step.article.slug, step.position.stance, step.changedFrom])).toEqual([
      ['vote', 'unclear', undefined],
      ['talks', 'conditional', 'unclear'],
      ['launch', 'supports', 'conditional'],
    ]);
  });

  it('marks no change where the stance holds', () => {
    const reyes = stanceHistories(corpus).find((history) => history.actor === 'reyes' && history.question === 'ferry')!;
    expect(reyes.steps.map((step) => step.changedFrom)).toEqual([undefined, undefined]);
  });
});

describe('questionStory', () => {
  const story = questionStory('ferry', stanceHistories(corpus));

  it('has as columns the articles with a stance on the question, oldest first, undated last', () => {
    expect(story.articles.map((entry) => entry.slug)).toEqual(['vote', 'talks', 'launch']);
  });

  it('has a row per actor, in the order they first took a stance, with their steps by article and their changes counted', () => {
    expect(story.rows.map((row) => [row.actor, [...row.steps.keys()], row.changes])).toEqual([
      ['southby', ['vote', 'talks', 'launch'], 2],
      ['reyes', ['vote', 'talks'], 0],
      ['eastville', ['launch'], 0],
    ]);
  });
});

describe('neighbours', () => {
  const slugs = (related: { article: { slug: string } }[]) => related.map((entry) => entry.article.slug);

  it('lists the articles before and after that share a question, nearest first, undated last in story order, with the questions shared', () => {
    const near = neighbours(march, storyOrder(corpus));
    expect(near.earlier.map((related) => [related.article.slug, related.shared])).toEqual([['vote', ['ferry']]]);
    expect(near.later.map((related) => [related.article.slug, related.shared])).toEqual([['launch', ['ferry']]]);
  });

  it('lists nothing for an article that shares no question', () => {
    expect(neighbours(other, storyOrder(corpus))).toEqual({ earlier: [], later: [] });
  });

  it('stops at `count` each way however long the story, passing over the articles on other questions', () => {
    // One a day; every fifth on fares, the rest on the ferry.
    const days = Array.from({ length: 40 }, (_, index) =>
      article(`day-${index}`, new Date(Date.UTC(2025, 0, 1 + index)).toISOString(), [position('southby', index % 5 === 0 ? 'fares' : 'ferry', 'supports')]),
    );
    const story = storyOrder(days.toReversed());
    expect(slugs(neighbours(days[22]!, story, 2).earlier)).toEqual(['day-21', 'day-19']);
    expect(slugs(neighbours(days[22]!, story, 2).later)).toEqual(['day-23', 'day-24']);
    expect(slugs(neighbours(days[20]!, story, 2).earlier)).toEqual(['day-15', 'day-10']);
    expect(slugs(neighbours(days[20]!, story, 2).later)).toEqual(['day-25', 'day-30']);
    expect(slugs(neighbours(days[39]!, story, 2).later)).toEqual([]);
  });
});

describe('stanceRuns', () => {
  it('groups consecutive steps of one stance into a run, each ended by the stance that follows', () => {
    const southby = stanceHistories([...corpus, article('again', '2025-03-05', [position('southby', 'ferry', 'conditional')])]).find((history) => history.actor === 'southby')!;
    expect(stanceRuns(southby).map((run) => [run.stance, run.steps.map((step) => step.article.slug), run.endedBy])).toEqual([
      ['unclear', ['vote'], 'conditional'],
      ['conditional', ['talks', 'again'], 'supports'],
      ['supports', ['launch'], undefined],
    ]);
  });
});
