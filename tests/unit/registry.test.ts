import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRegistry } from '../../src/lib/check/registry-files';
import { corpusConflicts, registryProblems, registryRuleProblems, type ActorForm } from '../../src/lib/check/corpus-rules';
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
      'content/questions/ferry.yaml:2: labels: unknown field "labels"; the fields here are question, label, description, cues; did you mean "label"?',
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

describe('the registry rules of issue 23', () => {
  it('refuse an alias too short or an ordinary word, and a form that names two actors, each at its line', () => {
    expect(
      problems(
        project({
          'actors/theresa-may.yaml': 'name: Theresa May\nkind: person\naliases: ["May", "T"]\n',
          'actors/ferry.yaml': 'name: Harbour Ferry\nkind: organization\naliases: ["ferry", "the ferry company"]\n',
          'actors/ana-reyes.yaml': 'name: Ana Reyes\nkind: person\naliases: ["Reyes"]\n',
          'actors/reyes-family.yaml': 'name: The Reyes family\nkind: group\naliases: ["Reyes", "EU"]\n',
        }),
      ),
    ).toEqual([
      'content/actors/ferry.yaml:3: aliases.0: alias "ferry" is one word in lower case, so a common word, not a name: every "ferry" in the text would be a mention of this actor; write it as the name is written, or use a longer form',
      'content/actors/reyes-family.yaml:3: aliases.0: "Reyes" already names "ana-reyes" (content/actors/ana-reyes.yaml:3): one alias names one actor, or a mention goes to whichever wins; keep it on one of them',
      'content/actors/theresa-may.yaml:3: aliases.0: alias "May" is an ordinary word: every "May" in the text would be a mention of this actor; use a longer form of the name (the full name, say)',
      'content/actors/theresa-may.yaml:3: aliases.1: alias "T" is shorter than 2 letters or digits: it would be a mention wherever it occurs; use a longer form of the name',
    ]);
  });

  it('let an unnamed group go by a common noun in lower case, never by an ordinary word', () => {
    expect(
      problems(
        project({
          'actors/officials.yaml': 'name: Officials (unnamed)\nkind: group\nunnamed: true\naliases: ["officials", "European officials"]\n',
          'actors/sources.yaml': 'name: Sources (unnamed)\nkind: group\nunnamed: true\naliases: ["they"]\n',
        }),
      ),
    ).toEqual([
      'content/actors/sources.yaml:4: aliases.0: alias "they" is an ordinary word: every "they" in the text would be a mention of this actor; use a longer form of the name (the full name, say)',
    ]);
  });

  it('report one question written out under two ids, case and spacing aside', () => {
    expect(problems(project({ 'questions/ferry.yaml': 'question: Should the towns share one ferry?\n', 'questions/shared-ferry.yaml': 'question: "Should the towns  share one Ferry?"\n' }))).toEqual([
      'content/questions/shared-ferry.yaml:1: question: the same question as "ferry" (content/questions/ferry.yaml:1): one question has one id; keep one file and use its id in the articles',
    ]);
  });

  it('refuse an id or a file name longer than 64 characters, and a line break in a one-line field', () => {
    const long = `a${'-b'.repeat(40)}`;
    expect(problems(project({ [`actors/${long}.yaml`]: 'name: Long\nkind: group\n', 'actors/two-lines.yaml': 'name: |\n  Ana\n  Reyes\nkind: person\n' }))).toEqual([
      `content/actors/${long}.yaml:1: file: the file name gives the id "${long}", which must be at most 64 characters, as it names files and addresses; shorten it; rename the file to "${long}.yaml"`,
      'content/actors/two-lines.yaml:1: name: holds a line break, but is one line of text (a YAML "|" block keeps its line breaks): write it on one line',
    ]);
  });
});

describe('an article’s aliases and questions against the registry and itself', () => {
  const { registry } = readRegistry(root);
  const listing = (actors: ArticleData['actors'], questions: ArticleData['questions'] = []) =>
    registryRuleProblems({ actors, questions, positions: [], claims: [] }, registry).map((problem) => `${problem.path}: ${problem.message}`);

  it('refuses an alias that another actor has, in the registry or in the article, and one that is an ordinary word', () => {
    expect(
      listing([
        { id: 'keir-starmer', aliases: ['Macron', 'said'], demonyms: [] },
        { id: 'northport', name: 'Northport', kind: 'organization', aliases: ['Harbour Board'], demonyms: [] },
        { id: 'southby', name: 'Southby', kind: 'organization', aliases: ['Harbour Board'], demonyms: [] },
      ]),
    ).toEqual([
      `actors.0.aliases.0: alias "Macron" already names the registry's "emmanuel-macron" (content/actors/emmanuel-macron.yaml:${registry.actors.get('emmanuel-macron')!.lineOf('aliases')}): one alias names one actor, or the mention goes to whichever wins; remove it here`,
      'actors.0.aliases.1: alias "said" is an ordinary word: every "said" in the text would be a mention of this actor; use a longer form of the name (the full name, say)',
      'actors.2.aliases.0: alias "Harbour Board" also names "northport" in this article: one alias names one actor; remove it from one of them',
    ]);
  });

  it('refuses a question written out under a new id with the text of a registry question', () => {
    const asked = registry.questions.get('us-role')!.data.question;
    expect(listing([], [{ id: 'american-role', question: asked.toUpperCase() }])).toEqual([
      'questions.0.question: "american-role" asks the registry\'s question "us-role" (content/questions/us-role.yaml:1) under another id: list it as "- id: us-role" and remove the question here',
    ]);
  });
});

describe('two articles that write out one question', () => {
  const own = (file: string, label?: string) => ({ file, modified: file === 'b.mdx' ? 2 : 1, actors: [], questions: [{ index: 0, id: 'ferry', question: 'Share one ferry?', label }], forms: [], lineOf: () => 7 });

  it('hold it to one label', () => {
    expect(corpusConflicts([own('a.mdx', 'Ferry'), own('b.mdx', 'One ferry')]).map(formatProblem)).toEqual([
      'b.mdx:7: questions.0.label: question "ferry" has label "One ferry" here but "Ferry" in a.mdx:7, which stands: one id is one question; use "Ferry", or move the question into content/questions/ferry.yaml and list it by id in both',
    ]);
    expect(corpusConflicts([own('a.mdx', 'Ferry'), own('b.mdx')]).map(formatProblem)).toEqual([
      'b.mdx:7: questions.0.id: question "ferry" has no label here but "Ferry" in a.mdx:7, which stands: one id is one question; use "Ferry", or move the question into content/questions/ferry.yaml and list it by id in both',
    ]);
  });
});

describe('one question written out under two ids', () => {
  const article = (file: string, modified: number, questions: { id: string; question: string }[]) => ({
    file,
    modified,
    actors: [],
    questions: questions.map((question, index) => ({ index, ...question })),
    forms: [],
    lineOf: (path: string) => Number(path.split('.')[1]) * 2 + 20,
  });

  it('is reported in the article changed last, case and spacing aside, naming the id that stands', () => {
    expect(corpusConflicts([article('b.mdx', 2, [{ id: 'one-ferry', question: 'Should the towns share ONE ferry?' }]), article('a.mdx', 1, [{ id: 'shared-ferry', question: 'Should the towns  share one ferry?' }])]).map(formatProblem)).toEqual([
      'b.mdx:20: questions.0.question: "one-ferry" asks the same question as "shared-ferry" in a.mdx:20, which stands: one question has one id; list it as "- id: shared-ferry" and remove the question here, or move it into content/questions/shared-ferry.yaml and list it by id in both',
    ]);
  });

  it('is reported in one article too, and one id asking it twice is the id rule’s to report', () => {
    expect(corpusConflicts([article('a.mdx', 1, [{ id: 'ferry-cost', question: 'Will one ferry cost less?' }, { id: 'ferry-savings', question: 'Will one ferry cost less?' }])]).map(formatProblem)).toEqual([
      'a.mdx:22: questions.1.question: "ferry-savings" asks the same question as "ferry-cost" in a.mdx:20, which stands: one question has one id; remove "ferry-savings" and use "ferry-cost" in its positions',
    ]);
    expect(corpusConflicts([article('a.mdx', 1, [{ id: 'ferry', question: 'One ferry?' }]), article('b.mdx', 2, [{ id: 'ferry', question: 'One ferry?' }])])).toEqual([]);
  });
});

describe('two articles that give one name or alias to two actors', () => {
  const article = (file: string, modified: number, forms: ActorForm[]) => ({ file, modified, actors: [], questions: [], forms, lineOf: (path: string) => Number(path.split('.')[1]) * 10 + 3 });
  const form = (id: string, index: number, path: string, name: string, registered = false): ActorForm => ({ id, path: `actors.${index}.${path}`, form: name, registered });
  const stands = 'which stands: one name or alias names one actor across the articles, or npm run new and Annotate give the next article\'s mention to whichever they meet first';

  it('reports it in the file changed last, naming the other file, line, field and actor, and what to do', () => {
    expect(
      corpusConflicts([
        article('b.mdx', 2, [form('harbour-board', 0, 'name', 'Harbour Board'), form('harbour-board', 0, 'aliases.0', 'Board')]),
        article('a.mdx', 1, [form('northport', 1, 'aliases.1', 'Harbour Board'), form('ana-reyes', 2, 'aliases.0', 'Board')]),
      ]).map(formatProblem),
    ).toEqual([
      `b.mdx:3: actors.0.name: name "Harbour Board" names "harbour-board" here but "northport" in a.mdx:13 (actors.1.aliases.1), ${stands}; if they are one actor, move it into content/actors/northport.yaml and list it by that id in both; if not, change the name here (a longer form tells them apart)`,
      `b.mdx:3: actors.0.aliases.0: alias "Board" names "harbour-board" here but "ana-reyes" in a.mdx:23 (actors.2.aliases.0), ${stands}; if they are one actor, move it into content/actors/ana-reyes.yaml and list it by that id in both; if not, change the alias here (a longer form tells them apart)`,
    ]);
  });

  it('points to the registry id where one of the two is a registry actor the article adds the alias to', () => {
    const macron = form('emmanuel-macron', 0, 'aliases.0', 'the Élysée', true);
    const palace = form('elysee-palace', 4, 'aliases.0', 'the Élysée');
    expect(corpusConflicts([article('a.mdx', 1, [macron]), article('b.mdx', 2, [palace])]).map(formatProblem)).toEqual([
      `b.mdx:43: actors.4.aliases.0: alias "the Élysée" names "elysee-palace" here but "emmanuel-macron" in a.mdx:3 (actors.0.aliases.0), ${stands}; if they are one actor, list it here as "- id: emmanuel-macron" and remove its name and kind; if not, change the alias here (a longer form tells them apart)`,
    ]);
    expect(corpusConflicts([article('a.mdx', 1, [palace]), article('b.mdx', 2, [macron])]).map(formatProblem)).toEqual([
      `b.mdx:3: actors.0.aliases.0: alias "the Élysée" names "emmanuel-macron" here but "elysee-palace" in a.mdx:43 (actors.4.aliases.0), ${stands}; if they are one actor, list it in a.mdx as "- id: emmanuel-macron"; if not, change the alias here (a longer form tells them apart)`,
    ]);
    expect(corpusConflicts([article('a.mdx', 1, [macron]), article('b.mdx', 2, [form('keir-starmer', 1, 'aliases.2', 'the Élysée', true)])]).map(formatProblem)).toEqual([
      `b.mdx:13: actors.1.aliases.2: alias "the Élysée" names "keir-starmer" here but "emmanuel-macron" in a.mdx:3 (actors.0.aliases.0), ${stands}; they are two registry actors: remove the alias here`,
    ]);
  });

  it('lets one actor keep its forms across articles, and leaves two actors of one article to the article\'s own rule', () => {
    const reyes = [form('ana-reyes', 0, 'name', 'Ana Reyes'), form('ana-reyes', 0, 'aliases.0', 'Reyes')];
    expect(corpusConflicts([article('a.mdx', 1, reyes), article('b.mdx', 2, reyes)])).toEqual([]);
    expect(corpusConflicts([article('a.mdx', 1, [...reyes, form('reyes-family', 1, 'aliases.0', 'Reyes')])])).toEqual([]);
  });
});
