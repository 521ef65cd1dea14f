import { describe, expect, it } from 'vitest';
import { feedItem } from '../../src/lib/publish/feed';

const link = 'https://example.org/news/dossier/articles/a-b/';

describe('feedItem', () => {
  it.each([
    [
      'a dated article',
      { headline: 'Ferry deal', keyPoints: ['One.', 'Two.'], published: new Date('2025-03-01') },
      { title: 'Ferry deal', link, description: 'One. Two.', pubDate: new Date('2025-03-01') },
    ],
    ['an undated article without key points', { headline: 'Ferry deal', keyPoints: [] }, { title: 'Ferry deal', link }],
  ])('turns %s into an entry with its absolute link', (_, article, expected) => {
    expect(feedItem(article, link)).toEqual(expected);
  });
});
