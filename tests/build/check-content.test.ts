import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureProject, removeFixtureBuilds, root } from '../support/build';
import { expectedLines } from '../support/fixture';

afterAll(removeFixtureBuilds);

/** Runs `npm run check:content` over a project folder, as an author would. */
function checkContent(folder: string) {
  const run = spawnSync('npm', ['run', '--silent', 'check:content', '--', folder], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run check:content', () => {
  it('passes the articles in content/articles', () => {
    expect(checkContent(root)).toEqual({ status: 0, stdout: '1 article checked: no problems.\n', stderr: '' });
  });

  it('prints every problem, one a line under a count, and fails', () => {
    const expected = expectedLines('round-trip/broken');
    expect(checkContent(fixtureProject('round-trip/broken'))).toEqual({
      status: 1,
      stdout: [`${expected.length} problems in 1 file:`, ...expected, ''].join('\n'),
      stderr: '',
    });
  });

  it('passes the same article once its problems are fixed', () => {
    expect(checkContent(fixtureProject('round-trip/fixed')).status).toBe(0);
  });

  it('reports the files of a whole corpus at once', () => {
    const cases = ['invalid/two-files', 'invalid/slug-full', 'invalid/mdx-script'];
    const { status, stdout } = checkContent(fixtureProject(...cases));
    expect(status).toBe(1);
    expect(stdout.split('\n').slice(1, -1)).toEqual(cases.flatMap(expectedLines).sort());
  });
});
