import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article';
import { readFixture } from '../support/fixture';

const good = () => readFixture('good/harbour-talks.mdx').frontmatter as Record<string, any>;

/** The first issue the schema reports, as `path: message`. */
function firstIssue(frontmatter: unknown): string {
  const result = articleSchema.safeParse(frontmatter);
  if (result.success) return 'valid';
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

describe('articleSchema', () => {
  it('accepts the good fixture and fills defaults', () => {
    const { topics, published, author } = articleSchema.parse(good());
    expect({ topics, published, author }).toEqual({ topics: [], published: undefined, author: undefined });
  });

  it('accepts markup that cannot act, which the site shows as text', () => {
    const text = 'Talks <b>resume</b> & 3 < 5 > 2 "quoted" <img src="x.png">';
    expect(articleSchema.parse({ ...good(), headline: text }).headline).toBe(text);
  });

  it('coerces a stated publication date', () => {
    expect(articleSchema.parse({ ...good(), published: '2025-03-04' }).published).toEqual(new Date('2025-03-04T00:00:00Z'));
  });

  it.each<[string, (f: Record<string, any>) => void, string]>([
    ['a missing headline', (f) => delete f.headline, 'headline: Invalid input: expected string, received undefined'],
    ['an empty headline', (f) => (f.headline = '  '), 'headline: must not be empty'],
    ['no actors', (f) => (f.actors = []), 'actors: needs at least one actor'],
    ['an actor kind outside the vocabulary', (f) => (f.actors[0].kind = 'city'), 'actors.0.kind: Invalid option: expected one of "person"|"country"|"organization"|"outlet"|"group"|"other"'],
    ['an unsafe id', (f) => (f.actors[0].id = 'North Port'), 'actors.0.id: must be a slug: lower-case letters, digits and single hyphens, e.g. "keir-starmer"'],
    ['a stance outside the vocabulary', (f) => (f.positions[0].stance = 'maybe'), 'positions.0.stance: Invalid option: expected one of "supports"|"opposes"|"conditional"|"unclear"'],
    ['a position without excerpts', (f) => (f.positions[0].excerpts = []), 'positions.0.excerpts: needs at least one excerpt of the body'],
    ['a claim kind outside the vocabulary', (f) => (f.claims[0].kind = 'rumour'), 'claims.0.kind: Invalid option: expected one of "quote"|"paraphrase"|"reported"|"assertion"|"analysis"'],
    ['an excerpt YAML read as a number', (f) => (f.claims[0].excerpt = 2025), 'claims.0.excerpt: Invalid input: expected string, received number'],
    ['an unknown field', (f) => (f.claims[0].speakr = 'ana-reyes'), 'claims.0: Unrecognized key: "speakr"'],
    ['an address that is not a URL', (f) => (f.url = 'example dot org'), 'url: must be a web address starting with https:// or http://'],
    ['a javascript: address', (f) => (f.url = 'javascript:alert(1)'), 'url: must be a web address starting with https:// or http://'],
    ['an id the site’s addresses use', (f) => (f.claims[0].id = 'full'), 'claims.0.id: "full" is reserved for the site\'s own addresses, such as /articles/<slug>/full/; choose another'],
    ['a script in a string', (f) => (f.keyPoints[0] = 'Deal <script>alert(1)</script>'), 'keyPoints.0: contains <script>, which runs code; this is plain text and Dossier publishes no code: remove the markup'],
    ['an event handler in a string', (f) => (f.actors[0].name = '<b onmouseover="alert(1)">Northport</b>'), 'actors.0.name: contains the event handler onmouseover= inside <b>, which runs code; this is plain text and Dossier publishes no code: remove the markup'],
  ])('rejects %s', (_case, change, expected) => {
    const frontmatter = good();
    change(frontmatter);
    expect(firstIssue(frontmatter)).toBe(expected);
  });
});
