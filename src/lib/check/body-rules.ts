import type { Block } from '../text/blocks';
import { lineAt } from './frontmatter';
import type { Problem } from './problems';

/** The longest body the site accepts, in characters: about four times the longest article so far. */
export const maxBodyLength = 100_000;

/**
 * Rules for the body as a whole: it holds the article's words, and not so many that it is more likely
 * a paste gone wrong than an article. `firstLine` is the file's line where the body starts.
 */
export function bodyProblems(body: string, blocks: readonly Block[] | undefined, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  if (blocks?.length === 0) {
    problems.push({ path: 'body', line: firstLine, message: 'the article has no text; put its paragraphs after the closing ---' });
  }
  if (body.length > maxBodyLength) {
    problems.push({
      path: 'body',
      line: firstLine + lineAt(body, maxBodyLength) - 1,
      message: `the body is ${body.length.toLocaleString('en')} characters long, past the limit of ${maxBodyLength.toLocaleString('en')} at this line; is more than the article pasted here?`,
    });
  }
  return problems;
}
