/**
 * `npm run check:content [root]`: checks every article in `<root>/content/articles` (the working folder by
 * default) and prints every problem, one a line, as `file:line: field.path: message`. Exits 1 if there is any.
 */
import { resolve } from 'node:path';
import { checkArticles } from '../lib/check/check-articles';
import { formatProblems } from '../lib/check/problems';
import { readArticleFiles } from '../lib/check/article-files';

const files = readArticleFiles(resolve(process.argv[2] ?? '.'));
const problems = checkArticles(files);
if (problems.length > 0) {
  console.log(formatProblems(problems));
  process.exitCode = 1;
} else {
  console.log(`${files.length} article${files.length === 1 ? '' : 's'} checked: no problems.`);
}
