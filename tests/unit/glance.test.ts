import { describe, expect, it } from 'vitest';
import { filingName, metaLine, questionTallies, readingLength, sourcingBar } from '../../src/lib/analysis/glance';

describe('metaLine', () => {
  it.each([
    [{}, [], 'Date, author, outlet and address: not stated in the source'],
    [{ author: 'A. Writer' }, ['Author: A. Writer'], 'Date, outlet and address: not stated in the source'],
    [{ published: new Date('2025-07-10'), outlet: 'The Gazette', url: 'https://example.org/a' }, ['Date: 10 July 2025', 'Outlet: The Gazette', 'Original address: https://example.org/a'], 'Author: not stated in the source'],
    [{ published: new Date('2025-07-10'), author: 'A', outlet: 'B', url: 'https://example.org/' }, ['Date: 10 July 2025', 'Author: A', 'Outlet: B', 'Original address: https://example.org/'], undefined],
  ])('%o', (article, stated, unstated) => {
    const line = metaLine(article);
    expect(line.stated.map(({ label, value }) => `${label}: ${value}`)).toEqual(stated);
    expect(line.unstated).toBe(unstated);
  });
});

describe('readingLength', () => {
  it('counts words and rounds the minutes, never below one', () => {
    expect(readingLength([{ text: 'One two three.' }, { text: ' four  five ' }])).toEqual({ words: 5, minutes: 1 });
    expect(readingLength([{ text: 'word '.repeat(575) }])).toEqual({ words: 575, minutes: 3 });
  });
});

describe('questionTallies', () => {
  it('counts each question’s stances in the vocabulary’s order, leaving out stances no one holds', () => {
    const questions = [
      { id: 'ferry', question: 'Should the towns share a ferry?', label: 'A shared ferry' },
      { id: 'fares', question: 'Who sets the fares?' },
    ];
    const positions = [
      { question: 'ferry', stance: 'opposes' as const },
      { question: 'ferry', stance: 'supports' as const },
      { question: 'ferry', stance: 'supports' as const },
    ];
    expect(questionTallies({ questions, positions }).map(({ label, counts }) => [label, counts.map(({ words }) => words).join(' · ')])).toEqual([
      ['A shared ferry', '2 support · 1 opposes'],
      ['Who sets the fares?', ''],
    ]);
  });
});

describe('sourcingBar', () => {
  it('gives each class with claims a segment in order, the segments adding up to the whole bar', () => {
    const bar = sourcingBar([{ sourcing: 'own-voice' }, { sourcing: 'on-record' }, { sourcing: 'on-record' }, { sourcing: 'unnamed' }]);
    expect(bar.map(({ name, n }) => [name, n])).toEqual([['on-record', 2], ['unnamed', 1], ['own-voice', 1]]);
    expect(bar.map(({ x }) => x)).toEqual([0, 50, 75]);
    expect(bar.reduce((sum, { width }) => sum + width, 0)).toBe(100);
  });

  it('writes each edge to a hundredth of the bar, each segment starting where the one before it ends', () => {
    const claims = [...Array(11).fill('on-record'), 'unnamed', ...Array(14).fill('own-voice')].map((sourcing) => ({ sourcing }));
    const bar = sourcingBar(claims);
    // 11 of 26 is 42.307…%, 1 of 26 is 3.846…%: at a hundredth, 42.31 and the next edge at 46.15.
    expect(bar.map(({ x, width }) => [x, width])).toEqual([
      [0, 42.31],
      [42.31, 3.84],
      [46.15, 53.85],
    ]);
  });
});

describe('filingName', () => {
  it.each([
    [{ name: 'Keir Starmer', kind: 'person' }, 'Starmer, Keir Starmer'],
    [{ name: 'Jean-Noël Barrot', kind: 'person' }, 'Barrot, Jean-Noël Barrot'],
    [{ name: 'Analysts (unnamed)', kind: 'person', unnamed: true }, 'Analysts'],
    [{ name: 'United Kingdom', kind: 'country' }, 'United Kingdom'],
  ])('%o → %s', (actor, expected) => {
    expect(filingName(actor)).toBe(expected);
  });
});
