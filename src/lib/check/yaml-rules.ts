import { CST, Lexer } from 'yaml';
import { characterCount, formatCount, limits, offsetOfCharacter } from './limits';
import type { Problem } from '../source/problems';
import { rawTextProblems } from './text-rules';

/** A problem in the YAML text, at its offset there. */
type YamlProblem = Problem & { offset: number };

// The lexer marks where documents and scalars begin with characters that are not in the source.
const markers = new Set(['doc-mode', 'flow-error-end', 'scalar']);

/**
 * What an article's YAML may not use, found before it is parsed: anchors and aliases (`&point`, `*point`),
 * which an article never needs and which would let a few bytes repeat a long value a thousand times over,
 * and the merge key `<<`, which copies them; tags (`!!binary`), which make values that are not text;
 * directives (`%YAML`); and lists or groups in brackets nested past `limits.depth`, which would exhaust
 * the parser's stack. One token at a time, so no input overflows it.
 */
function tokenProblems(yaml: string): YamlProblem[] {
  const problems: YamlProblem[] = [];
  let offset = 0;
  let depth = 0;
  for (const token of new Lexer().lex(yaml)) {
    const type = CST.tokenType(token);
    if (type === 'anchor' || type === 'alias') {
      const name = token.slice(1);
      problems.push({
        path: 'frontmatter',
        offset,
        message: `the YAML ${type} ${token} is not allowed: anchors and aliases repeat a value elsewhere, which an article never needs; write each value out${type === 'alias' ? ` instead of *${name}` : ''}`,
      });
    } else if (type === 'directive-line') {
      problems.push({ path: 'frontmatter', offset, message: `the YAML directive ${token.split('\n')[0]!.trim()} is not allowed: frontmatter is fields alone; remove the line` });
    } else if (token === '<<') {
      problems.push({ path: 'frontmatter', offset, message: 'the YAML merge key << is not allowed: it copies fields from elsewhere, which an article never needs; write each field out' });
    } else if (type === 'tag') {
      problems.push({ path: 'frontmatter', offset, message: `the YAML tag ${token} is not allowed: every value is text, a list or a group of fields; remove the tag and quote the value` });
    } else if (type === 'flow-seq-start' || type === 'flow-map-start') {
      depth++;
      if (depth === limits.depth + 1) {
        problems.push({ path: 'frontmatter', offset, message: `lists and fields nest more than ${limits.depth} deep here, past the limit; an article needs at most four levels` });
      }
    } else if (type === 'flow-seq-end' || type === 'flow-map-end') depth = Math.max(0, depth - 1);
    if (!(markers.has(type ?? '') && token.length === 1)) offset += token.length;
  }
  return problems;
}

/**
 * The frontmatter's YAML text held to what the check can read safely: at most `limits.frontmatter`
 * characters, no control character written as itself (named by line and column), and none of what
 * `tokenProblems` refuses. `firstLine` is the file's line where the YAML starts. Any problem here means the
 * YAML is not parsed at all.
 */
export function yamlTextProblems(yaml: string, firstLine: number, lineOf: (offset: number) => number): Problem[] {
  const length = characterCount(yaml);
  if (length > limits.frontmatter) {
    return [
      {
        path: 'frontmatter',
        line: lineOf(offsetOfCharacter(yaml, limits.frontmatter)),
        message: `the frontmatter is ${formatCount(length)} characters long, past the limit of ${formatCount(limits.frontmatter)} at this line; is more than the analysis pasted here?`,
      },
    ];
  }
  // Bidi controls are named by field once the YAML is read; control characters would stop the parser.
  const raw = rawTextProblems(yaml, firstLine, 'frontmatter', false);
  if (raw.length > 0) return raw;
  return tokenProblems(yaml).map(({ offset, ...problem }) => ({ ...problem, line: lineOf(offset) }));
}
