import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureProject, removeFixtureBuilds, useFixtureArticles } from '../support/build';

afterAll(removeFixtureBuilds);

let project: string;
beforeAll(() => {
  project = fixtureProject();
  useFixtureArticles(project, 'corpus');
});

/** The rows `npm run <script>` prints, each split into its columns. */
function rows(script: string, ...args: string[]): string[][] {
  const run = spawnSync('npm', ['run', '--silent', script, '--', ...args], { cwd: project, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.trim().split('\n').map((line) => line.split(/ {2,}/));
}

describe('npm run actors', () => {
  it('lists every actor of the corpus with its name, kind and how many articles list it', () => {
    const [header, ...actors] = rows('actors');
    expect(header).toEqual(['id', 'name', 'kind', 'articles', 'aliases']);
    expect(actors.map((row) => row.slice(0, 4))).toEqual([
      ['ana-reyes', 'Ana Reyes', 'person', '2'],
      ['eastville', 'Eastville', 'organization', '1'],
      ['northport', 'Northport', 'organization', '2'],
      ['southby', 'Southby', 'organization', '1'],
      ['the-gazette', 'The Gazette', 'outlet', '1'],
    ]);
  });

  it('keeps the lines that contain every word given', () => {
    expect(rows('actors', 'reyes').slice(1).map((row) => row[0])).toEqual(['ana-reyes']);
  });
});

describe('npm run questions', () => {
  it('lists every question with how many articles ask it', () => {
    expect(rows('questions')).toEqual([
      ['id', 'question', 'articles'],
      ['shared-ferry', 'Should the towns share one ferry?', '2'],
    ]);
  });
});

describe('with the registries of content/actors/ and content/questions/', () => {
  beforeAll(() => useFixtureArticles(project, 'story'));

  it('lists the registry’s actors and questions, each with how many articles list it or take a position on it', () => {
    expect(rows('actors').map((row) => row.slice(0, 4))).toEqual([
      ['id', 'name', 'kind', 'articles'],
      ['ana-reyes', 'Ana Reyes', 'person', '3'],
      ['eastville', 'Eastville', 'organization', '1'],
      ['northport', 'Northport', 'organization', '1'],
      ['southby', 'Southby', 'organization', '3'],
      ['the-gazette', 'The Gazette', 'outlet', '1'],
    ]);
    expect(rows('questions')).toEqual([
      ['id', 'question', 'articles'],
      ['ferry-fares', 'Who should set the ferry fares?', '1'],
      ['shared-ferry', 'Should the towns share one ferry?', '3'],
    ]);
  });
});
