/** An MDX file split into its raw YAML frontmatter and its body. */
export interface SplitSource {
  frontmatter: string;
  body: string;
}

/** An article file cut where Astro cuts it: the frontmatter's YAML and the MDX body, each with its offset. */
export interface ArticleParts {
  yaml: string;
  yamlOffset: number;
  body: string;
  bodyOffset: number;
}

// The pattern of Astro's own frontmatter parser, so the check reads the same fields and body the build does.
const fenced = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** Splits an article into frontmatter and body; `undefined` when it has no frontmatter. */
export function splitArticle(source: string): ArticleParts | undefined {
  const match = fenced.exec(source);
  if (!match) return undefined;
  const bodyOffset = match.index + match[0].length;
  return { yaml: match[1]!, yamlOffset: bodyOffset - match[1]!.length - 3, body: source.slice(bodyOffset), bodyOffset };
}

/** Splits an MDX source at its `---` fences, the body starting on the line after them; a file without frontmatter is all body. */
export function splitSource(source: string): SplitSource {
  const parts = splitArticle(source);
  return parts ? { frontmatter: parts.yaml, body: parts.body.replace(/^\r?\n/, '') } : { frontmatter: '', body: source };
}
