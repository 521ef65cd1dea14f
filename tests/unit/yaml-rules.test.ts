import { describe, expect, it } from 'vitest';
import { limits } from '../../src/lib/check/limits';
import { yamlTextProblems } from '../../src/lib/check/yaml-rules';

/** The problems found in a YAML text that starts on line 2, as `line: message`. */
function problems(yaml: string): string[] {
  const lineOf = (offset: number) => 2 + yaml.slice(0, offset).split('\n').length - 1;
  return yamlTextProblems(yaml, 2, lineOf).map((problem) => `${problem.line}: ${problem.message}`);
}

describe('yamlTextProblems', () => {
  it.each([
    'headline: "A & B, *not* an alias, !not a tag"\nkeyPoints:\n  - "<<"\n  - plain & text\n',
    `topics: ${'['.repeat(limits.depth)}x${']'.repeat(limits.depth)}\n`,
  ])('lets ordinary YAML through: %j', (yaml) => {
    expect(problems(yaml)).toEqual([]);
  });

  it.each([
    ['an anchor and its alias', 'a: &x "long"\nb: *x\n', ['2: the YAML anchor &x is not allowed: anchors and aliases repeat a value elsewhere, which an article never needs; write each value out', '3: the YAML alias *x is not allowed: anchors and aliases repeat a value elsewhere, which an article never needs; write each value out instead of *x']],
    ['a tag', 'role: !!binary aGk=\n', ['2: the YAML tag !!binary is not allowed: every value is text, a list or a group of fields; remove the tag and quote the value']],
    ['a merge key', 'actors:\n  - <<: {id: x}\n', ['3: the YAML merge key << is not allowed: it copies fields from elsewhere, which an article never needs; write each field out']],
    ['a directive', '%YAML 1.2\n---\na: b\n', ['2: the YAML directive %YAML 1.2 is not allowed: frontmatter is fields alone; remove the line']],
    ['brackets nested past the limit', `topics: ${'['.repeat(1000)}${']'.repeat(1000)}\n`, [`2: lists and fields nest more than ${limits.depth} deep here, past the limit; an article needs at most four levels`]],
    ['a control character', 'a: b\nc: d\u001be\n', ['3: U+001B (ESCAPE) at column 5 is a control character, invisible to a reader and not allowed in XML: remove it']],
  ])('refuses %s, at its line', (_case, yaml, expected) => {
    expect(problems(yaml)).toEqual(expected);
  });

  it('refuses frontmatter past its size, counted in characters, before reading it', () => {
    expect(problems(`a: "${'🚢'.repeat(limits.frontmatter - 10)}"\n`)).toEqual([]);
    expect(problems(`a: "${'x'.repeat(limits.frontmatter)}"\n`)).toEqual([
      '2: the frontmatter is 200,006 characters long, past the limit of 200,000 at this line; is more than the analysis pasted here?',
    ]);
  });
});
