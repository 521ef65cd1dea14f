import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { splitSource } from '../../src/lib/source/mdx-file';
import { parseBlocks } from '../../src/lib/text/blocks';
import { buildProject, contentProject, removeFixtureBuilds, type BuildResult } from '../support/build';
import { readPage } from '../support/site';

/**
 * The editor's loop, as an editor runs it through npm on a copy of the real content and registries: add an
 * article with `npm run new`, confirm its drafts, check, record its anchors and build; insert a paragraph
 * into a published article; remove it again and retire its anchor; rename an actor in the registry. Each
 * step builds on the one before, in one project.
 */
afterAll(removeFixtureBuilds);

/** Runs an npm script in the project, as an editor would. */
function npm(project: string, ...args: string[]) {
  const run = spawnSync('npm', ['run', '--silent', ...args], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, output: `${run.stdout}\n${run.stderr}` };
}

const present = 'uk-france-troops-ukraine-ceasefire';
const added = 'ceasefire-second-look';
let project: string;
const articlePath = (slug: string) => join(project, 'content/articles', `${slug}.mdx`);
const manifest = (slug: string) => JSON.parse(readFileSync(join(project, 'content/anchors', `${slug}.json`), 'utf8')) as { anchors: string[]; retired: Record<string, string> };
const text = (path: string) => toString(readPage(join(project, 'dist'), path)).replace(/\s+/g, ' ');
const links = (path: string) => selectAll('a[href]', readPage(join(project, 'dist'), path)).map((link) => String(link.properties.href));

/**
 * Confirms what `npm run new` drafted, as an editor would after reading it: every actor, every quotation
 * whose speaker it proposed (the others are dropped), each with a summary of its own, and the positions
 * the present article takes, whose excerpts the same capture holds.
 */
function confirmDrafts(slug: string): void {
  const source = readFileSync(articlePath(slug), 'utf8');
  const { frontmatter, body } = splitSource(source);
  const document = parseDocument(frontmatter);
  const items = (field: string) => {
    const list = document.get(field);
    return isSeq(list) ? (list.items as YAMLMap[]) : [];
  };
  for (const actor of items('actors')) actor.delete('draft');
  const claims = document.get('claims');
  if (isSeq(claims)) claims.items = (claims.items as YAMLMap[]).filter((claim) => isMap(claim) && claim.has('speaker'));
  for (const claim of items('claims')) {
    claim.delete('draft');
    claim.set('summary', `What ${String(claim.get('speaker'))} says here, as the editor reads it.`);
  }
  const listed = new Set(items('actors').map((actor) => String(actor.get('id'))));
  const presentData = parseDocument(splitSource(readFileSync(articlePath(present), 'utf8')).frontmatter).toJS() as { positions: { actor: string }[] };
  document.set('positions', presentData.positions.filter((position) => listed.has(position.actor)));
  writeFileSync(articlePath(slug), `---\n${document.toString()}---\n\n${body}`);
}

beforeAll(() => {
  project = contentProject();
});

describe('the editor’s loop, on a copy of the real content', () => {
  describe('adding an article', () => {
    let build: BuildResult;

    beforeAll(() => {
      const scaffolded = npm(project, 'new', '--', `content/sources/${present}.txt`, '--slug', added);
      expect(scaffolded.status, scaffolded.output).toBe(0);
      confirmDrafts(added);
    }, 120_000);

    it('passes the content check once the drafts are confirmed', () => {
      const checked = npm(project, 'check:content');
      expect(checked.status, checked.output).toBe(0);
      expect(checked.stdout).toMatch(/^2 articles, \d+ registry actors and \d+ registry questions checked: no problems\.\n$/);
    });

    it('lists the new article beside the registry’s actors and questions', () => {
      const actors = npm(project, 'actors', '--', 'starmer');
      expect(actors.stdout).toMatch(/^keir-starmer\s+Keir Starmer\s+person\s+2\s/m);
      const questions = npm(project, 'questions', '--', 'troops');
      expect(questions.stdout).toMatch(/^troops-after-ceasefire\s.+\s2$/m);
    });

    it('records its anchors, and the build publishes its pages, which the question pages cite', () => {
      expect(existsSync(join(project, 'content/anchors', `${added}.json`))).toBe(false);
      const recorded = npm(project, 'anchors:update');
      expect(recorded.status, recorded.output).toBe(0);
      expect(recorded.stdout).toContain(`content/anchors/${added}.json: `);
      const blocks = parseBlocks(splitSource(readFileSync(articlePath(added), 'utf8')).body);
      expect(manifest(added).anchors).toEqual(expect.arrayContaining(blocks.map((block) => block.id)));
      build = buildProject(project);
      expect(build.status, build.output).toBe(0);
      for (const page of ['index.html', 'full/index.html']) expect(existsSync(join(build.outDir, 'articles', added, page))).toBe(true);
      expect(links('questions/troops-after-ceasefire/index.html').some((href) => href.startsWith(`/articles/${added}/`))).toBe(true);
    }, 300_000);
  });

  describe('editing a published article, and renaming a registry actor', () => {
    const inserted = 'A paragraph an editor inserted into the published article.';
    let insertedId: string;

    beforeAll(() => {
      const source = readFileSync(articlePath(present), 'utf8');
      const firstParagraph = splitSource(source).body.split('\n\n')[0]!;
      writeFileSync(articlePath(present), source.replace(`${firstParagraph}\n\n`, `${firstParagraph}\n\n${inserted}\n\n`));
      insertedId = parseBlocks(splitSource(readFileSync(articlePath(present), 'utf8')).body).find((block) => block.text === inserted)!.id;
      const actor = join(project, 'content/actors/keir-starmer.yaml');
      writeFileSync(actor, readFileSync(actor, 'utf8').replace('name: "Keir Starmer"', 'name: "Sir Keir Starmer"'));
    });

    it('refuses to build an inserted paragraph until anchors:update records it', () => {
      const refused = buildProject(project);
      expect(refused.status).not.toBe(0);
      expect(refused.output).toContain(`new anchor "${insertedId}" not yet in content/anchors/${present}.json; run npm run anchors:update`);
      const recorded = npm(project, 'anchors:update');
      expect(recorded.status, recorded.output).toBe(0);
      expect(manifest(present).anchors).toContain(insertedId);
    }, 300_000);

    it('then builds, with the paragraph and the new name on every page that names the actor', () => {
      const build = buildProject(project);
      expect(build.status, build.output).toBe(0);
      expect(text(`articles/${present}/full/index.html`)).toContain(inserted);
      for (const page of ['actors/keir-starmer/index.html', `articles/${present}/index.html`, `articles/${added}/index.html`, 'questions/troops-after-ceasefire/index.html', 'actors/index.html']) {
        expect(text(page), page).toContain('Sir Keir Starmer');
      }
      const heading = selectAll('h1', readPage(join(project, 'dist'), 'actors/keir-starmer/index.html')).map((node) => toString(node).trim());
      expect(heading).toEqual(['Sir Keir Starmer']);
    }, 300_000);

    it('refuses to drop the published paragraph until anchors:update retires it, and the old link still lands', () => {
      const source = readFileSync(articlePath(present), 'utf8');
      writeFileSync(articlePath(present), source.replace(`${inserted}\n\n`, ''));
      const refused = buildProject(project);
      expect(refused.status).not.toBe(0);
      expect(refused.output).toContain(`published anchor "${insertedId}" would disappear`);
      const lost = npm(project, 'anchors:update');
      expect(lost.status).toBe(1);
      expect(lost.stderr).toContain(`these published anchors would disappear: ${insertedId}`);
      const successor = parseBlocks(splitSource(readFileSync(articlePath(present), 'utf8')).body)[1]!.id;
      const retired = npm(project, 'anchors:update', '--', '--retire', `${insertedId}=${successor}`);
      expect(retired.status, retired.output).toBe(0);
      expect(manifest(present).retired).toEqual({ [insertedId]: successor });
      const build = buildProject(project);
      expect(build.status, build.output).toBe(0);
      const full = readPage(build.outDir, `articles/${present}/full/index.html`);
      const landing = selectAll(`#${successor} > #${insertedId}`, full);
      expect(landing).toHaveLength(1);
    }, 600_000);
  });
});
