import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkSource } from '../../src/lib/check/check-articles';
import { splitSource } from '../../src/lib/source/mdx-file';
import { readRegistry } from '../../src/lib/check/registry-files';
import { root } from '../support/build';
import { goldCaptures, scoreCapture, type Score } from '../support/gold';

/** The README's thresholds for the gold set: each figure's row in "How well npm run new guesses". */
function readmeThresholds(): Map<string, { bound: 'at least' | 'at most'; percent: number }> {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('#### How well `npm run new` guesses'));
  const rows = [...section.matchAll(/^\| ([^|]+?) \| (at least|at most) (\d+)% \|/gm)];
  return new Map(rows.map((row) => [row[1]!, { bound: row[2] as 'at least' | 'at most', percent: Number(row[3]) }]));
}

const scores: Score[] = goldCaptures().map(({ name, capture, answers }) => scoreCapture(name, capture, answers));
const sum = (pick: (score: Score) => number) => scores.reduce((total, score) => total + pick(score), 0);
const percent = (part: number, whole: number) => (whole === 0 ? 100 : (100 * part) / whole);

/** Each figure the README bounds, as measured on the whole gold set. */
const figures: Record<string, number> = {
  'Quotations with the right speaker': percent(sum((s) => s.right), sum((s) => s.quotations)),
  'Quotations with a wrong speaker': percent(sum((s) => s.wrong), sum((s) => s.quotations)),
  'Quotations not found': percent(sum((s) => s.missed), sum((s) => s.quotations)),
  'Named new actors who speak, drafted': percent(sum((s) => s.speakingNewActorsFound), sum((s) => s.speakingNewActors)),
  'New actors drafted': percent(sum((s) => s.newActorsFound), sum((s) => s.newActors)),
  'Positions proposed that the answers confirm': percent(sum((s) => s.positionsConfirmed), sum((s) => s.positionsProposed)),
  'Stances proposed that the answers contradict': percent(sum((s) => s.stancesWrong), sum((s) => s.positionsProposed)),
};

describe('npm run new on the gold set (tests/fixtures/captures/*.answers.yaml)', () => {
  it('has at least six captures of its own and the first article’s', () => {
    expect(scores.length).toBeGreaterThanOrEqual(7);
    expect(scores.map((score) => score.name)).toContain('uk-france-troops-ukraine-ceasefire');
  });

  it('reports speakers right, wrong and empty, new actors and positions, per capture and in total', () => {
    const row = (name: string, pick: (score: Score) => number | string) => [name, ...scores.map(pick)];
    const columns = [
      row('capture', (s) => s.name),
      row('quotations', (s) => s.quotations),
      row('right', (s) => s.right),
      row('wrong', (s) => s.wrong),
      row('empty', (s) => s.empty),
      row('not found', (s) => s.missed),
      row('new actors found', (s) => `${s.newActorsFound}/${s.newActors}`),
      row('who speak', (s) => `${s.speakingNewActorsFound}/${s.speakingNewActors}`),
      row('kind right', (s) => s.kindsRight),
      row('affiliation right', (s) => `${s.affiliationsRight}/${s.affiliations}`),
      row('drafted, not in answers', (s) => s.extraActors.length),
      row('positions proposed', (s) => s.positionsProposed),
      row('confirmed', (s) => s.positionsConfirmed),
      row('of expected', (s) => s.positionsExpected),
    ];
    const total = (pick: (score: Score) => number) => String(sum(pick));
    const lines = scores.map((_, index) => columns.map((column) => String(column[index + 1])).join(' | '));
    lines.push(
      [
        'total', total((s) => s.quotations), total((s) => s.right), total((s) => s.wrong), total((s) => s.empty), total((s) => s.missed),
        `${sum((s) => s.newActorsFound)}/${sum((s) => s.newActors)}`, `${sum((s) => s.speakingNewActorsFound)}/${sum((s) => s.speakingNewActors)}`,
        total((s) => s.kindsRight), `${sum((s) => s.affiliationsRight)}/${sum((s) => s.affiliations)}`, total((s) => s.extraActors.length),
        total((s) => s.positionsProposed), total((s) => s.positionsConfirmed), total((s) => s.positionsExpected),
      ].join(' | '),
    );
    const misses = scores.flatMap((score) => score.misses.map((miss) => `  ${score.name}: ${miss}`));
    console.log([columns.map((column) => column[0]).join(' | '), ...lines, ...Object.entries(figures).map(([name, value]) => `${name}: ${value.toFixed(1)}%`), ...misses].join('\n'));
    expect(sum((s) => s.right + s.wrong + s.empty + s.missed)).toBe(sum((s) => s.quotations));
  });

  it.each(Object.keys(figures))('%s: within the README’s threshold', (name) => {
    const threshold = readmeThresholds().get(name);
    expect(threshold, `README.md states no threshold for "${name}"`).toBeDefined();
    const value = figures[name]!;
    if (threshold!.bound === 'at least') expect(value).toBeGreaterThanOrEqual(threshold!.percent);
    else expect(value).toBeLessThanOrEqual(threshold!.percent);
  });

  it.each(scores.map((score) => [score.name, score] as const))('%s: the scaffold passes the check but for its drafts, one line each', (name, score) => {
    const problems = checkSource({ file: `content/articles/${name}.mdx`, slug: name, source: score.scaffold.mdx }, 'refuse', readRegistry(root).registry);
    expect(problems.filter((problem) => !problem.draft)).toEqual([]);
    const { drafts } = score.scaffold;
    expect(problems).toHaveLength(drafts.actors + drafts.positions + drafts.claims);
  });

  it('on the first article’s own capture, finds all 24 of its actors and all 9 quotations, and is no worse than 6 of 8 speakers', () => {
    const score = scores.find((each) => each.name === 'uk-france-troops-ukraine-ceasefire')!;
    const { frontmatter } = splitSource(readFileSync(join(root, 'content/articles/uk-france-troops-ukraine-ceasefire.mdx'), 'utf8'));
    const declared = (parse(frontmatter) as { actors: { id: string }[] }).actors.map((actor) => actor.id);
    expect(declared).toHaveLength(24);
    expect([...score.scaffold.actors].sort()).toEqual([...declared].sort());
    expect([score.quotations, score.missed, score.wrong]).toEqual([9, 0, 0]);
    // Before the gold set: 6 of its 8 draft claims had the right speaker, the other 2 (scare quotes) none: 7 of the 9 quotations.
    expect(score.right).toBeGreaterThanOrEqual(7);
  });
});
