import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../../src/lib/text/blocks';

describe('parseBlocks', () => {
  const body = [
    'First paragraph with "straight quotes" and an em-dash—here.',
    '',
    '## A subheading',
    '',
    '<MissingVideo />',
    '',
    'Last paragraph, www.example.com stays text.',
    '',
  ].join('\n');

  it('returns headings and paragraphs in order, with their plain text, ids and lines', () => {
    expect(parseBlocks(body)).toEqual([
      { kind: 'paragraph', text: 'First paragraph with "straight quotes" and an em-dash—here.', id: 'p-first-paragraph-with-straight-quotes-and', depth: 0, line: 1 },
      { kind: 'heading', text: 'A subheading', id: 'a-subheading', depth: 2, line: 3 },
      { kind: 'paragraph', text: 'Last paragraph, www.example.com stays text.', id: 'p-last-paragraph-wwwexamplecom-stays-text', depth: 0, line: 7 }, // Read without GFM, the address is words: no link, so no edges.
    ]);
  });

  it('returns nothing for an empty body', () => {
    expect(parseBlocks('')).toEqual([]);
  });
});
