/**
 * `npm run check:content [root]`: checks the registries (`content/actors/`, `content/questions/`) and every
 * article in `<root>/content/articles` (the working folder by default), and prints every problem, one a line,
 * as `file:line: field.path: message`. Exits 1 if there is any.
 */
import { resolve } from 'node:path';
import { readCorpus } from '../lib/corpus/corpus';
import { formatProblems } from '../lib/source/problems';

const { files, registry, problems } = readCorpus(resolve(process.argv[2] ?? '.'));
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
if (problems.length > 0) {
  console.log(formatProblems(problems));
  process.exitCode = 1;
} else {
  console.log(`${count(files.length, 'article')}, ${count(registry.actors.size, 'registry actor')} and ${count(registry.questions.size, 'registry question')} checked: no problems.`);
}
