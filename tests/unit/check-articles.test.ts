import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticles, checkSource } from '../../src/lib/check/check-articles';
import { readCorpus } from '../../src/lib/corpus/corpus';
import { formatProblem } from '../../src/lib/source/problems';
import { root } from '../support/build';
import { expectedLines, fixtureFiles } from '../support/fixture';

const check = (folder: string) => checkArticles(fixtureFiles(folder)).map(formatProblem);
const corpus = readdirSync(join(root, 'tests/fixtures/invalid')).sort();

describe('the content check', () => {
  it('passes every article in content/articles and the good fixture', () => {
    expect(readCorpus(root).problems.map(formatProblem)).toEqual([]);
    expect(check('good')).toEqual([]);
  });

  it('has a corpus of at least 25 cases of bad content', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(25);
  });

  it.each(corpus)('fails on %s with exactly its expected messages, files and lines', (name) => {
    const files = fixtureFiles(`invalid/${name}`);
    const problems = checkArticles(files);
    const expected = expectedLines(`invalid/${name}`);
    expect(expected.length).toBeGreaterThan(0);
    expect(problems.map(formatProblem)).toEqual(expected);
    for (const problem of problems) {
      const file = files.find((candidate) => candidate.file === problem.file)!;
      // A file refused unread (not UTF-8, a link, a folder) has no text; its lines are counted in its bytes.
      const path = join(root, 'tests/fixtures/invalid', name, `${file.slug}.mdx`);
      const text = file.refused ? (lstatSync(path).isFile() ? readFileSync(path, 'latin1') : '') : file.source;
      expect(problem.line).toBeLessThanOrEqual(text.split('\n').length);
    }
  });
});

describe('a publication date', () => {
  const good = fixtureFiles('good')[0]!;
  const dated = (published: string) => checkSource({ ...good, source: good.source.replace('sources:', `published: ${published}\nsources:`) });

  it.each([
    ['2025-02-28', []],
    ["'2024-02-29'", []],
    ['2025-02-28 # the print edition', []],
    ['2025-02-30', ['published: 2025-02-30 is not a date that exists; it would be read as 2025-03-02']],
    ['"2025-02-31"', ['published: 2025-02-31 is not a date that exists; it would be read as 2025-03-03']],
    ['2025-13-01', ['published: 2025-13-01 is not a date that exists; it would be read as 2026-01-01']],
    ['"2025-13-01"', ['published: found the text "2025-13-01", expected a real date written YYYY-MM-DD']],
  ])('written %s is reported as %j', (published, expected) => {
    expect(dated(published).map((problem) => `${problem.path}: ${problem.message}`)).toEqual(expected);
  });
});

describe('the round trip', () => {
  const broken = fixtureFiles('round-trip/broken');
  const fixed = fixtureFiles('round-trip/fixed');
  const expected = expectedLines('round-trip/broken');

  // Each problem the broken copy reports, and the edit that fixes it.
  const fixes: [line: number, from: string, to: string][] = [
    [17, '    kind: persn', '    kind: person'],
    [24, '    role:\n', '    role: A harbour town council\n'],
    [37, '    stance: suports', '    stance: supports'],
    [47, '    speaker: ana-reyez', '    speaker: ana-reyes'],
    [49, '“One boat serves us both,” said Ana Reyes.', '\\"One boat serves us both,\\" said Ana Reyes.'],
    [51, '  - id: Gazette Cost', '  - id: gazette-cost'],
    [58, 'agreed on {date} to share', 'agreed on Monday to share'],
    [62, '<MissingVideo autoplay />', '<MissingVideo />'],
    [68, '\n<script src="https://example.org/tracker.js"></script>\n', ''],
  ];
  const apply = (source: string, [, from, to]: (typeof fixes)[number]) => {
    expect(source.split(from)).toHaveLength(2);
    return source.replace(from, to);
  };

  it('reports every problem of a file with several in one run', () => {
    expect(expected).toHaveLength(fixes.length);
    expect(checkArticles(broken).map(formatProblem)).toEqual(expected);
  });

  it.each(fixes)('fixing the problem at line %i removes it and no other', (...fix) => {
    const source = apply(broken[0]!.source, fix);
    const remaining = expected.filter((line) => !line.startsWith(`content/articles/harbour-talks.mdx:${fix[0]}:`));
    expect(remaining).toHaveLength(expected.length - 1);
    expect(checkSource({ ...broken[0]!, source }).map(formatProblem)).toEqual(remaining);
  });

  it('passes once every problem is fixed, which gives the fixed copy', () => {
    const source = fixes.reduce(apply, broken[0]!.source);
    expect(source).toBe(readFileSync(join(root, 'tests/fixtures/round-trip/fixed/harbour-talks.mdx'), 'utf8'));
    expect(checkArticles(fixed)).toEqual([]);
  });
});
