import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { annotate, annotationChoices } from '../../src/lib/authoring/annotate';
import { splitSource } from '../../src/lib/source/mdx-file';
import { readRegistry } from '../../src/lib/check/registry-files';
import { root } from '../support/build';

const file = 'content/articles/uk-france-troops-ukraine-ceasefire.mdx';
const source = readFileSync(join(root, file), 'utf8');
const article = { file, slug: 'uk-france-troops-ukraine-ceasefire', source };
const frontmatterOf = (text: string) => parse(splitSource(text).frontmatter) as Record<string, { [key: string]: unknown }[]>;
const { registry } = readRegistry(root);
const sentence = 'The Kremlin has consistently rejected peace proposals that involve Western military presence';

describe('annotate', () => {
  it('appends a claim with the selection as its excerpt, and changes nothing else in the file', () => {
    const result = annotate(article, { type: 'claim', excerpt: 'Russia, however, remains staunchly opposed.', kind: 'assertion', summary: 'Russia opposes the plan.' }, registry);
    expect(result.problems).toEqual([]);
    const end = source.indexOf('\n---\n', 4) + 1;
    const added = '  - id: russia-however-remains-staunchly\n    kind: assertion\n    excerpt: Russia, however, remains staunchly opposed.\n    summary: Russia opposes the plan.\n';
    expect(result.source).toBe(source.slice(0, end) + added + source.slice(end));
  });

  it('refuses an entry the check would refuse, with the check’s message, and gives no new text', () => {
    const result = annotate(article, { type: 'claim', excerpt: 'Russia, however, remains staunchly opposed.', kind: 'quote', summary: 'Russia opposes the plan.' }, registry);
    expect(result.source).toBeUndefined();
    expect(result.problems).toEqual([expect.stringMatching(/^content\/articles\/uk-france-troops-ukraine-ceasefire\.mdx:\d+: claims\.26\.speaker: a quote needs the id of the actor who said it$/)]);
  });

  it('refuses an excerpt that is not the article’s words', () => {
    const result = annotate(article, { type: 'claim', excerpt: 'Meloni said something else', kind: 'assertion', summary: 'No.' }, registry);
    expect(result.problems).toEqual([expect.stringContaining('claims.26.excerpt: excerpt "Meloni said something else" is not in the body verbatim')]);
  });

  it('adds an excerpt to the position the actor already holds on the question', () => {
    const result = annotate(article, { type: 'position', excerpt: sentence, actor: 'russia', question: 'troops-after-ceasefire', stance: 'opposes', summary: 'x' }, registry);
    expect(result.problems).toEqual([]);
    const positions = frontmatterOf(result.source!).positions!;
    expect(positions).toHaveLength(frontmatterOf(source).positions!.length);
    expect(positions.find((position) => position.actor === 'russia' && position.question === 'troops-after-ceasefire')?.excerpts).toContain(sentence);
  });

  it('adds an alias that the body has', () => {
    const result = annotate(article, { type: 'alias', excerpt: 'Paris', actor: 'france' }, registry);
    expect(result.problems).toEqual([]);
    const aliasesOf = (text: string) => frontmatterOf(text).actors!.find((actor) => actor.id === 'france')?.aliases as string[];
    // The registry has the actor's aliases; the article adds this one, which it alone uses.
    expect(aliasesOf(source)).toBeUndefined();
    expect(aliasesOf(result.source!)).toEqual(['Paris']);
  });

  it('refuses an alias that names another actor: one alias, one actor', () => {
    const result = annotate(article, { type: 'alias', excerpt: 'Kyiv', actor: 'united-states' }, registry);
    expect(result.source).toBeUndefined();
    expect(result.problems).toEqual([expect.stringMatching(/aliases\.0: alias "Kyiv" already names the registry's "ukraine" \(content\/actors\/ukraine\.yaml:\d+\): one alias names one actor/)]);
  });

  it('offers the article’s actors, named as the registry names them, and the registry’s questions', () => {
    const choices = annotationChoices(source, registry);
    expect(choices.actors.map((actor) => actor.id)).toEqual(frontmatterOf(source).actors!.map((actor) => actor.id));
    expect(choices.actors.find((actor) => actor.id === 'keir-starmer')?.name).toBe('Keir Starmer');
    expect(choices.questions.map((question) => question.id)).toEqual(['donbas-control', 'troops-after-ceasefire', 'us-role']);
  });
});
