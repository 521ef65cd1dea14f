import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { knownActors, knownQuestions } from '../../src/lib/authoring/known';
import { scaffoldArticle } from '../../src/lib/authoring/scaffold';
import { parseCapture } from '../../src/lib/capture/parse';
import { splitSource } from '../../src/lib/source/mdx-file';

/** A project with a registry (issue 13's layout) and one article that lists a registered actor and declares one of its own. */
const root = mkdtempSync(join(tmpdir(), 'dossier-known-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'content/actors'), { recursive: true });
mkdirSync(join(root, 'content/questions'), { recursive: true });
mkdirSync(join(root, 'content/articles'), { recursive: true });
writeFileSync(join(root, 'content/actors/ana-reyes.yaml'), 'name: "Ana Reyes"\nkind: person\naliases: ["Ana Reyes", "Reyes"]\n');
writeFileSync(join(root, 'content/questions/shared-ferry.yaml'), 'question: "Should the towns share one ferry?"\n');
writeFileSync(
  join(root, 'content/articles/harbour-talks.mdx'),
  '---\nheadline: H\nactors:\n  - id: ana-reyes\n    role: Mayor of Northport\n  - id: southby\n    name: Southby\n    kind: organization\n    role: A town council\n    aliases: ["Southby"]\nquestions:\n  - id: shared-ferry\n---\n\nText.\n',
);

describe('knownActors and knownQuestions, with a registry', () => {
  it('know the registered actors and those an article declares, with the articles that list them', () => {
    expect(knownActors(root).map(({ id, name, registered, articles, role }) => ({ id, name, registered, articles, role: role?.text }))).toEqual([
      { id: 'ana-reyes', name: 'Ana Reyes', registered: true, articles: ['harbour-talks'], role: 'Mayor of Northport' },
      { id: 'southby', name: 'Southby', registered: false, articles: ['harbour-talks'], role: 'A town council' },
    ]);
    expect(knownQuestions(root)).toEqual([{ id: 'shared-ferry', question: 'Should the towns share one ferry?', cues: [], articles: ['harbour-talks'] }]);
  });

  it('let the scaffold list a registered actor by id and any other in full', () => {
    const { capture } = parseCapture('Headline: H\nBody:\n"We agree," said Reyes. Southby agreed.\n');
    const { mdx } = scaffoldArticle(capture!, knownActors(root));
    const actors = (parse(splitSource(mdx).frontmatter) as { actors: Record<string, unknown>[] }).actors;
    expect(actors).toEqual([
      { id: 'ana-reyes', role: 'Mayor of Northport', draft: true },
      { id: 'southby', name: 'Southby', kind: 'organization', role: 'A town council', aliases: ['Southby'], draft: true },
    ]);
  });
});
