import { describe, expect, it } from 'vitest';
import { schemaAt, schemaProblems } from '../../src/lib/check/schema-messages';
import { articleActorSchema } from '../../src/schemas/actor';
import { articleSchema } from '../../src/schemas/article';
import { idSchema } from '../../src/schemas/id';
import { readFixture } from '../support/fixture';

/** The problems the schema finds in the good fixture after one change, worded for authors. */
function problems(change: (frontmatter: Record<string, any>) => void, written: { text: string; plain: boolean } | undefined = undefined) {
  const { frontmatter } = readFixture('good/harbour-talks.mdx') as { frontmatter: Record<string, any> };
  change(frontmatter);
  const issues = articleSchema.safeParse(frontmatter).error?.issues ?? [];
  return schemaProblems(issues, articleSchema, frontmatter, () => written).map((problem) => `${problem.path}: ${problem.message}`);
}

describe('schemaAt', () => {
  it('looks through lists, defaults and options', () => {
    expect(schemaAt(articleSchema, ['actors', 3])).toBe(articleActorSchema);
    expect(schemaAt(articleSchema, ['claims', 0, 'speaker'])).toBe(idSchema);
    expect(schemaAt(articleSchema, ['nowhere', 'at', 'all'])).toBeUndefined();
  });
});

describe('schemaProblems', () => {
  it.each<[string, (f: Record<string, any>) => void, string]>([
    ['an actor written as text', (f) => (f.actors[1] = 'ana-reyes'), 'actors.1: found the text "ana-reyes", expected fields (id, name, kind, role, affiliation, aliases, demonyms, unnamed, draft)'],
    ['a date that is not one', (f) => (f.published = 'last Tuesday'), 'published: found the text "last Tuesday", expected a real date written YYYY-MM-DD'],
    ['a list where text belongs', (f) => (f.headline = ['Harbour', 'talks']), 'headline: found a list, expected text'],
    ['a missing list of actors', (f) => delete f.actors, 'actors: required, but missing; expected a list'],
    ['a kind that is not text', (f) => (f.actors[0].kind = 3), 'actors.0.kind: found the number 3; expected one of "person", "country", "organization", "outlet", "group", "other"'],
    ['an unknown top-level field', (f) => (f.slug = 'other'), 'slug: unknown field "slug"; the fields here are lang, headline, keyPoints, sources, topics, published, author, outlet, url, actors, questions, positions, claims'],
  ])('words %s', (_case, change, expected) => {
    expect(problems(change)).toEqual([expected]);
  });

  it('tells an author to quote a value YAML read as something else, only when it was written plain', () => {
    expect(problems((f) => (f.headline = 2025), { text: '2025', plain: true })).toEqual([
      'headline: YAML reads the unquoted 2025 as a number, but text is expected here; quote it: "2025"',
    ]);
    expect(problems((f) => (f.headline = false), { text: 'false', plain: true })).toEqual([
      'headline: YAML reads the unquoted false as a boolean (true or false), but text is expected here; quote it: "false"',
    ]);
    expect(problems((f) => (f.headline = 2025), { text: '!!int 2025', plain: false })).toEqual(['headline: found the number 2025, expected text']);
  });
});
