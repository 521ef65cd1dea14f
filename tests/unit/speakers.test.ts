import { describe, expect, it } from 'vitest';
import { castOf, type CastMember, type Speaker } from '../../src/lib/authoring/cast';
import { candidateActors } from '../../src/lib/authoring/candidates';
import type { KnownActor } from '../../src/lib/authoring/known';
import { quotedSpans } from '../../src/lib/authoring/marks';
import { draftPositions } from '../../src/lib/authoring/positions';
import { findQuotations } from '../../src/lib/authoring/quotations';

const known = (id: string, name: string, kind: string, aliases: string[], extra: Partial<KnownActor> = {}): KnownActor => ({
  id, name, kind, aliases, demonyms: [], registered: true, articles: [], ...extra,
});

const site: KnownActor[] = [
  known('keir-starmer', 'Keir Starmer', 'person', ['Keir Starmer', 'Starmer'], { role: { text: 'British Prime Minister', slug: 'a' }, affiliation: 'united-kingdom' }),
  known('giorgia-meloni', 'Giorgia Meloni', 'person', ['Giorgia Meloni'], { role: { text: 'Italian Prime Minister', slug: 'a' } }),
  known('emmanuel-macron', 'Emmanuel Macron', 'person', ['Emmanuel Macron', 'Macron'], { role: { text: 'French President', slug: 'a' } }),
  known('france', 'France', 'country', ['France']),
  known('russia', 'Russia', 'country', ['Russia', 'Moscow'], { demonyms: ['Russian'] }),
  known('le-figaro', 'Le Figaro', 'outlet', ['Le Figaro']),
  known('analysts', 'Analysts (unnamed)', 'group', ['Analysts'], { unnamed: true }),
];

/** The cast of a text as `npm run new` builds it, from the site above and the names compromise finds. */
function castFor(texts: readonly string[]): CastMember[] {
  const paragraphs = texts.map((text) => ({ text }));
  const named = site.filter((actor) => actor.aliases.some((alias) => texts.some((text) => text.includes(alias))));
  return castOf(paragraphs, named, candidateActors(paragraphs, site));
}

/** Each quotation's first words and its proposed speaker (or `scare`, or the note). */
function speakers(...texts: string[]): [string, string][] {
  return findQuotations(texts.map((text) => ({ text })), castFor(texts)).flatMap((quotation) =>
    quotation.quoted.map((quoted) => [quoted, quotation.scare ? 'scare' : (quotation.speaker ?? `none: ${quotation.note ?? ''}`)] as [string, string]),
  );
}

describe('quotedSpans', () => {
  it('finds quotations between the marks of its table, marks included, and only those', () => {
    const text = 'He said “yes” and "no", not «peut-être».';
    expect(quotedSpans(text).map((span) => span.text)).toEqual(['“yes”', '"no"']);
    expect(quotedSpans(text, [{ open: '«', close: '»' }]).map((span) => span.text)).toEqual(['«peut-être»']);
  });
});

describe('findQuotations: speakers by role and reference', () => {
  it.each([
    ['a role noun, matched to the one actor of the text whose role has it', ['Keir Starmer arrived. “We are ready,” the Prime Minister said.'], 'keir-starmer'],
    ['a role noun with its adjective', ['French President Emmanuel Macron spoke. “It is robust,” the French president said.'], 'emmanuel-macron'],
    ['a pronoun, back to the person of the paragraph before', ['France’s foreign minister, Jean-Noël Barrot, spoke first.', '“We will not wait,” he told reporters.'], 'jean-noel-barrot'],
    ['“according to”, the outlet carrying and the person speaking', ['According to Le Figaro, Macron told ministers the plan was “irreversible”.'], 'emmanuel-macron'],
    ['a possessor skipped for what it owns', ['“We are sorry,” Medora’s chief executive, Lars Eklund, said.'], 'lars-eklund'],
    ['a possessive organization', ['Russia’s foreign ministry said the troops would be “legitimate targets”.'], 'russia-foreign-ministry'],
    ['an unnamed source', ['“It will be small,” European officials say.'], 'european-officials'],
    ['an unnamed source the registry has', ['Analysts were split. Another analyst, who asked not to be named because her firm advises Acme Group, called it “a bad day”.'], 'analysts'],
    ['a name after “said” that compromise misses', ['“People have booked trips,” said Priya Lal of the campaign group Fair Fares.'], 'priya-lal'],
    ['the clause before a colon that opens the quotation', ['“It will be loud,” said Peter Lund. His neighbour, Carol Dunne, disagreed: “If this brings jobs, I am for it.”'], 'carol-dunne'],
    ['a verb of saying the tagger misreads, past a parenthesis', ['The advisers, in a report published in June, described such expansion as “incompatible with the carbon budget”.'], 'advisers'],
    ['a name in apposition before “said” that compromise misses', ['The general secretary of the aviation workers’ union, Dev Raman, said the jobs must be “good jobs”.'], 'dev-raman'],
  ])('%s', (_, texts, speaker) => {
    expect(speakers(...texts).at(-1)?.[1]).toBe(speaker);
  });

  it('proposes no speaker where two actors fit, and says which', () => {
    const texts = ['The floods minister, Hannah Pryce, and the water minister, Owen Gale, visited. “We will help,” the minister said.'];
    expect(speakers(...texts).at(-1)).toEqual(['“We will help,”', 'none: "minister" fits hannah-pryce and owen-gale: set the speaker']);
  });

  it('proposes no speaker for “he” when the sentence before names two people and neither spoke', () => {
    const texts = ['Starmer met Macron in Paris.', '“It went well,” he said.'];
    expect(speakers(...texts).at(-1)).toEqual(['“It went well,”', 'none: "he" could be keir-starmer or emmanuel-macron: set the speaker']);
  });

  it('keeps a quotation split by its attribution in one claim, and a sentence of quotation with the speaker before', () => {
    const text = '“We will be there,” Starmer said, “but not for long.” “Nothing more.”';
    const found = findQuotations([{ text }], castFor([text]));
    expect(found.map(({ excerpt, quoted, speaker }) => ({ excerpt, quoted, speaker }))).toEqual([
      { excerpt: '“We will be there,” Starmer said, “but not for long.”', quoted: ['“We will be there,”', '“but not for long.”'], speaker: 'keir-starmer' },
      { excerpt: '“Nothing more.”', quoted: ['“Nothing more.”'], speaker: 'keir-starmer' },
    ]);
  });

  it('cuts a sentence with two speakers into two claims at the clause between them', () => {
    const text = 'Farah Siddiqui called the cuts “a choice dressed up”, while Starmer said there was “no money left”.';
    const found = findQuotations([{ text }], castFor([text]));
    expect(found.map(({ excerpt, speaker }) => ({ excerpt, speaker }))).toEqual([
      { excerpt: 'Farah Siddiqui called the cuts “a choice dressed up”', speaker: 'farah-siddiqui' },
      { excerpt: 'Starmer said there was “no money left”.', speaker: 'keir-starmer' },
    ]);
  });

  it('takes quotation marks around a phrase in a sentence with no attribution for scare quotes, not a claim', () => {
    expect(speakers('Under the plan, so-called “community hubs” would replace the libraries.')).toEqual([['“community hubs”', 'scare']]);
    expect(speakers('Starmer called the plan “vital”.')).toEqual([['“vital”', 'keir-starmer']]);
  });
});

describe('castOf: new actors drafted in full', () => {
  const byId = (cast: readonly Speaker[], id: string) => cast.find((member) => member.id === id);

  it('drafts a person with the role the text gives, an affiliation from a possessive, and the aliases the body uses', () => {
    const cast = castFor(['France’s foreign minister, Jean-Noël Barrot, spoke.', 'Barrot left early.']);
    expect(byId(cast, 'jean-noel-barrot')).toEqual({
      id: 'jean-noel-barrot', name: 'Jean-Noël Barrot', kind: 'person', aliases: ['Jean-Noël Barrot', 'Barrot'],
      roleInText: 'France’s foreign minister', roles: ['France’s foreign minister'], affiliation: 'france', drafted: true,
    });
  });

  it('drafts the organization a person belongs to by apposition, and gives a known actor the role the text writes before its name', () => {
    const cast = castFor(['“It never was,” said Ruth Abernathy, an analyst at Calder & Finch. Italian Prime Minister Giorgia Meloni disagreed.']);
    expect(byId(cast, 'ruth-abernathy')).toMatchObject({ roleInText: 'an analyst at Calder & Finch', affiliation: 'calder-finch' });
    expect(byId(cast, 'calder-finch')).toMatchObject({ name: 'Calder & Finch', kind: 'organization', drafted: true });
    expect(byId(cast, 'giorgia-meloni')?.roleInText).toBe('Italian Prime Minister');
  });
});

describe('draftPositions', () => {
  const questions = [{ id: 'troops', cues: ['troop', 'soldier'] }, { id: 'us-role', cues: ['Washington'] }];

  it.each([
    ['“We will send troops,” said Starmer.', 'unclear', 'the words give no stance: set it'],
    ['Meloni ruled out sending “even one soldier”.', 'opposes', 'the stance from "ruled out"'],
    ['Starmer said Britain “backs the troops”.', 'supports', 'the stance from "backs"'],
    ['Starmer said Britain “backs the troops” but rejects a “large force”.', 'unclear', 'the words give no stance: set it'],
  ])('%j: %s', (excerpt, stance, evidence) => {
    const [draft, ...rest] = draftPositions([{ excerpt, quoted: [], speaker: 'keir-starmer' }], questions);
    expect(rest).toEqual([]);
    expect(draft).toMatchObject({ actor: 'keir-starmer', question: 'troops', stance, excerpts: [excerpt] });
    expect(draft?.evidence).toContain(evidence);
  });

  it('proposes nothing for scare quotes, a quotation without a speaker, or words that hold no cue', () => {
    expect(draftPositions([
      { excerpt: 'The “troop surge” began.', quoted: [], scare: true },
      { excerpt: '“Send troops,” someone said.', quoted: [] },
      { excerpt: '“It is robust,” said Macron.', quoted: [], speaker: 'emmanuel-macron' },
    ], questions)).toEqual([]);
  });
});
