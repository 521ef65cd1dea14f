/**
 * `npm run new -- <capture.txt> [--slug <slug>] [--lang <tag>]`: scaffolds an article from a raw capture (in the
 * language its `Language:` line or `--lang` names, English otherwise). Copies the capture
 * to `content/sources/<slug>.txt`, writes `content/articles/<slug>.mdx` (the words verbatim, the stated
 * metadata, known actors and quotations as drafts), prints what it found and what the check says of it.
 * Never overwrites a file.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { knownActors } from '../lib/authoring/known';
import { scaffoldArticle } from '../lib/authoring/scaffold';
import { parseCapture } from '../lib/capture/parse';
import { articlesFolder } from '../lib/source/article-files';
import { checkSource } from '../lib/check/check-articles';
import { slugify } from '../lib/check/did-you-mean';
import { formatProblem } from '../lib/source/problems';
import { corpusOf } from '../lib/corpus/corpus';
import { idSchema } from '../schemas/id';
import { isLanguageTag } from '../schemas/language';

const root = process.cwd();
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const { values, positionals } = parseArgs({ options: { slug: { type: 'string' }, lang: { type: 'string' } }, allowPositionals: true });
const [capturePath] = positionals;
if (!capturePath || positionals.length > 1) fail('Usage: npm run new -- <capture.txt> [--slug <slug>] [--lang <BCP 47 tag>]');
if (values.lang !== undefined && !isLanguageTag(values.lang)) fail(`--lang "${values.lang}" is not a language tag: give a BCP 47 tag such as fr, uk, ar or pt-BR`);
const captureText = readFileSync(resolve(capturePath!), 'utf8');
const captureName = relative(root, resolve(capturePath!)) || capturePath!;
const parsed = parseCapture(captureText, values.lang ? { lang: values.lang } : {});
if (!parsed.capture) fail(parsed.problems.map((problem) => `${captureName}:${problem.line}: ${problem.path}: ${problem.message}`).join('\n'));
const capture = parsed.capture!;

const slug = values.slug ?? slugify(capture.headline).split('-').slice(0, 8).join('-');
const slugIssue = idSchema.safeParse(slug).error?.issues[0];
if (slugIssue) fail(`--slug "${slug}": the slug ${slugIssue.message}; choose another with --slug`);
const article = `${articlesFolder}/${slug}.mdx`;
const source = `content/sources/${slug}.txt`;
if (existsSync(join(root, article))) fail(`${article} already exists: npm run new never overwrites a file; choose another --slug, or edit that article`);
const sourceExists = existsSync(join(root, source));
if (sourceExists && readFileSync(join(root, source), 'utf8') !== captureText) {
  fail(`${source} already exists with another capture: npm run new never overwrites a file; choose another --slug`);
}

const scaffold = scaffoldArticle(capture, knownActors(root), source);
mkdirSync(join(root, 'content/sources'), { recursive: true });
mkdirSync(join(root, articlesFolder), { recursive: true });
if (!sourceExists) copyFileSync(resolve(capturePath!), join(root, source));
writeFileSync(join(root, article), scaffold.mdx, { flag: 'wx' });
// Since the process started: Node's start and the imports included.
const seconds = (performance.now() / 1000).toFixed(1);

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const paragraphs = capture.body.filter((block) => block.kind === 'paragraph').length;
const headings = capture.body.length - paragraphs;
const quoted = scaffold.quotations.flatMap((quotation) => quotation.quoted).length;
const attributed = scaffold.quotations.filter((quotation) => quotation.speaker).length;
const problems = checkSource({ file: article, slug, source: scaffold.mdx }, 'refuse', corpusOf(root, { drafts: 'allow' }).registry);
console.log(
  [
    `Wrote ${article} from ${sourceExists ? source : `${captureName}, copied to ${source}`}, in ${seconds} s (${capture.layout} capture):`,
    `  body: ${count(paragraphs, 'paragraph')}, ${count(headings, 'subheading')}${scaffold.videos ? `, ${count(scaffold.videos, '<MissingVideo /> note')} after "…video below…"` : ''}`,
    `  publisher: headline, ${count(capture.keyPoints.length, 'key point')}, ${count(capture.sources.length, 'source')}; not stated: ${scaffold.unstated.join(', ') || 'nothing'}`,
    `  actors the site knows, named in the body (drafts): ${scaffold.actors.length ? `${scaffold.actors.length}: ${scaffold.actors.join(', ')}` : 'none'}`,
    `  candidate new actors (compromise, in a comment): ${scaffold.candidates.map((candidate) => `${candidate.name} (${candidate.kind})`).join(', ') || 'none'}`,
    `  quotations: ${quoted}, in ${count(scaffold.quotations.length, 'draft claim')}, ${attributed} with a likely speaker`,
    problems.length === 0 ? 'The content check passes it.' : `The content check, on the new article (${count(problems.length, 'line')}):`,
    ...problems.map((problem) => `  ${formatProblem(problem)}`),
    'Next: confirm each draft, in the file or with npm start and the dev toolbar\'s "Annotate the article" app, then npm run check:content.',
  ].join('\n'),
);
