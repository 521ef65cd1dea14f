import type { Block } from '../text/blocks';
import { lineAt } from './frontmatter';
import { characterCount, formatCount, limits, offsetOfCharacter } from './limits';
import type { Problem } from './problems';
import { rawTextProblems } from './text-rules';

/**
 * Rules for the body as a whole: it holds the article's words, no character the site cannot publish
 * (see `badCharacters`), and not so many characters that it is more likely a paste gone wrong than an
 * article. `firstLine` is the file's line where the body starts.
 */
export function bodyProblems(body: string, blocks: readonly Block[] | undefined, firstLine: number): Problem[] {
  const problems: Problem[] = rawTextProblems(body, firstLine, 'body');
  if (blocks?.length === 0) {
    problems.push({ path: 'body', line: firstLine, message: 'the article has no text; put its paragraphs after the closing ---' });
  }
  const length = characterCount(body);
  if (length > limits.body) {
    problems.push({
      path: 'body',
      line: firstLine + lineAt(body, offsetOfCharacter(body, limits.body)) - 1,
      message: `the body is ${formatCount(length)} characters long, past the limit of ${formatCount(limits.body)} at this line; is more than the article pasted here?`,
    });
  }
  return problems;
}
