/** Response headers by path pattern, as Netlify and Cloudflare Pages read a `_headers` file. */
export type HeaderRules = Map<string, Map<string, string>>;

/**
 * Parses a `_headers` file: a path pattern (`/…` or a full URL) alone on its line, then its headers
 * indented as `Name: value`. Header names are lower-cased. Throws on any line that is neither.
 */
export function parseHeadersFile(text: string): HeaderRules {
  const rules: HeaderRules = new Map();
  let current: Map<string, string> | undefined;
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const header = /^\s+([A-Za-z-]+):\s*(\S.*)$/.exec(line);
    if (/^(\/|https?:\/\/)\S*$/.test(line)) rules.set(line, (current = new Map()));
    else if (header && current) current.set(header[1]!.toLowerCase(), header[2]!.trim());
    else throw new Error(`_headers line ${index + 1} is neither a path nor an indented "Name: value": ${line}`);
  });
  return rules;
}

/** The headers an nginx block adds, from its `add_header Name "value" always;` lines. */
export function nginxHeaders(block: string): Map<string, string> {
  return new Map([...block.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;/gm)].map((m) => [m[1]!.toLowerCase(), m[2]!]));
}

/** A Content Security Policy as its directives, each with its sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}
