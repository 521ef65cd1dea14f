/**
 * One thing wrong with an article, pointed at by its field path, e.g. `claims.3.speaker`.
 * Problems found in the body carry their `line`; the content check finds the others' line from the path.
 */
export interface Problem {
  path: string;
  message: string;
  line?: number;
  /** True on the lines naming a draft `npm run new` left, which `npm run check:content -- --drafts` lists. */
  draft?: true;
}

/** A problem placed in its file: what `npm run check:content` and the build print. */
export interface LocatedProblem extends Problem {
  /** The file, relative to the project root, e.g. `content/articles/harbour-talks.mdx`. */
  file: string;
  /** 1-based line in the file. */
  line: number;
}

/** One problem as one line: `file:line: field.path: message`. */
export function formatProblem(problem: LocatedProblem): string {
  return `${problem.file}:${problem.line}: ${problem.path}: ${problem.message}`;
}

/** Every problem, one a line, under a line that counts them and the files they are in. */
export function formatProblems(problems: readonly LocatedProblem[]): string {
  const files = new Set(problems.map((problem) => problem.file)).size;
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  return [`${count(problems.length, 'problem')} in ${count(files, 'file')}:`, ...problems.map(formatProblem)].join('\n');
}

/** Thrown when content is invalid, which stops the build: the message lists every problem. */
export class ContentError extends Error {
  override name = 'ContentError';
  // A declared field, not a parameter property: Node's type stripping runs this file as it is.
  readonly problems: readonly LocatedProblem[];
  constructor(problems: readonly LocatedProblem[]) {
    super(formatProblems(problems));
    this.problems = problems;
  }
}
