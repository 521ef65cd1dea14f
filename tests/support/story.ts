/*
 * The story fixture (tests/fixtures/story: three articles on one registry) as the view modules take it:
 * plain data, read and resolved as the build resolves it, with no `astro:content`.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aggregateActors } from '../../src/lib/analysis/actors';
import { analyse } from '../../src/lib/analysis/model';
import { byNewest } from '../../src/lib/analysis/order';
import { readRegistry } from '../../src/lib/check/registry-files';
import { registryData, type RegistryData } from '../../src/lib/registry/registry';
import { resolveArticle } from '../../src/lib/registry/resolve';
import { stanceHistories } from '../../src/lib/corpus/timeline';
import { parseBlocks } from '../../src/lib/text/blocks';
import { articleSchema } from '../../src/schemas/article';
import type { PageArticle } from '../../src/views/article';
import { root } from './build';
import { readFixture } from './fixture';

/** The story fixture's registries, read as a project's `content/actors/` and `content/questions/`. */
export function storyRegistry(): RegistryData {
  const project = mkdtempSync(join(tmpdir(), 'dossier-story-'));
  try {
    mkdirSync(join(project, 'content'));
    for (const kind of ['actors', 'questions']) symlinkSync(join(root, 'tests/fixtures/story', kind), join(project, 'content', kind));
    return registryData(readRegistry(project).registry);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

/** One article of a fixture folder, resolved against `registry` as the build resolves it. */
export function pageArticle(path: string, registry: RegistryData, overrides: Partial<PageArticle> = {}): PageArticle {
  const { frontmatter, body } = readFixture(path);
  const { actors: _actors, questions: _questions, positions: _positions, claims: _claims, ...data } = articleSchema.parse(frontmatter);
  const blocks = parseBlocks(body);
  const slug = path.replace(/^.*\//, '').replace(/\.mdx$/, '');
  return { ...data, slug, blocks, retired: {}, analysis: analyse(resolveArticle(articleSchema.parse(frontmatter), registry), blocks), ...overrides };
}

/** The story fixture as the views take it: its articles newest first, its actors, its histories and names. */
export function storyFixture() {
  const registry = storyRegistry();
  const articles = ['harbour-talks', 'ferry-vote', 'ferry-launch'].map((slug) => pageArticle(`story/${slug}.mdx`, registry)).sort(byNewest);
  const actors = aggregateActors(articles);
  return {
    registry,
    articles,
    actors,
    histories: stanceHistories(articles),
    names: new Map(actors.map((actor) => [actor.id, actor.name])),
  };
}
