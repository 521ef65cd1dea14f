import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRegistry } from '../../src/lib/corpus/registry';
import { registryProblems } from '../../src/lib/check/corpus-rules';
import { formatProblem } from '../../src/lib/check/problems';

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
    expect(registry.actors.get('ana-reyes')?.data).toEqual({ name: 'Ana Reyes', kind: 'person', aliases: ['Reyes'], demonyms: [], unnamed: false });
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
