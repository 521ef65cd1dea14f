import type { Block } from '../text/blocks';
import { lineAt } from '../source/frontmatter';
import { characterCount, formatCount, limits, offsetOfCharacter } from './limits';
import type { Problem } from '../source/problems';
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

// Quote and list markers that can open a line, each one more level of nesting.
const container = /^ {0,3}(?:>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)/;

/**
 * Shapes of body that the Markdown parser cannot read in reasonable time or stack, refused before it
 * runs: a line that opens more than `limits.depth` quotes and lists (`> > > …`, `- - - …`), and a
 * paragraph with more than `limits.marks` emphasis and link marks, whose parse time grows with their
 * square. `firstLine` is the file's line where the body starts.
 */
export function bodyShapeProblems(body: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  let marks = 0;
  let paragraphLine = 0;
  body.split('\n').forEach((line, index) => {
    let rest = line;
    let depth = 0;
    for (let match = container.exec(rest); match && depth <= limits.depth; match = container.exec(rest)) {
      rest = rest.slice(match[0].length);
      depth++;
    }
    if (depth > limits.depth) {
      problems.push({ path: 'body', line: firstLine + index, message: `this line opens quotes or lists more than ${limits.depth} deep, past the limit; an article's text is paragraphs and ## headings` });
    }
    if (line.trim() === '') {
      marks = 0;
      paragraphLine = index + 1;
      return;
    }
    const before = marks;
    marks += line.replace(/\\./g, '').replace(/[^*_[\]]/g, '').length;
    if (before <= limits.marks && marks > limits.marks) {
      problems.push({
        path: 'body',
        line: firstLine + paragraphLine,
        message: `this paragraph has more than ${limits.marks} of the marks * _ [ ], which Markdown reads as emphasis and links, past the limit; put a backslash before each one that is text: \\* \\_ \\[ \\]`,
      });
    }
  });
  return problems;
}
