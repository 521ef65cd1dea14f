/** One thing wrong with an article, pointed at by its field path, e.g. `claims.3.speaker`. */
export interface Problem {
  path: string;
  message: string;
}

/** Thrown when content is invalid: the message lists every problem as `file: path: message`. */
export class ContentError extends Error {
  override name = 'ContentError';
  constructor(
    readonly file: string,
    readonly problems: readonly Problem[],
  ) {
    super(formatProblems(file, problems));
  }
}

/** Renders problems one per line, each naming the file and the field. */
export function formatProblems(file: string, problems: readonly Problem[]): string {
  const lines = problems.map((problem) => `${file}: ${problem.path}: ${problem.message}`);
  return `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${file}:\n${lines.join('\n')}`;
}
