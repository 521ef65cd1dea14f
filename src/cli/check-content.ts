/**
 * `npm run check:content [root]`: checks the registries (`content/actors/`, `content/questions/`) and every
 * article in `<root>/content/articles` (the working folder by default), and prints every problem, one a line,
 * as `file:line: field.path: message`. Exits 1 if there is any.
 * `npm run check:content -- --drafts`: lists every draft `npm run new` left across the corpus, one a line
 * in the same form, and counts them by kind: the editor's queue. Exits 0.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readCorpus } from '../lib/corpus/corpus';
import { formatProblem, formatProblems } from '../lib/source/problems';

const { values, positionals } = parseArgs({ options: { drafts: { type: 'boolean', default: false } }, allowPositionals: true });
const { files, registry, problems } = readCorpus(resolve(positionals[0] ?? '.'));
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
if (values.drafts) {
  const drafts = problems.filter((problem) => problem.draft);
  const kinds = ['actors', 'positions', 'claims'].map((kind) => count(drafts.filter((problem) => problem.path.startsWith(`${kind}.`)).length, kind.replace(/s$/, '')));
  const others = problems.length - drafts.length;
  console.log(
    [
      ...drafts.map(formatProblem),
      `${count(drafts.length, 'draft')} left in ${count(new Set(drafts.map((problem) => problem.file)).size, 'article')}: ${kinds.join(', ')}.`,
      ...(others > 0 ? [`The check finds ${count(others, 'other problem')}: npm run check:content lists them.`] : []),
    ].join('\n'),
  );
} else if (problems.length > 0) {
  console.log(formatProblems(problems));
  process.exitCode = 1;
} else {
  console.log(`${count(files.length, 'article')}, ${count(registry.actors.size, 'registry actor')} and ${count(registry.questions.size, 'registry question')} checked: no problems.`);
}
