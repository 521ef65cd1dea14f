// One parser reads values: js-yaml, the one Astro uses, here and everywhere else in the project. The `yaml`
// package is here only to say where a field is written and why YAML does not parse: js-yaml keeps no
// node positions, stops at the first error and words some badly (an unclosed ' is "bad indentation of a
// mapping entry" on a later line). Its other use is writing frontmatter, keeping the author's comments,
// with its Document API (issue 14, and the build benchmark's synthetic articles); never reading values.
import { load, YAMLException } from 'js-yaml';
import { isMap, isScalar, isSeq, parseDocument, type Document, type ErrorCode, type Node, type YAMLError } from 'yaml';
import type { Problem } from './problems';
import type { ArticleParts } from './mdx-file';

/** The 1-based line of an offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/** What an author wrote for one value: its text, and whether it was a plain, unquoted scalar. */
export interface Written {
  text: string;
  plain: boolean;
}

/** Frontmatter read from YAML, able to say where each field is and how it was written. */
export interface Frontmatter {
  /** The fields as plain data (`null` when there are none); `undefined` when the YAML does not parse. */
  data: unknown;
  /** YAML that does not parse, each with its line. */
  problems: Problem[];
  /** The line of the field at a path such as `claims.3.speaker`, or of its nearest written ancestor. */
  lineOf(path: readonly (string | number)[]): number;
  /** How the value at a path was written, when it is a single scalar. */
  written(path: readonly (string | number)[]): Written | undefined;
}

// What to do about the YAML errors authors meet most; the parser's own words say what it found.
const advice: Partial<Record<ErrorCode, string>> = {
  BLOCK_AS_IMPLICIT_KEY: 'a value that contains ": " must be put in quotes, and a nested field must be indented under its parent',
  MULTILINE_IMPLICIT_KEY: 'a value that contains ": " must be put in quotes',
  DUPLICATE_KEY: 'a field may appear only once: keep one of them',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  BAD_INDENT: 'indent the items of a list or the fields of an item by the same number of spaces',
  UNEXPECTED_TOKEN: 'a quoted value must end at its closing quote; to put the quote mark inside, use the other kind of quotes around it',
};

const sentence = (text: string) => text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '');

/** The quote mark that opens the unclosed value before `offset`: the last one that is not escaped. */
function openingQuote(yaml: string, offset: number, quote: string): number {
  const escaped = (at: number) => (quote === '"' ? yaml[at - 1] === '\\' : yaml[at - 1] === "'" || yaml[at + 1] === "'");
  let at = yaml.lastIndexOf(quote, offset);
  while (at > 0 && escaped(at)) at = yaml.lastIndexOf(quote, at - 1);
  return Math.max(at, 0);
}

/**
 * Says what is wrong with YAML that does not parse, in words an author can act on, and where: for a
 * value with no closing quote, the line where it opens rather than wherever the parser gave up.
 */
function yamlProblem(error: YAMLError, yaml: string, lineOf: (offset: number) => number): Problem & { line: number } {
  const quote = /closing (["'])quote/.exec(error.message)?.[1];
  if (quote) {
    const line = lineOf(openingQuote(yaml, error.pos[0], quote));
    return { path: 'frontmatter', line, message: `the YAML does not parse: a value opened with ${quote} has no closing ${quote}; end it with ${quote}` };
  }
  if (error.code === 'MULTIPLE_DOCS') {
    return { path: 'frontmatter', line: lineOf(error.pos[0]), message: 'the YAML does not parse: a line --- or ... ends the frontmatter here, before its closing ---; remove it' };
  }
  const hint = advice[error.code];
  return { path: 'frontmatter', line: lineOf(error.pos[0]), message: `the YAML does not parse: ${sentence(error.message)}${hint ? `; ${hint}` : ''}` };
}

/**
 * Reads the frontmatter of an article. The fields come from js-yaml, the parser Astro itself uses, so the
 * check sees exactly the values the build will: unquoted `2025-03-04` is a date, `true` a boolean, `42` a
 * number. Where the check needs a line or the way a value was written, it asks the `yaml` package,
 * which keeps every node's position; that slower parse happens only when there is something to report.
 */
export function readFrontmatter(source: string, parts: ArticleParts): Frontmatter {
  const lineOfOffset = (offset: number) => lineAt(source, parts.yamlOffset + offset);
  let document: Document.Parsed | undefined;
  const parsed = () => (document ??= parseDocument(parts.yaml, { prettyErrors: false }));

  let data: unknown;
  const problems: Problem[] = [];
  try {
    data = load(parts.yaml) ?? null;
  } catch (error) {
    // One problem a line: after the first error on a line, the parser's next ones there only echo it.
    const lines = new Set<number>();
    for (const yamlError of parsed().errors) {
      const problem = yamlProblem(yamlError, parts.yaml, lineOfOffset);
      if (!lines.has(problem.line)) problems.push(problem);
      lines.add(problem.line);
    }
    // Where the two parsers disagree, js-yaml has the last word: it is the one the build uses.
    if (problems.length === 0 && error instanceof YAMLException) {
      problems.push({ path: 'frontmatter', line: lineOfOffset(0) + error.mark.line, message: `the YAML does not parse: ${error.reason}` });
    }
    if (problems.length === 0) throw error;
  }

  /** The deepest written node along a path, and the offset that names it (a field's key, a list's item). */
  const walk = (path: readonly (string | number)[]) => {
    const contents = parsed().contents;
    let node: unknown = contents;
    let offset = contents?.range[0] ?? 0;
    let complete = true;
    for (const segment of path) {
      const next = isMap(node)
        ? node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(segment))
        : undefined;
      if (next) {
        offset = (next.key as Node).range?.[0] ?? offset;
        node = next.value;
      } else if (isSeq(node) && node.items[Number(segment)]) {
        node = node.items[Number(segment)];
        offset = (node as Node).range?.[0] ?? offset;
      } else {
        complete = false;
        break;
      }
    }
    return { node: complete ? node : undefined, offset };
  };

  return {
    data,
    problems,
    lineOf: (path) => lineOfOffset(walk(path).offset),
    written: (path) => {
      const { node } = walk(path);
      if (!isScalar(node) || !node.range) return undefined;
      return { text: parts.yaml.slice(node.range[0], node.range[1]).trim(), plain: node.type === 'PLAIN' };
    },
  };
}
