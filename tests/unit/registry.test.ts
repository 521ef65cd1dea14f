import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRegistry } from '../../src/lib/check/registry-files';
import { registryProblems, registryRuleProblems } from '../../src/lib/check/corpus-rules';
import type { ArticleData } from '../../src/schemas/article';
import { root } from '../support/build';
import { formatProblem } from '../../src/lib/source/problems';

const projects: string[] = [];
afterAll(() => projects.forEach((project) => rmSync(project, { recursive: true, force: true })));

/** A project whose registries hold the given files, by path below `content/`. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-registry-'));
  projects.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, 'content', path, '..'), { recursive: true });
    writeFileSync(join(root, 'content', path), text);
  }
  return root;
}

/** Every problem of a project's registries, as the check prints them. */
const problems = (root: string) => {
  const { registry, problems: read } = readRegistry(root);
  return [...read, ...registryProblems(registry)].map(formatProblem);
};

describe('the registries', () => {
  it('read each entry under the id its file name gives it', () => {
    const { registry } = readRegistry(project({ 'actors/ana-reyes.yaml': 'name: Ana Reyes\nkind: person\naliases: ["Reyes"]\n', 'questions/shared-ferry.yaml': 'question: Share one ferry?\n' }));
    expect(registry.actors.get('ana-reyes')?.data).toEqual({ name: 'Ana Reyes', kind: 'person', aliases: ['Reyes'], names: {}, demonyms: [], unnamed: false });
    expect(registry.questions.get('shared-ferry')?.data).toEqual({ question: 'Share one ferry?' });
  });

  it('report a file name that is no id, a field the schema refuses and an unknown field, each with its file and line', () => {
    expect(
      problems(project({ 'actors/Ana Reyes.yaml': 'name: Ana Reyes\nkind: person\n', 'actors/northport.yaml': 'name: Northport\nkind: town\nwikidata: 42\n', 'questions/ferry.yaml': 'question: Share?\nlabels: Ferry\n' })),
    ).toEqual([
      'content/actors/Ana Reyes.yaml:1: file: the file name gives the id "Ana Reyes", which must be a slug: lower-case letters, digits and single hyphens, e.g. "keir-starmer"; rename the file to "ana-reyes.yaml"',
      'content/actors/northport.yaml:2: kind: unknown kind "town"; expected one of "person", "country", "organization", "outlet", "group", "other"',
      'content/actors/northport.yaml:3: wikidata: YAML reads the unquoted 42 as a number, but text is expected here; quote it: "42"',
      'content/questions/ferry.yaml:2: labels: unknown field "labels"; the fields here are question, label, description; did you mean "label"?',
    ]);
  });

  it('report an affiliation that names no registry actor, by alias too, and affiliations that go round', () => {
    expect(
      problems(
        project({
          'actors/ana-reyes.yaml': 'name: Ana Reyes\nkind: person\naffiliation: northport-council\n',
          'actors/northport.yaml': 'name: Northport\nkind: organization\naliases: ["Northport Council"]\n',
          'actors/a.yaml': 'name: A\nkind: group\naffiliation: b\n',
          'actors/b.yaml': 'name: B\nkind: group\naffiliation: a\n',
        }),
      ),
    ).toEqual([
      'content/actors/a.yaml:3: affiliation: affiliations form a cycle: a → b → a',
      'content/actors/ana-reyes.yaml:3: affiliation: unknown actor "northport-council": the registry has no content/actors/northport-council.yaml; did you mean "northport" (alias "Northport Council")?',
      'content/actors/b.yaml:3: affiliation: affiliations form a cycle: b → a → b',
    ]);
  });
});

describe('an article against the registry', () => {
  const { registry } = readRegistry(root);
  const listing = (actors: ArticleData['actors'], questions: ArticleData['questions'] = []) => registryRuleProblems({ actors, questions, positions: [], claims: [] }, registry);

  it('suggests a registry id for an unknown one by the actor’s name or alias', () => {
    expect(listing([{ id: 'zelensky', aliases: [], demonyms: [] }])).toEqual([
      {
        path: 'actors.0.id',
        message: 'unknown actor "zelensky": the registry has no content/actors/zelensky.yaml; did you mean "volodymyr-zelensky" (name "Volodymyr Zelensky")?; add that file (npm run actors lists the registry), or write the actor out here with name and kind',
      },
    ]);
  });

  it('refuses a name written for a registry actor, saying which stands, and a question written over the registry’s', () => {
    expect(listing([{ id: 'keir-starmer', name: 'Sir Keir Starmer', aliases: [], demonyms: [] }], [{ id: 'us-role', question: 'What should the U.S. do?' }]).map((problem) => problem.message)).toEqual([
      '"keir-starmer" is in the registry (content/actors/keir-starmer.yaml:1), where its name "Keir Starmer" stands: remove name here; an article adds only role, aliases, demonyms and unnamed',
      'question "us-role" is in the registry (content/questions/us-role.yaml:1), where its question "What role should the U.S. play in Ukraine\'s security?" stands: remove question here; to change it for every article, change the registry',
    ]);
  });
});
