import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentProject, fixtureProject, removeFixtureBuilds, root } from '../support/build';
import { expectedLines } from '../support/fixture';

afterAll(removeFixtureBuilds);

/** Runs `npm run check:content` over a project folder, as an author would. */
function checkContent(folder: string, ...flags: string[]) {
  const run = spawnSync('npm', ['run', '--silent', 'check:content', '--', ...flags, folder], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run check:content', () => {
  it('passes the articles in content/articles', () => {
    const count = (folder: string) => readdirSync(join(root, 'content', folder)).length;
    const stdout = `${count('articles')} article, ${count('actors')} registry actors and ${count('questions')} registry questions checked: no problems.\n`;
    expect(checkContent(root)).toEqual({ status: 0, stdout, stderr: '' });
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

  it('with --drafts, lists only the drafts left across the corpus, counted by kind, and exits 0', () => {
    const drafts = expectedLines('invalid/draft-claim');
    expect(checkContent(fixtureProject('invalid/draft-claim', 'invalid/slug-full'), '--drafts')).toEqual({
      status: 0,
      stdout: [...drafts, '2 drafts left in 1 article: 1 actor, 0 positions, 1 claim.', 'The check finds 1 other problem: npm run check:content lists them.', ''].join('\n'),
      stderr: '',
    });
  });

  it('reports the files of a whole corpus at once', () => {
    const cases = ['invalid/two-files', 'invalid/slug-full', 'invalid/mdx-script'];
    const { status, stdout } = checkContent(fixtureProject(...cases));
    expect(status).toBe(1);
    expect(stdout.split('\n').slice(1, -1)).toEqual(cases.flatMap(expectedLines).sort());
  });
});

/** Runs `npm run anchors:update` in a project folder, as an author would. */
function updateAnchors(folder: string, ...args: string[]) {
  const run = spawnSync('npm', ['run', '--silent', 'anchors:update', '--', ...args], { cwd: folder, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run anchors:update', () => {
  it('reads the articles as the check does, refuses to drop an anchor, and retires an anchor to its successor', () => {
    const project = fixtureProject('anchor-removed');
    const manifest = join(project, 'content/anchors/harbour-talks.json');
    const before = JSON.parse(readFileSync(manifest, 'utf8')) as { anchors: string[] };
    const refused = updateAnchors(project);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('content/anchors/harbour-talks.json: these published anchors would disappear: p-northport-and-southby-agreed-on-monday');
    const retired = updateAnchors(project, '--retire', 'p-northport-and-southby-agreed-on-monday=p-on-monday-northport-and-southby-agreed');
    expect(retired.status, retired.stderr).toBe(0);
    const after = JSON.parse(readFileSync(manifest, 'utf8')) as { anchors: string[]; retired: Record<string, string> };
    expect(after.retired).toEqual({ 'p-northport-and-southby-agreed-on-monday': 'p-on-monday-northport-and-southby-agreed' });
    expect(after.anchors).toContain('p-on-monday-northport-and-southby-agreed');
    expect(before.anchors.filter((anchor) => !after.anchors.includes(anchor))).toEqual(['p-northport-and-southby-agreed-on-monday']);
  });

  it('checks the present content against its registries, and records its anchors unchanged', () => {
    const project = contentProject();
    const manifest = join(project, 'content/anchors/uk-france-troops-ukraine-ceasefire.json');
    const before = readFileSync(manifest, 'utf8');
    const result = updateAnchors(project);
    expect(result, result.stderr).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toMatch(/^content\/anchors\/uk-france-troops-ukraine-ceasefire\.json: \d+ anchors, 0 retired\n$/);
    expect(readFileSync(manifest, 'utf8')).toBe(before);
  });

  it('records nothing while the content check finds a problem, and says so', () => {
    const result = updateAnchors(fixtureProject('invalid/excerpt-not-in-body'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(expectedLines('invalid/excerpt-not-in-body')[0]);
    expect(result.stderr).toContain('anchors are recorded only for articles the content check passes');
  });
});
