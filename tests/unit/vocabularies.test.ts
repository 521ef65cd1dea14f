import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actorSchema } from '../../src/schemas/actor';
import { claimSchema } from '../../src/schemas/claim';
import { positionSchema } from '../../src/schemas/position';
import { actorKinds, claimKinds, sourcingClasses, stances, type Term } from '../../src/schemas/vocabularies';
import { root } from '../support/build';

const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The rows of the table under a README `####` heading, as [value, label, symbol, meaning]. */
function documentedTerms(heading: string): string[][] {
  const section = readme.split(/^#### /m).find((part) => part.startsWith(`${heading}\n`)) ?? '';
  return [...section.matchAll(/^\| `([^`]+)` \| (.+?) \| (.+?) \| (.+?) \|$/gm)].map((match) => match.slice(1));
}

const rows = (terms: Record<string, Term>) => Object.entries(terms).map(([value, term]) => [value, term.label, term.symbol, term.meaning]);

describe('each closed vocabulary', () => {
  it.each([
    ['Stances', stances],
    ['Claim kinds', claimKinds],
    ['Actor kinds', actorKinds],
    ['Sourcing classes', sourcingClasses],
  ])('%s: the README table lists every value with its label, symbol and meaning, in order', (heading, terms) => {
    expect(documentedTerms(heading)).toEqual(rows(terms));
  });

  it.each([
    ['stance', positionSchema.shape.stance, stances],
    ['claim kind', claimSchema.shape.kind, claimKinds],
    ['actor kind', actorSchema.shape.kind, actorKinds],
  ])('the schema allows exactly the %s values', (_name, schema, terms) => {
    expect(schema.options).toEqual(Object.keys(terms));
  });

  it('gives every value a distinct symbol within its vocabulary', () => {
    for (const terms of [stances, claimKinds, actorKinds, sourcingClasses]) {
      const symbols = Object.values(terms).map((term: Term) => term.symbol);
      expect(new Set(symbols).size).toBe(symbols.length);
    }
  });
});
