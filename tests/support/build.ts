import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The project's root folder. */
export const root = resolve(import.meta.dirname, '../..');

const projects: string[] = [];

/** Removes every temporary project `fixtureProject` made. */
export function removeFixtureBuilds(): void {
  for (const project of projects.splice(0)) rmSync(project, { recursive: true, force: true });
}

/** The result of one `npm run build`. */
export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * A temporary project with this project's code and config, and the content of the fixture folders
 * `tests/fixtures/<name>/` for each name given, the way starlight-links-validator's `buildFixture()`
 * sets one up.
 */
export function fixtureProject(...names: string[]): string {
  const project = mkdtempSync(join(tmpdir(), `dossier-${names.join('+').replaceAll('/', '-')}-`));
  projects.push(project);
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), join(project, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  useFixtureArticles(project, ...names);
  return project;
}

/** A temporary project with this project's code, config and real `content/` (registries, articles, anchors, captures). */
export function contentProject(): string {
  const project = fixtureProject();
  rmSync(join(project, 'content'), { recursive: true, force: true });
  cpSync(join(root, 'content'), join(project, 'content'), { recursive: true });
  return project;
}

/** A fixture's folders that are not articles, and where they go in a project's `content/`. */
const contentFolders: Record<string, string> = { anchors: 'content/anchors', actors: 'content/actors', questions: 'content/questions' };

/**
 * Replaces a fixture project's content with that of `tests/fixtures/<name>/` for each name: their
 * articles (and subfolders) in `content/articles/`, their anchor manifests (`anchors/`) and registries
 * (`actors/`, `questions/`) in `content/`. A case's `expected.txt` is left behind.
 */
export function useFixtureArticles(project: string, ...names: string[]): void {
  rmSync(join(project, 'content'), { recursive: true, force: true });
  mkdirSync(join(project, 'content/articles'), { recursive: true });
  for (const name of names) {
    const fixture = join(root, 'tests/fixtures', name);
    for (const entry of readdirSync(fixture).filter((entry) => entry !== 'expected.txt')) {
      const target = contentFolders[entry] ?? join('content/articles', entry);
      cpSync(join(fixture, entry), join(project, target), { recursive: true });
    }
  }
}

/** Runs `npm run build -- ...args` in `project`, as a reader of the README would, with any extra environment variables. */
export function buildProject(project: string, args: readonly string[] = [], env: Readonly<Record<string, string>> = {}): BuildResult {
  const run = spawnSync('npm', ['run', '--silent', 'build', '--', ...args], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, outDir: join(project, 'dist') };
}

/**
 * Builds a fixture folder whose articles were changed in the order given, a day apart: the content check
 * takes the one changed last as the one being edited, and the earlier one's values as those that stand.
 */
export function buildEditedInOrder(fixture: string, articles: readonly string[]): BuildResult {
  const project = fixtureProject(fixture);
  articles.forEach((article, day) => {
    const time = new Date(Date.UTC(2025, 0, day + 1));
    utimesSync(join(project, 'content/articles', article), time, time);
  });
  return buildProject(project);
}

/** Builds the real site over the articles of one or more fixture folders. */
export function buildFixture(...names: string[]): BuildResult {
  return buildProject(fixtureProject(...names));
}
