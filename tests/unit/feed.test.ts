import rss from '@astrojs/rss';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { escapeHtml, feedItem } from '../../src/lib/publish/feed';
import { dataError, feedEntries, feedItems } from '../support/outputs';

const link = 'https://example.org/news/dossier/articles/a-b/';

describe('feedItem', () => {
  it.each([
    [
      'a dated article',
      { headline: 'Ferry deal', keyPoints: ['One.', 'Two.'], published: new Date('2025-03-01') },
      { title: 'Ferry deal', link, description: 'One. Two.', pubDate: new Date('2025-03-01') },
    ],
    ['an undated article without key points', { headline: 'Ferry deal', keyPoints: [] }, { title: 'Ferry deal', link }],
    [
      'an article in Arabic',
      { headline: 'عبّارة واحدة', keyPoints: ['بدأت العبّارة.'], lang: 'ar' },
      { title: 'عبّارة واحدة', link, description: '<p lang="ar" dir="rtl">بدأت العبّارة.</p>', customData: '<dc:language>ar</dc:language>' },
    ],
    [
      'an article in French',
      { headline: 'Un seul bateau', keyPoints: ['Le ferry & le port.'], lang: 'fr' },
      { title: 'Un seul bateau', link, description: '<p lang="fr">Le ferry &amp; le port.</p>', customData: '<dc:language>fr</dc:language>' },
    ],
  ])('turns %s into an entry with its absolute link', (_, article, expected) => {
    expect(feedItem(article, link)).toEqual(expected);
  });
});

describe('escapeHtml', () => {
  it.each([
    ['1 < 2 && 3 > 2', '1 &lt; 2 &amp;&amp; 3 &gt; 2'],
    [`"quoted" and 'single'`, '&quot;quoted&quot; and &#39;single&#39;'],
    ['&amp; already', '&amp;amp; already'],
  ])('escapes %j', (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
  });
});

describe('a feed whose key points read like markup', () => {
  const keyPoints = [
    '<meta http-equiv="refresh" content="0;url=https://example.org/">',
    'Talks <b>resume</b> & 1 < 2; &lt;i&gt; stays as written',
    ']]> <![CDATA[ a section that never opened',
  ];

  it('is well-formed XML whose description a feed reader, rendering it as HTML, shows as the exact text', async () => {
    const response = await rss({ title: 'Dossier', description: 'Test', site: 'https://example.org/', items: [feedItem({ headline: 'A & <b>B</b>', keyPoints }, link)] });
    const xml = await response.text();
    expect(dataError(xml, 'xml')).toBeUndefined();
    expect(feedEntries(xml)).toEqual([{ title: 'A & <b>B</b>', link, description: keyPoints.join(' ') }]);
    // Read as HTML, the description holds text alone: no element of the key points comes alive.
    expect(fromHtml(feedItems(xml)[0]!.description!, { fragment: true }).children.map((node) => node.type)).toEqual(['text']);
  });
});
