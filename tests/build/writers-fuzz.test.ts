/**
 * Property-based test of the tools that write content, as `fuzz.test.ts` is of the check: random and
 * malformed Annotate messages, and random captures for `npm run new`, in a project that also holds the traps
 * of issue 23 (a Latin-1 article, a link to a file outside `content/`, a folder named like an article).
 * After each: the tool answered (it threw nothing), nothing outside `content/` changed, and every file in
 * `content/` is unchanged or passes the check. `npm test` runs `DOSSIER_FUZZ_RUNS` cases of each (200
 * unless set); `npm run fuzz:writers` runs thousands. A failing case prints its seed and the shrunk input.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotateEndpoint } from '../../src/integrations/annotate/endpoint';
import { newArticle } from '../../src/lib/authoring/new-article';
import { readArticleFiles } from '../../src/lib/source/article-files';
import { checkArticles } from '../../src/lib/check/check-articles';
import { parseBlocks } from '../../src/lib/text/blocks';
import { splitSource } from '../../src/lib/source/mdx-file';
import { root } from '../support/build';
import { annotateMessage, brokenChanges, captureInput, changedOutsideContent, snapshot, type Material } from '../support/writer-arbitraries';

const runs = Number(process.env.DOSSIER_FUZZ_RUNS ?? 200);

let project: string;
beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'dossier-writers-'));
  mkdirSync(join(project, 'content/articles'), { recursive: true });
  for (const name of ['ferry-launch.mdx', 'harbour-talks.mdx']) cpSync(join(root, 'tests/fixtures/corpus', name), join(project, 'content/articles', name));
  writeFileSync(join(project, 'package.json'), '{"name": "outside content/"}\n');
  // The traps: a Latin-1 article, a link to a file outside content/, a folder named like an article.
  const text = readFileSync(join(project, 'content/articles/harbour-talks.mdx'));
  writeFileSync(join(project, 'content/articles/latin.mdx'), Buffer.concat([text, Buffer.from('\nLa d\xe9claration.\n', 'latin1')]));
  cpSync(join(project, 'content/articles/ferry-launch.mdx'), join(project, 'outside.mdx'));
  symlinkSync(join(project, 'outside.mdx'), join(project, 'content/articles/linked.mdx'));
  mkdirSync(join(project, 'content/articles/x.mdx'));
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** The project's slugs, actors, questions and sentences now, for messages to pick from. */
function material(): Material {
  const files = readArticleFiles(project).filter((file) => !file.refused);
  const endpoint = annotateEndpoint(project);
  return {
    slugs: [...files.map((file) => file.slug), 'latin', 'linked', 'x'],
    actors: ['ana-reyes', 'northport', 'southby', 'eastville', 'the-gazette'],
    questions: ['shared-ferry', 'who-pays'],
    sentences: files.flatMap((file) => parseBlocks(splitSource(file.source).body).map((block) => block.text)),
    articles: files.map((file) => ({ slug: file.slug, sentences: parseBlocks(splitSource(file.source).body).filter((block) => block.kind === 'paragraph').map((block) => block.text) })),
    digest: (slug) => endpoint.ask({ request: 'digest', slug }).digest,
  };
}

describe('the writers, fuzzed', () => {
  it('the project starts with articles the check passes and traps it refuses', () => {
    const problems = checkArticles(readArticleFiles(project), 'allow').map((problem) => problem.file);
    expect([...new Set(problems)].sort()).toEqual(['content/articles/latin.mdx', 'content/articles/linked.mdx', 'content/articles/x.mdx']);
  });

  it(`Annotate answers ${runs} random and malformed messages, writing only what the check passes, and only in content/`, () => {
    const endpoint = annotateEndpoint(project);
    let written = 0;
    fc.assert(
      fc.property(fc.array(annotateMessage, { minLength: 1, maxLength: 3 }), (messages) => {
        for (const message of messages) {
          const made = message(material());
          const before = snapshot(project);
          const request = (made.payload as { request?: unknown } | undefined)?.request;
          if (made.event === 'ask') {
            const reply = endpoint.ask(made.payload);
            expect(reply.choices !== undefined || (reply.error ?? '') !== '').toBe(true);
            if (typeof request === 'string' && request.length <= 100) expect(reply.request).toBe(request);
          } else {
            const { reply, written: file } = endpoint.add(made.payload);
            expect(file !== undefined || reply.problems.length > 0).toBe(true);
            if (typeof request === 'string' && request.length <= 100) expect(reply.request).toBe(request);
            if (file) written += 1;
          }
          const after = snapshot(project);
          expect(changedOutsideContent(before, after)).toEqual([]);
          expect(brokenChanges(project, before, after)).toEqual([]);
        }
      }),
      { numRuns: runs },
    );
    // Some messages were ordinary writes: the property held for writes, not only for refusals.
    expect(written).toBeGreaterThan(0);
  });

  it(`npm run new refuses or scaffolds ${runs} random captures, writing only files the check reads, and only in content/`, () => {
    const base = readFileSync(join(root, 'tests/fixtures/captures/harbour-bridge.txt'), 'utf8');
    const capture = join(project, 'capture.txt');
    let scaffolds = 0;
    fc.assert(
      fc.property(captureInput(base), ({ bytes, slug }) => {
        writeFileSync(capture, bytes);
        const before = snapshot(project);
        const result = newArticle(project, capture, 'capture.txt', { slug });
        const after = snapshot(project);
        expect(changedOutsideContent(before, after)).toEqual([]);
        expect(brokenChanges(project, before, after)).toEqual([]);
        if ('refused' in result) {
          expect(result.refused).not.toMatch(/^\s+at /m);
          expect(after).toEqual(before);
        } else {
          scaffolds += 1;
          // The capture's copy is its bytes; then the scaffold goes, so the next case may use the slug again.
          expect(readFileSync(join(project, result.source))).toEqual(Buffer.from(bytes));
          if (!result.sourceExisted) rmSync(join(project, result.source));
          rmSync(join(project, result.article));
        }
      }),
      { numRuns: runs },
    );
    expect(scaffolds).toBeGreaterThan(0);
  });
});
