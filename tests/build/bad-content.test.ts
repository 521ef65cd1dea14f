import { spawnSync } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, readdirSync, readlinkSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProject, fixtureProject, removeFixtureBuilds, root, type BuildResult } from '../support/build';
import { checkArticles } from '../../src/lib/check/check-articles';
import { formatProblem } from '../../src/lib/source/problems';
import { expectedLines, fixtureFiles, problemLines } from '../support/fixture';

const corpus = readdirSync(join(root, 'tests/fixtures/invalid')).sort();
const shared = 'harbour-talks.mdx';

/** How a case's files are named once it shares `content/articles/` with the others: `harbour-talks.mdx` after the case. */
const renamed = (name: string, entry: string) => (entry === shared ? `${name}.mdx` : entry);

/** The lines a case expects, with its files renamed as in a shared project. */
const expected = new Map(
  corpus.map((name) => [name, expectedLines(`invalid/${name}`).map((line) => line.replaceAll(`content/articles/${shared}:`, `content/articles/${renamed(name, shared)}:`))]),
);

/** A case's files as the check reads them in a shared project. */
const filesOf = (name: string) =>
  fixtureFiles(`invalid/${name}`).map((file) => {
    const entry = file.file.slice('content/articles/'.length);
    return { ...file, file: `content/articles/${renamed(name, entry)}`, slug: renamed(name, entry).replace(/\.mdx$/, '') };
  });

/**
 * The corpus in as few groups as can share a project: a build takes seconds, and the check reports every file
 * at once, so one check and one build judge a whole group. Cases are checked against each other only where
 * one actor id is declared twice: a case whose actors disagree with another's moves to the next group.
 */
function groups(): string[][] {
  const result: string[][] = [];
  let remaining = corpus;
  while (remaining.length > 0) {
    const lines = checkArticles(remaining.flatMap(filesOf)).map(formatProblem);
    const allowed = new Set(remaining.flatMap((name) => expected.get(name)!));
    const files = lines.filter((line) => !allowed.has(line)).flatMap((line) => [...line.matchAll(/content\/articles\/([\w.-]+?)\.mdx/g)].map((match) => match[1]!));
    const moved = remaining.filter((name) => files.includes(name)).slice(1);
    const group = remaining.filter((name) => !moved.includes(name));
    result.push(group);
    remaining = moved;
  }
  return result;
}

/** A project with the cases of one group side by side in `content/articles/`; links and folders are copied as what they are. */
function groupProject(names: readonly string[]): string {
  const project = fixtureProject();
  const articles = join(project, 'content/articles');
  mkdirSync(articles, { recursive: true });
  for (const name of names) {
    const folder = join(root, 'tests/fixtures/invalid', name);
    for (const entry of readdirSync(folder).filter((file) => file !== 'expected.txt')) {
      const from = join(folder, entry);
      const to = join(articles, renamed(name, entry));
      if (lstatSync(from).isSymbolicLink()) symlinkSync(readlinkSync(from), to);
      else cpSync(from, to, { recursive: true });
    }
  }
  return project;
}

/** The lines of one case: those naming its files. */
function linesOf(lines: readonly string[], ofCase: readonly string[]): string[] {
  const files = new Set(ofCase.map((line) => line.slice(0, line.indexOf(':'))));
  return lines.filter((line) => files.has(line.slice(0, line.indexOf(':'))));
}

interface Verdicts {
  project: string;
  check: { status: number | null; lines: string[] };
  build: BuildResult;
}

const verdicts = new Map<string, Verdicts>();

beforeAll(() => {
  for (const group of groups()) {
    const project = groupProject(group);
    const run = spawnSync('npm', ['run', '--silent', 'check:content', '--', project], { cwd: root, encoding: 'utf8' });
    const result = { project, check: { status: run.status, lines: problemLines(run.stdout) }, build: buildProject(project) };
    for (const name of group) verdicts.set(name, result);
  }
});
afterAll(removeFixtureBuilds);

describe('every case of the bad-content corpus, through check:content and npm run build', () => {
  it('is judged in a handful of builds, each failing both, writing nothing and printing no line that no case expects', () => {
    const runs = new Set(verdicts.values());
    expect(runs.size).toBeLessThanOrEqual(3);
    const all = new Set([...expected.values()].flat());
    for (const { project, check, build } of runs) {
      expect(check.status).toBe(1);
      expect(build.status).not.toBe(0);
      expect(readdirSync(project)).not.toContain('dist');
      expect(check.lines.filter((line) => !all.has(line))).toEqual([]);
      expect(problemLines(build.output).filter((line) => !all.has(line))).toEqual([]);
    }
  });

  it.each(corpus)('%s: the same verdict and the same messages from both', (name) => {
    const lines = expected.get(name)!;
    const { check, build } = verdicts.get(name)!;
    expect(lines.length).toBeGreaterThan(0);
    expect(linesOf(check.lines, lines)).toEqual(lines);
    expect(linesOf(problemLines(build.output), lines)).toEqual(lines);
  });
});
