import { describe, expect, it } from 'vitest';
import type { PositionEntry } from '../../src/lib/analysis/model';
import { alsoOn } from '../../src/lib/corpus/related';
import { questionStory, stanceHistories, type StoryArticle } from '../../src/lib/corpus/timeline';
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

describe('alsoOn', () => {
  it('lists the other articles that share a question, newest first, undated last, with the questions shared', () => {
    expect(alsoOn(march, corpus).map((related) => [related.article.slug, related.shared])).toEqual([
      ['vote', ['ferry']],
      ['launch', ['ferry']],
    ]);
  });

  it('lists nothing for an article that shares no question', () => {
    expect(alsoOn(other, corpus)).toEqual([]);
  });
});
