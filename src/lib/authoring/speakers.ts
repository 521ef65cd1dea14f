import { findMentions } from '../text/mentions';
import { byKind, idFor, wordsOf, type Speaker } from './cast';
import { irregularPlurals, organizationNouns, peopleNouns } from './words';

/** Who a phrase refers to: an actor of the cast (or one drafted for it), or why none is proposed. */
export interface Reference {
  speaker?: Speaker;
  /** Why no speaker is proposed, when the words fit more than one. */
  note?: string;
}

/** What one sentence tells the sentences after it: who spoke or acted in it, and whom it names. */
export interface SentenceFacts {
  paragraph: number;
  /** The subject of its last attribution verb, or the speaker of its last quotation. */
  subject?: Speaker;
  /** The people it names outside quotation marks. */
  people: Speaker[];
}

/** Who speaks most plausibly, when a phrase names several: people first, outlets last (they carry, not speak). */
const speakerRank: Record<string, number> = { person: 0, other: 1, group: 1, organization: 2, country: 3, outlet: 4 };

/** A noun in the singular, as `peopleNouns` lists it. */
function singular(word: string): string {
  const lower = word.toLowerCase();
  if (irregularPlurals[lower]) return irregularPlurals[lower];
  if (peopleNouns.has(lower)) return lower;
  return lower.replace(/(?<=[^s])s$/, '');
}

/** The actors a text names, with where: a possessor is skipped for what it owns ("BrightU.AI's Enoch" names Enoch). */
export function namedIn(text: string, cast: readonly Speaker[]): { speaker: Speaker; start: number; end: number }[] {
  const aliases = new Map(cast.flatMap((member) => member.aliases.map((alias) => [alias, member] as const)));
  const mentions = findMentions(text, [...aliases.keys()]);
  return mentions
    .filter((mention) => !/^['’]s\s/.test(text.slice(mention.end, mention.end + 3)))
    .map((mention) => ({ speaker: aliases.get(mention.alias)!, start: mention.start, end: mention.end }));
}

const roleWords = (member: Speaker) => (member.roles ?? []).flatMap(wordsOf);
/** The noun a role is headed by: "minister" in "France’s foreign minister", "secretary" in "the regional secretary of the union". */
const roleHeads = (member: Speaker) => (member.roles ?? []).map((role) => wordsOf(role.split(/\s(?:of|at|to|for|who|with|in)\s/)[0] ?? '').at(-1) ?? '');
const nameWords = (member: Speaker) => [...(member.name ? [member.name] : []), ...member.aliases].flatMap(wordsOf);

/**
 * The one actor of the cast a role noun phrase fits ("the Prime Minister", "the French president", "the
 * union"): its last word is a word of the actor's role (or, for an organization, of its name), and every
 * other word is a word of its role, its name or its affiliation's. Two that fit give a note, not a guess.
 */
export function byRole(phrase: string, cast: readonly Speaker[], owner?: Speaker): Reference | undefined {
  const words = wordsOf(phrase);
  const head = words.at(-1);
  if (!head) return undefined;
  const affiliationWords = (member: Speaker) => {
    const affiliation = cast.find((other) => other.id === member.affiliation);
    return affiliation ? [...nameWords(affiliation), ...(affiliation.demonyms ?? []).flatMap(wordsOf)] : [];
  };
  const fits = cast.filter((member) => {
    if (member.kind === 'outlet' || (owner && member.affiliation !== owner.id)) return false;
    // "the union" is an organization's; "the minister" a person's, by the noun that heads the role.
    if (organizationNouns.has(head) ? member.kind === 'person' : member.kind !== 'person' && !roleHeads(member).includes(head)) return false;
    const own = [...roleHeads(member), ...(member.kind === 'person' ? [] : nameWords(member))];
    const all = new Set([...roleWords(member), ...nameWords(member), ...affiliationWords(member)]);
    return own.includes(head) && words.slice(0, -1).every((word) => all.has(word));
  });
  if (fits.length === 1) return { speaker: fits[0]! };
  if (fits.length > 1) return { note: `"${phrase.trim()}" fits ${fits.map((member) => member.id).join(' and ')}: set the speaker` };
  return undefined;
}

/** The person or group a pronoun refers to: the subject or the one person of the sentences before, in this paragraph or the one before. */
export function byPronoun(pronoun: string, history: readonly SentenceFacts[], paragraph: number): Reference | undefined {
  const plural = /^they$/i.test(pronoun);
  for (const facts of [...history].reverse()) {
    if (facts.paragraph < paragraph - 1) break;
    if (plural) {
      if (facts.subject && facts.subject.kind !== 'person') return { speaker: facts.subject };
      continue;
    }
    if (facts.subject?.kind === 'person') return { speaker: facts.subject };
    const people = [...new Map(facts.people.map((person) => [person.id, person])).values()];
    if (people.length === 1) return { speaker: people[0]! };
    if (people.length > 1) return { note: `"${pronoun}" could be ${people.map((person) => person.id).join(' or ')}: set the speaker` };
  }
  return undefined;
}

/** An unnamed speaker, such as "European officials" or "one librarian": a known unnamed actor by that name, or a new one. */
function unnamed(phrase: string, cast: readonly Speaker[], plural: boolean): Speaker {
  const head = singular(wordsOf(phrase).at(-1) ?? '');
  const modifiers = wordsOf(phrase).slice(0, -1).filter((word) => !/^(?:one|another|a|an|some|many|several)$/.test(word));
  const known = cast.find((member) => member.unnamed && member.aliases.some((alias) => {
    const words = wordsOf(alias);
    return singular(words.at(-1) ?? '') === head && words.slice(0, -1).join(' ') === modifiers.join(' ');
  }));
  if (known) return known;
  const written = plural ? phrase.trim() : phrase.trim().split(/\s+/).slice(-1 - modifiers.length).join(' ');
  const demonym = cast.find((member) => member.kind !== 'person' && (member.demonyms ?? []).some((form) => wordsOf(form)[0] === modifiers[0]));
  const name = written.charAt(0).toUpperCase() + written.slice(1);
  return {
    id: idFor(written) ?? 'unnamed-source',
    name: `${name} (unnamed)`,
    kind: plural ? 'group' : 'person',
    aliases: [written],
    ...(demonym ? { affiliation: demonym.id } : {}),
    unnamed: true,
    drafted: true,
  };
}

/** An organization named by a possessive, such as "Russia’s foreign ministry": a cast member by that name, or a new one. */
function possessed(owner: Speaker, written: string, cast: readonly Speaker[]): Speaker {
  const known = cast.find((member) => member.aliases.includes(written));
  if (known) return known;
  return { id: idFor(written) ?? 'organization', name: written, kind: 'organization', aliases: [written], affiliation: owner.id, drafted: true };
}

const determiners = /^(?:the|one|another|a|an|some|many|several|its|his|her|their)$/i;

/**
 * Who a subject phrase refers to, in the order a reader settles it: an actor it names (people first,
 * nearest the verb), a pronoun, a possessive ("Russia’s foreign ministry", "Medora’s chief executive"),
 * a role noun ("the Prime Minister", "the union"), then an unnamed source ("European officials").
 */
export function resolveSubject(window: string, cast: readonly Speaker[], history: readonly SentenceFacts[], paragraph: number): Reference | undefined {
  // A relative clause closed by a comma says something of the subject; it is not the subject.
  const phrase = window.replace(/,\s+(?:who|which|whose|in|at|on|during|after|before|speaking|writing)\s[^,]*,/g, (clause) => ' '.repeat(clause.length));
  const named = namedIn(phrase, cast).sort(
    (a, b) => (speakerRank[a.speaker.kind] ?? 5) - (speakerRank[b.speaker.kind] ?? 5) || b.end - a.end,
  );
  const best = named[0];
  if (best && best.speaker.kind !== 'outlet') return { speaker: best.speaker };
  const pronoun = /\b(he|she|they)\b(?!.*\b(?:he|she|they)\b)/i.exec(phrase);
  if (pronoun) return byPronoun(pronoun[1]!, history, paragraph);
  const possessive = /([\p{L}][\p{L}.&’' -]*?)[’']s\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*)[\s,]*$/u.exec(phrase);
  if (possessive) {
    const [, ownerText = '', owned = ''] = possessive;
    const ownerWords = ownerText.trim().split(/\s+/);
    const proper = /^\p{Lu}/u.test(ownerWords.at(-1) ?? '');
    const owner = proper ? namedIn(`${ownerText.trim()} `, cast).at(-1)?.speaker : byKind(ownerText, cast);
    if (owner) {
      const head = wordsOf(owned).at(-1) ?? '';
      if (organizationNouns.has(head)) return { speaker: possessed(owner, `${ownerText.trim()}’s ${owned}`.replace(/^[Tt]he\s+/, ''), cast) };
      return byRole(owned, cast, owner) ?? byRole(owned, cast);
    }
  }
  const words = phrase.replace(/^[\s,]*(?:(?:and|but|while|whereas|as|though|although|according to)\s+)*/i, '').trim().split(/\s+/).filter(Boolean);
  const at = words.findLastIndex((word) => determiners.test(word));
  const noun = (at >= 0 ? words.slice(at + 1) : words).join(' ').replace(/[,.;:]+$/, '');
  const head = wordsOf(noun).at(-1) ?? '';
  const determiner = at >= 0 ? words[at]!.toLowerCase() : '';
  if (!head) return best ? { speaker: best.speaker } : undefined;
  const plural = singular(head) !== head || head in irregularPlurals;
  if (/^(?:one|another|a|an)$/.test(determiner) && peopleNouns.has(singular(head))) return { speaker: unnamed(`${words[at]} ${noun}`, cast, false) };
  if (determiner === 'the' || determiner === '') {
    const role = byRole(noun, cast);
    if (role) return role;
    // "The regional transport authority said": an organization the text names by what it is, new to the site.
    const written = noun.trim();
    if (determiner === 'the' && organizationNouns.has(head) && wordsOf(written).length >= 2 && !best) {
      return { speaker: { id: idFor(written) ?? 'organization', name: written.charAt(0).toUpperCase() + written.slice(1), kind: 'organization', aliases: [written], drafted: true } };
    }
  }
  if (plural && peopleNouns.has(singular(head)) && wordsOf(noun).length <= 3) return { speaker: unnamed(noun, cast, true) };
  return best ? { speaker: best.speaker } : undefined;
}
