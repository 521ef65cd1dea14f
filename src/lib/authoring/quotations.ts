import nlp from 'compromise';
import { occurrences } from '../text/excerpts';
import { findMentions } from '../text/mentions';
import { attributionIn, hasAttributionTable, quotationPattern, siteLang } from '../text/language';
import { sentenceStarts } from '../text/sentences';

/** A paragraph of the body, as the scaffold reads it. */
export interface Paragraph {
  text: string;
}

/** The fields of a known actor the scaffold reads to find speakers. */
export interface Speaker {
  id: string;
  kind: string;
  aliases: readonly string[];
}

/** A quotation in the body, the sentence that holds it, and who likely says it. */
export interface Quotation {
  /** The sentence or sentences holding the quotation, cut from the body: the draft claim's excerpt. */
  excerpt: string;
  /** Each quotation in that excerpt, marks included. */
  quoted: string[];
  /** The likely speaker's id, when an attribution verb and a known actor stand in the same or the previous sentence. */
  speaker?: string;
}

/** The verbs, as compromise gives their infinitive, that attribute words to a speaker. */
const attributionVerbs = new Set([
  'say', 'tell', 'warn', 'add', 'note', 'state', 'stress', 'describe', 'call', 'frame', 'hail', 'argue', 'insist',
  'claim', 'write', 'ask', 'reply', 'explain', 'declare', 'announce', 'accord', 'suggest', 'urge', 'vow', 'deny', 'confirm',
]);

/** Who speaks most plausibly, when a sentence names several: people first, outlets last (they carry, not speak). */
const speakerRank: Record<string, number> = { person: 0, other: 1, group: 1, organization: 2, country: 3, outlet: 4 };

const pronoun = /^(?:he|she|they)$/i;

/** The offset of the first attribution verb in `text`, and whether a pronoun is its subject: by the language's table, or by compromise. */
function attribution(text: string, lang: string): { at: number; pronoun: boolean } | undefined {
  if (hasAttributionTable(lang)) return attributionIn(text, lang);
  const verbs = nlp(text).verbs().json({ offset: true }) as { offset: { start: number }; verb?: { infinitive?: string } }[];
  const verb = verbs.find((found) => attributionVerbs.has(found.verb?.infinitive ?? ''));
  if (!verb) return undefined;
  const words = (side: string) => side.split(/[^\p{L}]+/u).filter(Boolean);
  const before = words(text.slice(0, verb.offset.start)).at(-1) ?? '';
  const after = words(text.slice(verb.offset.start)).at(1) ?? '';
  return { at: verb.offset.start, pronoun: pronoun.test(before) || pronoun.test(after) };
}

/**
 * The actors a text names, with where: longest alias first, and a possessor skipped for what it owns
 * ("BrightU.AI's Enoch" names Enoch as the speaker, not BrightU.AI).
 */
function named(text: string, actors: readonly Speaker[]): { actor: Speaker; start: number }[] {
  const aliases = new Map(actors.flatMap((actor) => actor.aliases.map((alias) => [alias, actor] as const)));
  const mentions = findMentions(text, [...aliases.keys()]);
  return mentions
    .filter((mention, index) => !(/^['’]s\s$/.test(text.slice(mention.end, mention.end + 3)) && mentions[index + 1]?.start === mention.end + 3))
    .map((mention) => ({ actor: aliases.get(mention.alias)!, start: mention.start }));
}

/** The speaker of a sentence, outside its quotations: the best-ranked actor it names, nearest to the verb. */
function speakerIn(outside: string, verbAt: number, actors: readonly Speaker[]): string | undefined {
  const candidates = named(outside, actors).sort(
    (a, b) => (speakerRank[a.actor.kind] ?? 5) - (speakerRank[b.actor.kind] ?? 5) || Math.abs(a.start - verbAt) - Math.abs(b.start - verbAt),
  );
  return candidates[0]?.actor.id;
}

/** The sentences of a paragraph as `[start, end)` ranges, joined where a quotation runs across a sentence break. */
function sentenceRanges(text: string, quotes: readonly { start: number; end: number }[], lang: string): [number, number][] {
  const starts = sentenceStarts(text, lang).filter((at) => !quotes.some((quote) => quote.start < at && at < quote.end));
  return starts.map((start, index) => [start, starts[index + 1] ?? text.length]);
}

/**
 * Every quotation in the body, one draft per sentence that holds any (so drafts never share words), with
 * its likely speaker: an attribution verb ("said", "warned", "according to", as compromise reads the
 * verbs) outside the quotation marks, and a known actor in that sentence, or, when the sentence has no
 * such verb or names only "he" or "she", the person the previous sentence names.
 */
export function findQuotations(paragraphs: readonly Paragraph[], actors: readonly Speaker[], lang: string = siteLang): Quotation[] {
  const body = paragraphs.map((paragraph) => paragraph.text).join('\n\n');
  const found: Quotation[] = [];
  // What the sentence before said of its speaker and the last person it named, across paragraphs too.
  let previous: { speaker?: string; person?: string } = {};
  for (const { text } of paragraphs) {
    const quotes = [...text.matchAll(quotationPattern(lang))].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
    for (const [start, end] of sentenceRanges(text, quotes, lang)) {
      const sentence = text.slice(start, end).trim();
      const inside = quotes.filter((quote) => quote.start >= start && quote.end <= end);
      // The sentence with its quotations blanked out, offsets kept, so their words name no speaker.
      const outside = inside.reduce(
        (rest, quote) => rest.slice(0, quote.start - start) + ' '.repeat(quote.text.length) + rest.slice(quote.end - start),
        text.slice(start, end),
      );
      const verb = inside.length > 0 ? attribution(outside, lang) : undefined;
      let speaker: string | undefined;
      // Where the verb carries its subject ("додала", "وأضافت") and the sentence names no one, the speaker is the person named before.
      if (verb) speaker = verb.pronoun ? previous.person : (speakerIn(outside, verb.at, actors) ?? (hasAttributionTable(lang) ? previous.person : undefined));
      else if (inside.length > 0) speaker = previous.speaker;
      if (inside.length > 0) {
        // An excerpt must occur once in the body: a sentence that occurs twice is cited with its whole paragraph.
        const excerpt = occurrences(body, sentence).length === 1 ? sentence : text;
        found.push({ excerpt, quoted: inside.map((quote) => quote.text), ...(speaker ? { speaker } : {}) });
      }
      const person = named(outside, actors).filter((mention) => mention.actor.kind === 'person').at(-1)?.actor.id;
      previous = { ...(verb && speaker ? { speaker } : {}), ...(person ? { person } : speaker ? { person: speaker } : {}) };
    }
  }
  return found;
}
