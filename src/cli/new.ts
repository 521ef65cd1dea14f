/**
 * `npm run new -- <capture.txt> [--slug <slug>]`: scaffolds an article from a raw capture. Copies the capture
 * to `content/sources/<slug>.txt`, writes `content/articles/<slug>.mdx` (the words verbatim, the stated
 * metadata, known actors and quotations as drafts), prints what it found and what the check says of it.
 * Never overwrites a file; a usage error or a refused capture is one line, and nothing is written.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { newArticle } from '../lib/authoring/new-article';
import { formatProblem } from '../lib/source/problems';

const root = process.cwd();
const usage = 'Usage: npm run new -- <capture.txt> [--slug <slug>]';
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

let parsedArgs: ReturnType<typeof parseArgs<{ options: { slug: { type: 'string' } }; allowPositionals: true }>>;
try {
  parsedArgs = parseArgs({ options: { slug: { type: 'string' } }, allowPositionals: true });
} catch (error) {
  fail(`npm run new: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
}
const { values, positionals } = parsedArgs!;
const [capturePath] = positionals;
if (!capturePath || positionals.length > 1) fail(usage);
const captureName = relative(root, resolve(capturePath!)) || capturePath!;

let result: ReturnType<typeof newArticle>;
try {
  result = newArticle(root, resolve(capturePath!), captureName, { slug: values.slug });
} catch (error) {
  // A failure of the file system (no room, no permission): its message, not a stack trace.
  fail(`npm run new: nothing written: ${error instanceof Error ? error.message : String(error)}`);
}
if ('refused' in result!) fail(result.refused);
const { capture, scaffold, article, source, sourceExisted, problems } = result! as Exclude<typeof result, { refused: string }>;
// Since the process started: Node's start and the imports included.
const seconds = (performance.now() / 1000).toFixed(1);

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const paragraphs = capture.body.filter((block) => block.kind === 'paragraph').length;
const headings = capture.body.length - paragraphs;
const quoted = scaffold.quotations.flatMap((quotation) => quotation.quoted).length;
const attributed = scaffold.quotations.filter((quotation) => quotation.speaker).length;
const scare = scaffold.quotations.filter((quotation) => quotation.scare).flatMap((quotation) => quotation.quoted).length;
const { drafts } = scaffold;
console.log(
  [
    `Wrote ${article} from ${sourceExisted ? source : `${captureName}, copied to ${source}`}, in ${seconds} s (${capture.layout} capture):`,
    `  body: ${count(paragraphs, 'paragraph')}, ${count(headings, 'subheading')}${scaffold.videos ? `, ${count(scaffold.videos, '<MissingVideo /> note')} after "…video below…"` : ''}`,
    `  publisher: headline, ${count(capture.keyPoints.length, 'key point')}, ${count(capture.sources.length, 'source')}; not stated: ${scaffold.unstated.join(', ') || 'nothing'}`,
    `  actors the site knows, named in the body (drafts): ${scaffold.actors.length ? `${scaffold.actors.length}: ${scaffold.actors.join(', ')}` : 'none'}`,
    `  new actors, drafted in full: ${scaffold.drafted.map((actor) => `${actor.id} (${actor.kind}${actor.unnamed ? ', unnamed' : ''})`).join(', ') || 'none'}`,
    `  other names (compromise, in a comment): ${scaffold.candidates.map((candidate) => `${candidate.name} (${candidate.kind})`).join(', ') || 'none'}`,
    `  quotations: ${quoted}, in ${count(scaffold.drafts.claims, 'draft claim')}, ${attributed} with a likely speaker${scare ? `; ${count(scare, 'scare quote')}, no claim` : ''}`,
    `  positions proposed (drafts, where a quotation holds a question's cues): ${scaffold.positions.map((position) => `${position.actor} on ${position.question}`).join(', ') || 'none'}`,
    problems.length === 0 ? 'The content check passes it.' : `The content check, on the new article (${count(problems.length, 'line')}):`,
    ...problems.map((problem) => `  ${formatProblem(problem)}`),
    `Drafts left: ${count(drafts.actors + drafts.positions + drafts.claims, 'draft')}: ${count(drafts.actors, 'actor')}, ${count(drafts.positions, 'position')}, ${count(drafts.claims, 'claim')}.`,
    'Next: confirm each draft, in the file or with npm start and the dev toolbar\'s "Annotate the article" app; npm run check:content -- --drafts lists those left.',
  ].join('\n'),
);
