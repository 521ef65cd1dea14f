import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDay } from '../../src/lib/capture/day';
import { parseCapture } from '../../src/lib/capture/parse';
import { lineEnd } from '../../src/lib/capture/splits';
import { root } from '../support/build';

const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('parseCapture, on the plain layout of the first article', () => {
  const text = read('content/sources/uk-france-troops-ukraine-ceasefire.txt');
  const lines = text.split('\n');
  const line = (n: number) => lines[n - 1]!;
  const { capture } = parseCapture(text);

  it('reads line 1 as the headline and lines 2-6 as the key points', () => {
    expect(capture?.layout).toBe('plain');
    expect(capture?.headline).toBe(line(1));
    expect(capture?.keyPoints).toEqual([2, 3, 4, 5, 6].map((n) => line(n).slice(2)));
  });

  it('rejoins the lines its README says a link split (10-11, 14-15, 21-22, 24-25, 26-27) and keeps the others whole', () => {
    const joined = new Map([10, 14, 21, 24, 26].map((n) => [n, `${line(n)} ${line(n + 1)}`]));
    const expected = [7, 8, 9, 10, 12, 13, 14, 16, 17, 18, 19, 20, 21, 23, 24, 26].map((n) => joined.get(n) ?? line(n));
    expect(capture?.body.map((block) => block.text)).toEqual(expected);
  });

  it('reads line 16 as the only subheading', () => {
    expect(capture?.body.filter((block) => block.kind === 'heading')).toEqual([{ kind: 'heading', text: line(16), line: 16 }]);
  });

  it('reads the "Sources include:" list, lines 28-32', () => {
    expect(capture?.sourcesLabel).toBe(line(28));
    expect(capture?.sources).toEqual([29, 30, 31, 32].map(line));
  });

  it('states no date, author, outlet or address', () => {
    expect([capture?.published, capture?.author, capture?.outlet, capture?.url]).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('parseCapture, on the labelled layout', () => {
  const { capture, problems } = parseCapture(read('tests/fixtures/captures/harbour-bridge.txt'));

  it('reads the stated metadata exactly, the date as a day', () => {
    expect(problems).toEqual([]);
    expect(capture).toMatchObject({
      layout: 'labelled',
      headline: 'Northport and Southby plan a footbridge – and argue over who pays',
      outlet: 'The Gazette',
      author: 'Marta Lindqvist',
      published: '2025-07-10',
      publishedAsWritten: '10 July 2025',
      url: 'https://gazette.example/2025/07/harbour-bridge',
      keyPoints: ['The two harbour towns will build a footbridge beside the ferry.', 'Southby wants Northport to pay more of the cost.'],
      sourcesLabel: 'Sources include:',
      sources: ['The Gazette'],
    });
  });

  it('reads paragraphs apart by blank lines, joins a paragraph’s lines with one space, and reads ## as a heading', () => {
    expect(capture?.body).toEqual([
      {
        kind: 'paragraph',
        text: 'Northport and Southby agreed on Thursday to build a footbridge across the harbour, a year after the two towns began sharing one ferry.',
        line: 11,
      },
      { kind: 'paragraph', text: '“A bridge is the ferry we never have to wait for,” said Ana Reyes, the mayor of Northport.', line: 14 },
      { kind: 'heading', text: 'Who pays', line: 16 },
      {
        kind: 'paragraph',
        text: 'Southby’s treasurer, Zoë Okonkwo-Hale, said the cost should follow the traffic. “Most walkers come from Northport,” she said. “They should pay most of the bill.”',
        line: 18,
      },
      { kind: 'paragraph', text: 'Engineers expect the work to take 18–24 months.', line: 20 },
    ]);
  });

  it('leaves out what the capture does not state', () => {
    const { capture: bare } = parseCapture('Headline: A headline\nBody:\nOne paragraph.\n');
    expect(bare).toEqual({ layout: 'labelled', headline: 'A headline', keyPoints: [], body: [{ kind: 'paragraph', text: 'One paragraph.', line: 3 }], sources: [] });
  });

  it('keeps a line of the body that looks like a label as the body’s words', () => {
    const { capture: noted } = parseCapture('Headline: H\nBody:\nNote: the vote is on Monday.\n');
    expect(noted?.body.map((block) => block.text)).toEqual(['Note: the vote is on Monday.']);
  });

  it('keeps a date it cannot read as written, and reads none from it', () => {
    const { capture: undated } = parseCapture('Headline: H\nPublished: Tuesday\nBody:\nText.\n');
    expect([undated?.published, undated?.publishedAsWritten]).toEqual([undefined, 'Tuesday']);
  });
});

describe('parseCapture refuses a capture it cannot read, naming the line and saying what to do', () => {
  it.each([
    ['Headline: H\nOutlt: The Gazette\nBody:\nText.\n', 'Outlt', 2, '"Outlt:" is not a label of a capture; did you mean "Outlet"?'],
    ['Headline:\nBody:\nText.\n', 'Headline', 1, 'the capture has no headline'],
    ['Headline: H\nKey points:\n- One\n', 'Body', 3, 'the capture has no body'],
    ['Headline: H\nAddress: gazette.example/story\nBody:\nText.\n', 'Address', 2, 'is not a web address'],
    ['Headline: H\nAuthor: A\nAuthor: B\nBody:\nText.\n', 'Author', 3, 'a second "Author:" line; the first is on line 2'],
    ['', 'headline', 1, 'the capture is empty'],
  ])('%j', (text, path, line, message) => {
    const { problems } = parseCapture(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path, line });
    expect(problems[0]!.message).toContain(message);
  });
});

describe('lineEnd, in a plain capture', () => {
  it.each([
    ['The plan includes military hubs.', 'sentence'],
    ['"Any foreign troop presence risks triggering escalation."', 'sentence'],
    ['Macron, speaking to', 'cut'],
    ['This video is from the', 'cut'],
    ['Watch the video below that talks about', 'cut'],
    ['"Russia sees Ukraine\'s alignment with the West as a direct threat to its regional dominance," said', 'cut'],
    ['Mixed reactions from Europe', 'heading'],
    ['What comes next', 'heading'],
  ] as const)('%j ends as a %s', (line, expected) => {
    expect(lineEnd(line)).toBe(expected);
  });
});

describe('readDay', () => {
  it.each([
    ['2025-07-10', '2025-07-10'],
    ['2025-07-10T09:30:00Z', '2025-07-10'],
    ['10 July 2025', '2025-07-10'],
    ['Thursday, 10 July 2025', '2025-07-10'],
    ['July 10, 2025', '2025-07-10'],
    ['10 Jul 2025', '2025-07-10'],
    ['2025-02-30', undefined],
    ['30 February 2025', undefined],
    ['10/07/2025', undefined],
    ['Tuesday', undefined],
  ])('%j is %j', (text, expected) => {
    expect(readDay(text)).toBe(expected);
  });
});
