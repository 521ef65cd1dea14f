/**
 * Undated articles and the exports as a story grows (issue 20): the story fixture with 60 more undated
 * articles, copies of ferry-launch under slugs and headlines of their own. Every undated article lands in
 * the one group its slug names, `/…/undated/` stays the index of the groups, every page stays within its
 * byte budget, and `/actors.json` and `/questions.json` carry no article's record: the period files do.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProject, fixtureProject, removeFixtureBuilds, root, type BuildResult } from '../support/build';
import { brokenLinks, listFiles, readPage } from '../support/site';
import { htmlErrors } from '../support/vnu';
import { pageWeight } from '../support/weight';
import { undatedGroup, UNDATED_GROUPS } from '../../src/views/periods';

const COPIES = 60;
const KB = 1024;
const slugs = Array.from({ length: COPIES }, (_, n) => `crossing-${n + 1}`);

let build: BuildResult;

beforeAll(() => {
  const project = fixtureProject('story');
  const launch = readFileSync(join(root, 'tests/fixtures/story/ferry-launch.mdx'), 'utf8');
  slugs.forEach((slug, n) => writeFileSync(join(project, 'content/articles', `${slug}.mdx`), launch.replace(/^headline: .*$/m, `headline: "Crossing ${n + 1}: the shared ferry sails again"`)));
  build = buildProject(project);
}, 600_000);
afterAll(removeFixtureBuilds);

const hrefs = (path: string, selector: string) => selectAll(selector, readPage(build.outDir, path)).map((link) => String(link.properties.href));
const json = <T,>(path: string) => JSON.parse(readFileSync(join(build.outDir, path), 'utf8')) as T;

describe('a story with many undated articles', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('puts each undated article in the one group its slug names, in the archive and on the question’s and the actor’s record', () => {
    for (const slug of [...slugs, 'ferry-launch']) {
      const group = undatedGroup(slug);
      expect(hrefs(`archive/${group}/index.html`, 'main a'), slug).toContain(`/articles/${slug}/`);
      expect(hrefs(`questions/shared-ferry/${group}/index.html`, 'thead a'), slug).toContain(`/articles/${slug}/`);
    }
    expect(listFiles(build.outDir).filter((file) => /^archive\/undated-\d\d\/index\.html$/.test(file)).length).toBeLessThanOrEqual(UNDATED_GROUPS);
  });

  it('keeps /…/undated/ as the index of the groups that hold articles', () => {
    const groups = [...new Set([...slugs, 'ferry-launch'].map(undatedGroup))].toSorted();
    for (const base of ['/archive/', '/questions/shared-ferry/', '/actors/southby/']) {
      const index = `${base.slice(1)}undated/index.html`;
      expect(hrefs(index, '.undated-groups a'), index).toEqual(groups.map((group) => `${base}${group}/`));
    }
  });

  it('keeps every page within its byte budget: 14 KB for the full text, 10 KB for any other', () => {
    const over = listFiles(build.outDir)
      .filter((file) => file.endsWith('.html'))
      .map((page) => pageWeight(build.outDir, page))
      .filter(({ page, total }) => total > (/^articles\/[^/]+\/full\/index\.html$/.test(page) ? 14 : 10) * KB)
      .map(({ page, total }) => `${page}: ${total} bytes`);
    expect(over).toEqual([]);
  });

  it('leaves the articles’ records out of /actors.json and /questions.json, which name the period files that hold them', () => {
    const actors = json<{ actors: { id: string; articleCount: number; articles?: unknown }[]; periods: { period: string; url: string }[] }>('actors.json');
    expect(actors.actors.find((actor) => actor.id === 'southby')).toMatchObject({ articleCount: COPIES + 3 });
    expect(actors.actors.every((actor) => actor.articles === undefined)).toBe(true);
    const questions = json<{ questions: { stances: { now: { article: string }; steps?: unknown }[] }[]; periods: { url: string }[] }>('questions.json');
    expect(questions.questions.flatMap((question) => question.stances).every((stance) => stance.steps === undefined && stance.now.article !== undefined)).toBe(true);
    const undatedFiles = actors.periods.filter((period) => period.period.startsWith('undated-'));
    expect(undatedFiles.length).toBeLessThanOrEqual(UNDATED_GROUPS);
    const slugsInFiles = undatedFiles.flatMap(({ url }) => json<{ actors: { id: string; articles: { slug: string }[] }[] }>(url.slice(1)).actors.filter((actor) => actor.id === 'southby').flatMap((actor) => actor.articles.map((article) => article.slug)));
    expect(slugsInFiles.toSorted()).toEqual([...slugs, 'ferry-launch'].toSorted());
  });

  it('are valid HTML, the indexes and the groups (Nu HTML Checker)', () => {
    const group = undatedGroup('ferry-launch');
    const pages = ['archive/undated', 'questions/shared-ferry/undated', 'actors/southby/undated', `archive/${group}`, `questions/shared-ferry/${group}`, `actors/southby/${group}`];
    expect(htmlErrors(pages.map((page) => join(build.outDir, page, 'index.html')))).toEqual([]);
  });

  it('leaves no internal link or fragment broken', () => {
    expect(brokenLinks(build.outDir)).toEqual([]);
  });
});
