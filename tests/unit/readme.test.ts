import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { limits } from '../../src/lib/check/limits';
import { articleActorSchema, registryActorSchema } from '../../src/schemas/actor';
import { articleSchema } from '../../src/schemas/article';
import { claimSchema } from '../../src/schemas/claim';
import { articleQuestionSchema, registryQuestionSchema } from '../../src/schemas/question';
import { positionSchema } from '../../src/schemas/position';
import { root } from '../support/build';
import { expectedLines } from '../support/fixture';

const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The field names in the first column of the table under a README heading. */
function documentedFields(heading: string): string[] {
  const section = readme.split(/^### /m).find((part) => part.split('\n')[0]!.replace(/\s*\(.*\)$/, '').trim() === heading);
  if (!section) return [];
  return [...section.matchAll(/^\| `([a-zA-Z]+)` \|/gm)].map((match) => match[1]!);
}

describe('the README’s frontmatter reference', () => {
  it.each([
    ['Article', articleSchema],
    ['Actor in an article', articleActorSchema],
    ['Question in an article', articleQuestionSchema],
    ['Registry actor', registryActorSchema],
    ['Registry question', registryQuestionSchema],
    ['Position', positionSchema],
    ['Claim', claimSchema],
  ])('documents exactly the fields of the %s schema', (heading, schema) => {
    expect(documentedFields(heading)).toEqual(Object.keys(schema.shape));
  });
});

describe('the README’s section on checking an article', () => {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Checking an article')) ?? '';
  const quoted = [...section.matchAll(/```text\n([\s\S]*?)```/g)].flatMap((match) => match[1]!.split('\n').filter(Boolean));
  const printed = new Set(
    [...readdirSync(join(root, 'tests/fixtures/invalid')).map((name) => `invalid/${name}`), 'round-trip/broken'].flatMap(expectedLines),
  );

  it('quotes two messages, each one the check really prints for a fixture', () => {
    expect(quoted).toHaveLength(2);
    for (const line of quoted) expect(printed).toContain(line);
  });
});

describe('the README’s limits', () => {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Checking an article')) ?? '';
  const table = section.slice(section.indexOf('| What | At most |'));
  const rows = [...table.matchAll(/^ *\| (?!What|---)(.+?) \| ([\d,]+) /gm)].map((match) => Number(match[2]!.replaceAll(',', '')));

  it('are those the check holds articles to, in the order of limits.ts', () => {
    expect(rows).toEqual(Object.values(limits));
  });
});
