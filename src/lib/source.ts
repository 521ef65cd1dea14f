/** An MDX file split into its raw YAML frontmatter and its body. */
export interface SplitSource {
  frontmatter: string;
  body: string;
}

/** Splits an MDX source at its `---` fences; a file without frontmatter is all body. */
export function splitSource(source: string): SplitSource {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/.exec(source);
  return match ? { frontmatter: match[1]!, body: match[2]! } : { frontmatter: '', body: source };
}
