/**
 * The Annotate app's dev-server endpoint, called as the dev server calls it, on a copy of the project's
 * content: every reproduction of issue 23 that lost or corrupted an edit, or wrote outside `content/`.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotateEndpoint } from '../../src/integrations/annotate/endpoint';
import { digestOf } from '../../src/lib/authoring/write-file';
import { root } from '../support/build';

const slug = 'uk-france-troops-ukraine-ceasefire';
const article = `content/articles/${slug}.mdx`;
const claim = { type: 'claim', excerpt: 'Russia, however, remains staunchly opposed.', kind: 'assertion', summary: 'Russia opposes the plan.' } as const;

let project: string;
let endpoint: ReturnType<typeof annotateEndpoint>;
beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'dossier-annotate-'));
  cpSync(join(root, 'content'), join(project, 'content'), { recursive: true });
  endpoint = annotateEndpoint(project);
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

const bytes = (file: string) => readFileSync(join(project, file));
/** Asks for an article's choices, as the app does when the page loads, and returns the digest it is given. */
const digestFor = (name: string) => endpoint.ask({ request: 'ask', slug: name }).digest;

describe('the Annotate endpoint', () => {
  it('writes an ordinary claim, atomically, and answers that it was added', () => {
    const digest = digestFor(slug)!;
    expect(digest).toBe(digestOf(bytes(article)));
    const { reply, written } = endpoint.add({ request: 'r1', slug, digest, annotation: claim });
    expect(reply).toEqual({ request: 'r1', slug, problems: [] });
    expect(written).toBe(article);
    expect(bytes(article).toString()).toContain('  - id: russia-however-remains-staunchly\n');
    // Nothing is left beside it: the temporary file took the article's name.
    expect(readdir(join(project, 'content/articles'))).toEqual([`${slug}.mdx`]);
  });

  it('refuses a Latin-1 article by its encoding, and leaves its bytes as they were', () => {
    const latin = Buffer.concat([bytes(article).subarray(0, bytes(article).indexOf('---', 4) + 4), Buffer.from('\nLa d\xe9claration de Paris.\n', 'latin1')]);
    writeFileSync(join(project, 'content/articles/latin.mdx'), latin);
    expect(endpoint.ask({ request: 'a', slug: 'latin' }).error).toMatch(/^content\/articles\/latin\.mdx:\d+: file: the file is not UTF-8: byte 0xE9/);
    const { reply, written } = endpoint.add({ request: 'b', slug: 'latin', digest: digestOf(latin), annotation: claim });
    expect(reply.problems).toEqual([expect.stringMatching(/the file is not UTF-8/)]);
    expect(written).toBeUndefined();
    expect(bytes('content/articles/latin.mdx')).toEqual(latin);
  });

  it('never follows a symbolic link to a file outside content/, nor a linked articles folder', () => {
    const outside = join(project, 'outside.mdx');
    cpSync(join(project, article), outside);
    const before = readFileSync(outside);
    symlinkSync(outside, join(project, 'content/articles/linked.mdx'));
    expect(endpoint.ask({ request: 'a', slug: 'linked' }).error).toMatch(/content\/articles\/linked\.mdx is a symbolic link/);
    expect(endpoint.add({ request: 'b', slug: 'linked', digest: digestOf(before), annotation: claim }).reply.problems).toEqual([expect.stringMatching(/is a symbolic link/)]);
    expect(readFileSync(outside)).toEqual(before);

    // The folder itself a link to a folder outside the project.
    const elsewhere = mkdtempSync(join(tmpdir(), 'dossier-elsewhere-'));
    cpSync(join(project, article), join(elsewhere, `${slug}.mdx`));
    rmSync(join(project, 'content/articles'), { recursive: true });
    symlinkSync(elsewhere, join(project, 'content/articles'));
    const held = readFileSync(join(elsewhere, `${slug}.mdx`));
    expect(endpoint.add({ request: 'c', slug, digest: digestOf(held), annotation: claim }).reply.problems).toEqual([expect.stringMatching(/^content\/articles is a symbolic link/)]);
    expect(readFileSync(join(elsewhere, `${slug}.mdx`))).toEqual(held);
    rmSync(elsewhere, { recursive: true });
  });

  it('answers a folder named x.mdx with why, without throwing', () => {
    mkdirSync(join(project, 'content/articles/x.mdx'));
    expect(endpoint.ask({ request: 'a', slug: 'x' }).error).toBe('content/articles/x.mdx is a folder, not a file the tools write');
    expect(endpoint.add({ request: 'b', slug: 'x', digest: '0'.repeat(64), annotation: claim }).reply.problems).toEqual(['content/articles/x.mdx is a folder, not a file the tools write']);
  });

  it('refuses to write into a file that changed since the page loaded, keeping the editor’s bytes', () => {
    const digest = digestFor(slug)!;
    const saved = `${bytes(article).toString()}\nAn editor’s new paragraph.\n`;
    writeFileSync(join(project, article), saved);
    const { reply, written } = endpoint.add({ request: 'r', slug, digest, annotation: claim });
    expect(reply.problems).toEqual([`${article} has changed since the page loaded (saved in an editor?): reload the page, then add the entry again`]);
    expect(written).toBeUndefined();
    expect(bytes(article).toString()).toBe(saved);
  });

  it('refuses to write into a file that fails the check, naming its problems, even with the right digest', () => {
    // Half-saved: the file ends inside the frontmatter.
    const text = bytes(article).toString();
    const half = text.slice(0, text.indexOf('claims:'));
    writeFileSync(join(project, article), half);
    const asked = endpoint.ask({ request: 'a', slug });
    expect(asked.choices).toBeUndefined();
    expect(asked.error).toMatch(/^content\/articles\/uk-france-troops-ukraine-ceasefire\.mdx fails the content check, so nothing is written into it/);
    const { reply } = endpoint.add({ request: 'b', slug, digest: digestOf(half), annotation: claim });
    expect(reply.problems[0]).toMatch(/fails the content check/);
    expect(reply.problems.length).toBeGreaterThan(1);
    expect(bytes(article).toString()).toBe(half);
  });

  it.each([
    ['no payload', undefined, '', "the message's payload:"],
    ['a payload that is not an object', 'ask', '', "the message's payload:"],
    ['a slug that climbs out of the folder', { request: 'q', slug: '../../package' }, 'q', "the message's slug: must be a slug"],
    ['an unknown field', { request: 'q', slug, extra: 1 }, 'q', "the message's payload: Unrecognized key"],
  ])('answers an ask with %s, saying why', (_, message, request, start) => {
    const reply = endpoint.ask(message);
    expect(reply.request).toBe(request);
    expect(reply.error).toContain(start);
    expect(reply.choices).toBeUndefined();
  });

  it.each([
    ['no annotation', { request: 'q', slug, digest: '0'.repeat(64) }, "the message's annotation:"],
    ['no digest', { request: 'q', slug, annotation: claim }, "the message's digest:"],
    ['an unknown kind', { request: 'q', slug, digest: '0'.repeat(64), annotation: { ...claim, kind: 'rumour' } }, "the message's annotation.kind:"],
    ['a speaker that is no id', { request: 'q', slug, digest: '0'.repeat(64), annotation: { ...claim, speaker: '../x' } }, "the message's annotation.speaker:"],
    ['an excerpt past the limit', { request: 'q', slug, digest: '0'.repeat(64), annotation: { ...claim, excerpt: 'x'.repeat(2001) } }, "the message's annotation.excerpt: is longer than an excerpt may be"],
  ])('answers an add with %s, saying why, and writes nothing', (_, message, start) => {
    const before = bytes(article);
    const { reply, written } = endpoint.add(message);
    expect(reply.request).toBe('q');
    expect(reply.problems.join('\n')).toContain(start);
    expect(written).toBeUndefined();
    expect(bytes(article)).toEqual(before);
  });
});

function readdir(folder: string): string[] {
  return readdirSync(folder).sort();
}
