import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Capture } from '../capture/capture';
import { parseCapture } from '../capture/parse';
import { articlesFolder } from '../source/article-files';
import { checkSource } from '../check/check-articles';
import { slugify } from '../check/did-you-mean';
import { decodeArticle } from '../source/encoding';
import { characterCount, formatCount, limits } from '../check/limits';
import { formatProblem, type LocatedProblem } from '../source/problems';
import { corpusOf } from '../corpus/corpus';
import { fitId, idSchema } from '../../schemas/id';
import { knownActors, knownQuestions } from './known';
import { scaffoldArticle, type Scaffold } from './scaffold';
import { unsafeTarget, writeAtomically } from './write-file';

/** Where `npm run new` copies captures, relative to the project root. */
export const sourcesFolder = 'content/sources';

/**
 * A capture file's text, read as strictly as the check reads an article: a regular file, at most
 * `limits.capture` bytes (refused before a byte is read), UTF-8 only, each other encoding named.
 * `path` is absolute; `name` is how messages name it. Otherwise one line saying what is wrong and what to do.
 */
export function readCaptureFile(path: string, name: string): { text: string } | { refused: string } {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return { refused: `${name}: no such file; give the path of a capture, e.g. npm run new -- ~/captures/article.txt` };
  if (stats.isDirectory()) return { refused: `${name} is a folder, not a capture: give the capture's text file` };
  if (!stats.isFile()) return { refused: `${name} is not a regular file: give the capture's text file` };
  if (stats.size > limits.capture) {
    return { refused: `${name} is ${formatCount(stats.size)} bytes, past the limit of ${formatCount(limits.capture)} for a capture (a body may hold at most ${formatCount(limits.body)} characters): is it the article's text?` };
  }
  const decoded = decodeArticle(readFileSync(path));
  if ('problem' in decoded) return { refused: `${name}:${decoded.problem.line}: ${decoded.problem.message}` };
  return { text: decoded.text };
}

/** The lists of the analysis, which the editor completes after `npm run new`: a scaffold may still lack an actor. */
const analysisFields = ['actors', 'questions', 'positions', 'claims'];

/**
 * Whether a problem lies in the analysis the editor is to complete (no actor found yet, a draft), rather than
 * in what the scaffold copies from the capture (the words, the metadata), which must pass the check as written.
 */
export const isAnalysisProblem = (problem: { path: string }) => analysisFields.includes(problem.path.split('.')[0]!);

/** What `npm run new` wrote, for it to print. */
export interface NewArticle {
  capture: Capture;
  scaffold: Scaffold;
  slug: string;
  /** The article's file and the capture's copy, relative to the root. */
  article: string;
  source: string;
  /** Whether the capture's copy was already there, byte for byte. */
  sourceExisted: boolean;
  /** What the check says of the new file with drafts refused, as the build will: the drafts to confirm. */
  problems: LocatedProblem[];
}

/**
 * Scaffolds an article from a capture file into the project at `root`: copies the capture to
 * `content/sources/<slug>.txt` and writes `content/articles/<slug>.mdx`, each created atomically and never
 * over an existing file or through a link. Nothing is written when the capture is refused (see
 * `readCaptureFile`), its body is past the limit, or what the scaffold copies from the capture would fail
 * the content check: only the analysis may be incomplete (`isAnalysisProblem`), for the editor to finish.
 */
export function newArticle(root: string, capturePath: string, captureName: string, options: { slug?: string | undefined } = {}): NewArticle | { refused: string } {
  const read = readCaptureFile(capturePath, captureName);
  if ('refused' in read) return read;
  const parsed = parseCapture(read.text);
  if (!parsed.capture) return { refused: parsed.problems.map((problem) => `${captureName}:${problem.line}: ${problem.path}: ${problem.message}`).join('\n') };
  const capture = parsed.capture;
  const bodyLength = characterCount(capture.body.map((block) => block.text).join('\n\n'));
  if (bodyLength > limits.body) {
    return { refused: `${captureName}: the body is ${formatCount(bodyLength)} characters, past the limit of ${formatCount(limits.body)}; an article longer than that is refused by the check` };
  }

  const slug = options.slug ?? fitId(slugify(capture.headline).split('-').slice(0, 8).join('-'), 0);
  const slugIssue = idSchema.safeParse(slug).error?.issues[0];
  if (slugIssue) return { refused: `--slug "${slug}": the slug ${slugIssue.message}; choose another with --slug` };
  const article = `${articlesFolder}/${slug}.mdx`;
  const source = `${sourcesFolder}/${slug}.txt`;
  const unsafe = unsafeTarget(root, article) ?? unsafeTarget(root, source);
  if (unsafe) return { refused: unsafe };
  if (statSync(join(root, article), { throwIfNoEntry: false })) return { refused: `${article} already exists: npm run new never overwrites a file; choose another --slug, or edit that article` };
  const sourceExisted = statSync(join(root, source), { throwIfNoEntry: false }) !== undefined;
  if (sourceExisted && readFileSync(join(root, source), 'utf8') !== read.text) {
    return { refused: `${source} already exists with another capture: npm run new never overwrites a file; choose another --slug` };
  }

  const scaffold = scaffoldArticle(capture, knownActors(root), source, knownQuestions(root));
  // The registry as the corpus read it for knownActors: one read for the whole command.
  const { registry } = corpusOf(root, { drafts: 'allow' });
  const file = { file: article, slug, source: scaffold.mdx };
  const unreadable = checkSource(file, 'allow', registry).filter((problem) => !isAnalysisProblem(problem));
  if (unreadable.length > 0) {
    return { refused: [`Nothing written: the scaffold of ${captureName} would fail the content check (please report it, with the capture):`, ...unreadable.map(formatProblem)].join('\n') };
  }
  if (!sourceExisted) writeAtomically(root, source, read.text, { create: true });
  try {
    writeAtomically(root, article, scaffold.mdx, { create: true });
  } catch (error) {
    if (!sourceExisted) rmSync(join(root, source));
    throw error;
  }
  return { capture, scaffold, slug, article, source, sourceExisted, problems: checkSource(file, 'refuse', registry) };
}
