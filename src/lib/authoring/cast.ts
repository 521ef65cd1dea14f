import { slugify } from '../check/did-you-mean';
import { idSchema } from '../../schemas/id';
import { findMentions } from '../text/mentions';
import type { Candidate } from './candidates';
import type { KnownActor } from './known';
import { escapeRegExp, quotedSpans } from './marks';
import { honorifics, openers, organizationNouns, organizationRoles, outletWords } from './words';

/** A paragraph of the body, as the authoring tools read it. */
export interface Paragraph {
  text: string;
}

/** An actor of the text being scaffolded: a known one the body names, or one drafted from the body. */
export interface Speaker {
  id: string;
  /** The name shown; the id stands in when left out. */
  name?: string;
  kind: string;
  /** The forms that name it in this body, case and all. */
  aliases: string[];
  /** Adjectives and demonyms for it ("Italian"). */
  demonyms?: string[];
  /** What it is called besides its name: the role this text gives it first, then the newest article's. */
  roles?: string[];
  /** The role this text gives it, in the text's own words. */
  roleInText?: string;
  affiliation?: string;
  unnamed?: boolean;
  /** True when it is new to the site: `npm run new` drafts it in full. */
  drafted?: boolean;
  /** True when it is in the registry. */
  registered?: boolean;
}

/** An actor of the cast, named. */
export type CastMember = Speaker & { name: string };

/** An actor's id from a name: "Russia’s foreign ministry" gives `russia-foreign-ministry`; `undefined` when no id can be made. */
export function idFor(name: string): string | undefined {
  const id = slugify(name.replace(/[’']s\b/gu, ''));
  return idSchema.safeParse(id).success ? id : undefined;
}

const abbreviation = /^(?:\p{Lu}\.){2,}$/u;
const capitalized = /^[\p{Lu}\p{N}]/u;

/**
 * The title written before a name, as in "British Prime Minister Keir Starmer" or "Council leader Dominic
 * Achterberg": the capitalized words (and "of", "to" between them) up to the name, never an honorific
 * alone, never the word that opens the sentence or clause.
 */
function titleBefore(before: string): string | undefined {
  const tokens = before.trimEnd().split(/\s+/);
  if (!/\s$/.test(before)) return undefined;
  const title: string[] = [];
  for (let index = tokens.length - 1; index >= 0; index -= 1) {
    const token = tokens[index]!;
    if (token === '' || /[,;:“”"(]$/.test(token) || (/\.$/.test(token) && !abbreviation.test(token))) break;
    if (openers.has(token) && title.length > 0 && !/^(?:The)$/.test(token)) break;
    if (capitalized.test(token) || abbreviation.test(token)) title.unshift(token);
    else if ((token === 'of' || token === 'to') && title.length > 0) title.unshift(token);
    else if (title.length === 0 && /^\p{Ll}+$/u.test(token) && capitalized.test(tokens[index - 1] ?? '')) title.unshift(token);
    else break;
  }
  while (title.length > 0 && (openers.has(title[0]!) || title[0] === 'of' || title[0] === 'to')) title.shift();
  const words = title.filter((word) => !honorifics.has(word));
  if (words.length === 0 || words.every((word) => /[’']s$/.test(word))) return undefined;
  return words.join(' ');
}

/** A possessor before a role: capitalized words ("Southby’s", "The Environment Agency’s") or "the" and a noun ("the council’s"). */
const possessor = String.raw`(?:(?:\p{Lu}[\p{L}.&’'-]*\s+)*\p{Lu}[\p{L}.&’'-]*|(?:[Tt]he|[Ii]ts|[Tt]heir)\s+\p{Ll}+)[’']s\s+`;
const determiner = String.raw`(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)\s+`;

/** A role written in apposition before a name: "France’s foreign minister, Jean-Noël Barrot" gives "France’s foreign minister". */
function appositionBefore(before: string): string | undefined {
  const pattern = new RegExp(String.raw`(?:^|[,;:.“”"]\s+|\b(?:and|while|said|says|added|wrote)\s+)((?:${determiner})?(?:${possessor})?\p{Ll}[\p{Ll} -]*?),\s+$`, 'u');
  return pattern.exec(before)?.[1];
}

/** A role written in apposition after a name: "Ana Reyes, the mayor of Northport," gives "the mayor of Northport". */
function appositionAfter(after: string): string | undefined {
  const match = /^,\s+((?:the|an?)\s+[^,.;:“”"()]+?|[\p{L}][\p{L}.&’' -]*?[’']s\s+\p{Ll}[^,.;:“”"()]*?|(?!(?:who|which|whose|where)\s)\p{Ll}[\p{Ll} -]*\s(?:at|of|for)\s\p{Lu}[^,.;:“”"()]*?)(?=\s+who\s|\s+which\s|[,.;:“”"]|$)/u.exec(after);
  return match?.[1];
}

/** A role as the cast keeps it: without a leading "the" or "its", which reads as the text's when shown alone. */
const bare = (role: string) => role.replace(/^(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+/, '');

/** The organization written after a person's name, as in "Priya Lal of the campaign group Fair Fares". */
function organizationAfter(after: string): string | undefined {
  return /^\s+(?:of|from|at)\s+(?:the\s+)?(?:\p{Ll}+\s+){0,3}((?:\p{Lu}[\p{L}’'&-]*)(?:\s+(?:&\s+)?\p{Lu}[\p{L}’'&-]*)*)/u.exec(after)?.[1];
}

/** The organization of the cast named last in a text. */
function namedBefore(text: string, cast: readonly CastMember[]): CastMember | undefined {
  const others = cast.filter((member) => member.kind !== 'person');
  const last = findMentions(text, others.flatMap((member) => member.aliases)).at(-1);
  return last && others.find((member) => member.aliases.includes(last.alias));
}

/** The organization named last in a text among `names`, drafted by `organization`. */
function lastNamed(text: string, names: readonly string[], organization: (name: string) => CastMember | undefined): CastMember | undefined {
  const last = findMentions(text, names).at(-1);
  return last ? organization(last.alias) : undefined;
}

/**
 * The names a body gives people and organizations, besides what compromise tags: a person named after a
 * quotation's "said" ("…,” said Priya Lal"), after a title ("Councillor Raj Mehta") or in apposition just
 * before a verb of saying ("The general secretary of the union, Dev Raman, said"); an organization named in
 * apposition after what it is ("The developer, Harlow Living,") or, among those compromise finds, one that speaks.
 */
function namesIn(texts: readonly string[], candidates: readonly Candidate[]): { people: string[]; organizations: string[] } {
  const all = (pattern: RegExp) => texts.flatMap((text) => [...text.matchAll(pattern)]);
  const name = String.raw`(?:\p{Lu}[\p{Ll}’'-]+\s+){1,2}\p{Lu}[\p{Ll}’'-]+`;
  const preposition = String.raw`(?:of|for|at|to|in|with|from|on)\s`;
  const apposed = all(new RegExp(String.raw`(?<!\b${preposition})\b[Tt]he\s+(?:(?!${preposition})[\p{L}’']+\s+){0,4}?(\p{Ll}+),\s+((?:\p{Lu}[\p{L}&’'-]*\s+){0,3}\p{Lu}[\p{L}&’'-]*),`, 'gu'));
  const speaking = candidates.filter(
    (candidate) => candidate.kind === 'organization' && texts.some((text) => new RegExp(`${escapeRegExp(candidate.name)}(?:,[^,.]*,)?\\s+(?:said|says|announced|warned|told|welcomed|confirmed|denied)\\b`, 'u').test(text)),
  );
  const organizations = [...apposed.filter((match) => organizationRoles.has(match[1]!)).map((match) => match[2]!), ...speaking.map((candidate) => candidate.name)];
  const people = [
    ...all(new RegExp(String.raw`,\s+(${name}),\s+(?:\p{Ll}+ly\s+)?(?:said|says|told|added|warned|called|described|argued|insisted|disagreed|replied|wrote)\b`, 'gu')).map((match) => match[1]!),
    ...candidates.filter((candidate) => candidate.kind === 'person').map((candidate) => candidate.name),
    ...all(new RegExp(String.raw`[,”"]\s+(?:said|says|added|wrote|told)\s+(${name})`, 'gu')).map((match) => match[1]!),
    ...all(new RegExp(String.raw`\b(?:Councillor|Senator|Mayor|Governor|Judge|Minister|President|Chancellor|Dr|Mr|Mrs|Ms|Sir|Dame|Professor)\.?\s+(${name})`, 'gu')).map((match) => match[1]!),
  ];
  return { people: [...new Set(people)].filter((person) => !organizations.includes(person)), organizations };
}

/** The words of a phrase, lower-case, for matching roles and names. */
export const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}.]+/u).map((word) => word.replace(/\.$/, '')).filter(Boolean);

/**
 * The cast of a body: the known actors it names, each with the role this text gives it if it gives one,
 * and, drafted in full, the people the body names that no known actor is (name, role in the text's
 * words, an affiliation from a possessive or an apposition, the aliases the body uses). Organizations are
 * drafted when a person belongs to them or they speak; the other names compromise finds stay candidates.
 */
export function castOf(paragraphs: readonly Paragraph[], found: readonly KnownActor[], candidates: readonly Candidate[]): CastMember[] {
  const texts = paragraphs.map((paragraph) => paragraph.text);
  const cast: CastMember[] = found.map((actor) => ({
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    aliases: actor.aliases.filter((alias) => texts.some((text) => findMentions(text, [alias]).length > 0)),
    demonyms: actor.demonyms,
    roles: actor.role ? [actor.role.text] : [],
    ...(actor.affiliation ? { affiliation: actor.affiliation } : {}),
    ...(actor.unnamed ? { unnamed: true } : {}),
    registered: actor.registered,
  }));
  const taken = new Set(cast.map((member) => member.id));
  const add = (member: CastMember) => {
    taken.add(member.id);
    cast.push(member);
    return member;
  };
  const uses = (form: string) => texts.reduce((sum, text) => sum + findMentions(text, [form]).length, 0);
  const { people, organizations: appositive } = namesIn(texts, candidates);
  // People first: an organization is drafted only when someone belongs to it, or when it speaks.
  for (const name of people) {
    const words = name.split(/\s+/);
    const id = idFor(name);
    if (words.length < 2 || !words.every((word) => capitalized.test(word)) || !id || taken.has(id)) continue;
    const surname = words.at(-1)!;
    const alone = uses(surname) > uses(name) && !cast.some((member) => member.aliases.includes(surname));
    add({ id, name, kind: 'person', aliases: alone ? [name, surname] : [name], drafted: true });
  }
  const organizations = [...new Set([...candidates.filter((candidate) => candidate.kind === 'organization').map((candidate) => candidate.name), ...appositive])];
  const organization = (name: string): CastMember | undefined => {
    const named = cast.find((member) => member.kind !== 'person' && findMentions(name, member.aliases).some((mention) => mention.start === 0 && mention.end === name.length));
    if (named) return named;
    // "Medora’s chief executive" belongs to "Medora Pharmaceuticals", when the body names it so.
    const fuller = organizations.find((other) => other.startsWith(`${name} `));
    if (fuller) return organization(fuller);
    const id = idFor(name);
    if (!id || taken.has(id) || uses(name) === 0) return undefined;
    const first = name.split(/\s+/)[0]!;
    const short = name.includes(' ') && first.length > 3 && uses(first) > uses(name) && !organizationNouns.has(first.toLowerCase()) ? [first] : [];
    return add({ id, name, kind: outletWords.test(name) ? 'outlet' : 'organization', aliases: [name, ...short], drafted: true });
  };
  for (const name of appositive) organization(name);
  const quoted = texts.map((text) => quotedSpans(text));
  for (const member of [...cast]) {
    if (member.kind !== 'person') continue;
    for (const [index, text] of texts.entries()) {
      for (const mention of findMentions(text, member.aliases)) {
        const before = text.slice(0, mention.start);
        const after = text.slice(mention.end);
        if (quoted[index]!.some((span) => span.start < mention.start && mention.end < span.end)) continue;
        const role = appositionBefore(before) ?? appositionAfter(after) ?? titleBefore(before);
        if (role && !member.roleInText) {
          member.roleInText = bare(role);
          member.roles = [bare(role), ...(member.roles ?? [])];
        }
        if (member.drafted && !member.affiliation) {
          // "Its managing director": the organization named last before, in the paragraph.
          const its = role && /^[Ii]ts\s/.test(role) ? (namedBefore(before, cast) ?? lastNamed(before, organizations, organization)) : undefined;
          const owner = its ?? (role && affiliationIn(role, cast, organization, organizations)) ?? organizationAfter(after);
          const target = typeof owner === 'string' ? organization(owner) : owner;
          if (target && target.id !== member.id) member.affiliation = target.id;
        }
      }
    }
  }
  return cast;
}

/**
 * The actor a role belongs to: a possessor ("France’s foreign minister"), an actor named in it ("the
 * regional secretary of the Harbour Workers’ Union"), a demonym ("German Chancellor"), or an
 * organization the role calls by its kind ("the union’s general secretary").
 */
function affiliationIn(
  role: string,
  cast: readonly CastMember[],
  organization: (name: string) => CastMember | undefined,
  candidates: readonly string[],
): CastMember | undefined {
  const others = cast.filter((member) => member.kind !== 'person');
  const named = findMentions(role, others.flatMap((member) => [...member.aliases, ...(member.demonyms ?? [])]))[0];
  if (named) return others.find((member) => member.aliases.includes(named.alias) || member.demonyms?.includes(named.alias));
  for (const name of candidates) if (findMentions(role, [name]).length > 0) return organization(name);
  const possessor = /^(?:[Tt]he\s+)?([\p{L}][\p{L}.&’' -]*?)[’']s\s/u.exec(role)?.[1];
  if (possessor && capitalized.test(possessor)) return organization(possessor);
  if (possessor) {
    const head = wordsOf(possessor).at(-1) ?? '';
    const named = candidates.filter((name) => wordsOf(name).includes(head));
    return byKind(possessor, others) ?? (named.length === 1 ? organization(named[0]!) : undefined);
  }
  const of = /\b(?:of|at)\s+(?:the\s+)?(\p{Lu}[\p{L}’'&-]*(?:\s+\p{Lu}[\p{L}’'&-]*)*)/u.exec(role)?.[1];
  if (of) return organization(of);
  // "A spokeswoman for the authority": the one organization of the cast called so.
  const kind = /\b(?:of|at|for)\s+the\s+(\p{Ll}+)\s*$/u.exec(role)?.[1];
  return kind ? byKind(kind, others) : undefined;
}

/** The one organization of the cast whose name holds the noun ("the union" → "Harbour Workers’ Union"), if exactly one does. */
export function byKind<T extends Speaker>(noun: string, members: readonly T[]): T | undefined {
  const head = wordsOf(noun).at(-1);
  const fits = members.filter((member) => member.kind !== 'person' && head && member.aliases.some((alias) => wordsOf(alias).includes(head)));
  return fits.length === 1 ? fits[0] : undefined;
}
