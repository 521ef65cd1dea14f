import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { corpusCounts, readCorpus, type Corpus } from '../../src/lib/corpus/corpus';
import { formatProblem } from '../../src/lib/source/problems';
import { root } from '../support/build';
import { expectedLines } from '../support/fixture';

/**
 * What a build keeps of each article between builds (`CorpusOptions.keptIn`, src/lib/corpus/kept.ts): a project
 * with the story fixture's articles and registries, and no `src/` (its code is this checkout's, which a test
 * stands in for by writing a file there).
 */
const projects: string[] = [];
afterAll(() => {
  for (const project of projects) rmSync(project, { recursive: true, force: true });
});

let project: string;
let kept: string;
const article = (slug: string) => join(project, 'content/articles', `${slug}.mdx`);
/** Reads the corpus as a build does, and how many articles it parsed to do so. */
const read = (): { corpus: Corpus; parsed: number } => {
  const before = corpusCounts().articlesParsed;
  const corpus = readCorpus(project, { keptIn: kept });
  return { corpus, parsed: corpusCounts().articlesParsed - before };
};

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'dossier-kept-'));
  projects.push(project);
  kept = join(project, 'cache/dossier-corpus');
  mkdirSync(join(project, 'content/articles'), { recursive: true });
  const story = join(root, 'tests/fixtures/story');
  for (const entry of readdirSync(story)) {
    cpSync(join(story, entry), entry.endsWith('.mdx') ? article(entry.replace(/\.mdx$/, '')) : join(project, 'content', entry), { recursive: true });
  }
});

describe('the corpus a build keeps between builds', () => {
  it('takes every article back from what the last read kept, equal to a fresh read, types and all', () => {
    const first = read();
    expect(first.parsed).toBe(3);
    expect(readdirSync(kept)).toHaveLength(3);
    const second = read();
    expect(second.parsed).toBe(0);
    expect(second.corpus.articles.size).toBe(3);
    // Equal to the last read, prototypes included (the names are a Map), and to a read that keeps nothing.
    expect(second.corpus.articles).toStrictEqual(first.corpus.articles);
    expect(second.corpus.articles).toStrictEqual(readCorpus(project).articles);
    expect(second.corpus.problems).toEqual([]);
  });

  it('reads again only the article whose text changed, and forgets what it kept of the old text', () => {
    read();
    const text = readFileSync(article('ferry-vote'), 'utf8');
    writeFileSync(article('ferry-vote'), text.replace('headline: "Southby delays its ferry vote"', 'headline: "Southby postpones its ferry vote"'));
    const { corpus, parsed } = read();
    expect(parsed).toBe(1);
    expect(corpus.articles.get('ferry-vote')?.data.headline).toBe('Southby postpones its ferry vote');
    expect(readdirSync(kept)).toHaveLength(3);
  });

  it('reads every article again when the registries change, or the code that reads them', () => {
    read();
    const registry = join(project, 'content/actors/ana-reyes.yaml');
    writeFileSync(registry, readFileSync(registry, 'utf8').replace('name: Ana Reyes\n', 'name: Ana Reyes Molina\n'));
    const renamed = read();
    expect(renamed.parsed).toBe(3);
    expect(renamed.corpus.articles.get('harbour-talks')?.analysis.names.get('ana-reyes')).toBe('Ana Reyes Molina');
    mkdirSync(join(project, 'src/lib'), { recursive: true });
    writeFileSync(join(project, 'src/lib/rules.ts'), 'export const rule = 1;\n');
    expect(read().parsed).toBe(3);
    expect(read().parsed).toBe(0);
  });

  it('reads an article again whose kept reading cannot be read back', () => {
    read();
    for (const file of readdirSync(kept)) writeFileSync(join(kept, file), 'not what v8.serialize writes');
    const { corpus, parsed } = read();
    expect(parsed).toBe(3);
    expect(corpus.articles.size).toBe(3);
  });

  it('keeps nothing of an article the check refuses, and reports it on every read', () => {
    writeFileSync(article('ferry-vote'), readFileSync(article('ferry-vote'), 'utf8').replace('headline: "Southby delays its ferry vote"', 'headline: 42'));
    const first = read();
    expect(first.corpus.problems.map(formatProblem).join('\n')).toContain('ferry-vote.mdx');
    expect(readdirSync(kept)).toHaveLength(2);
    const second = read();
    expect(second.parsed).toBe(1);
    expect(second.corpus.problems).toEqual(first.corpus.problems);
  });

  it('names the line of a kept article that a new one conflicts with, as a fresh read does', () => {
    rmSync(join(project, 'content'), { recursive: true });
    mkdirSync(join(project, 'content/articles'), { recursive: true });
    const fixture = join(root, 'tests/fixtures/invalid/alias-across-articles');
    cpSync(join(fixture, 'harbour-talks.mdx'), article('harbour-talks'));
    expect(read().corpus.problems).toEqual([]);
    cpSync(join(fixture, 'later-notes.mdx'), article('later-notes'));
    // The later file is the one being edited: the earlier one stands.
    utimesSync(article('harbour-talks'), new Date('2025-01-01'), new Date('2025-01-01'));
    const { corpus, parsed } = read();
    expect(parsed).toBe(1);
    expect(corpus.problems.map(formatProblem)).toEqual(expectedLines('invalid/alias-across-articles'));
  });
});
