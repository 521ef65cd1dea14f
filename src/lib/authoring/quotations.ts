import nlp from 'compromise';
import { occurrences } from '../text/excerpts';
import { sentenceStarts } from '../text/sentences';
import type { Paragraph, Speaker } from './cast';
import { attributionIn, siteLang } from '../text/language';
import { marksOf, quotedSpans, type QuotedSpan } from './marks';
import { namedIn, resolveSubject, type Reference, type SentenceFacts } from './speakers';
import { attributionPasts, attributionVerbs } from './words';

export type { Paragraph, Speaker } from './cast';

/** A quotation in the body, the words that hold it, and who likely says it. */
export interface Quotation {
  /** The sentence (or the clause of it, when two speakers share a sentence) holding the quotation, cut from the body: the draft claim's excerpt. */
  excerpt: string;
  /** Each quotation in that excerpt, marks included. */
  quoted: string[];
  /** The likely speaker's id. */
  speaker?: string;
  /** Why no speaker is proposed, when the words fit more than one, for the draft's message. */
  note?: string;
  /** True for quotation marks that quote no one (scare quotes): no claim. */
  scare?: boolean;
  /** The speaker, when it is new to the site and drafted for this quotation (an unnamed source, a possessive organization). */
  drafted?: Speaker;
}

/** A verb that attributes words, where it stands in its sentence, and who its subject is. */
interface Attribution {
  start: number;
  end: number;
  reference?: Reference;
}

/** The sentences of a paragraph as `[start, end)` ranges, joined where a quotation runs across a sentence break. */
function sentenceRanges(text: string, quotes: readonly QuotedSpan[], lang: string): [number, number][] {
  const starts = sentenceStarts(text, lang).filter((at) => !quotes.some((quote) => quote.start < at && at < quote.end));
  return starts.map((start, index) => [start, starts[index + 1] ?? text.length]);
}

const letters = /\p{L}/u;
const conjunctionOnly = /^[\s,;]*(?:and|but|while|whereas|then)?[\s,;]*$/i;

/**
 * The attribution verbs of a sentence (its quotations blanked out), each with its subject: the words
 * before the verb back to the last quotation, clause or verb, or, when the verb follows a quotation
 * directly ("… ,” said Ana Reyes") or is "according to", the words after it up to a comma. A verb
 * joined to the one before by "and" shares its subject.
 */
function attributions(sentence: string, quotes: readonly QuotedSpan[], cast: readonly Speaker[], history: readonly SentenceFacts[], paragraph: number, lang: string): Attribution[] {
  type Verb = { offset: { start: number; length: number }; verb?: { infinitive?: string } };
  const verbs = (nlp(sentence).verbs().json({ offset: true }) as Verb[])
    .filter((found) => attributionVerbs.has(found.verb?.infinitive ?? ''))
    .map((found) => ({ start: found.offset.start, end: found.offset.start + found.offset.length }));
  for (const match of sentence.matchAll(attributionPasts)) {
    if (!verbs.some((verb) => verb.start <= match.index && match.index < verb.end)) verbs.push({ start: match.index, end: match.index + match[0].length });
  }
  for (const match of sentence.matchAll(/\b[Aa]ccording to\b/g)) {
    if (!verbs.some((verb) => verb.start <= match.index && match.index < verb.end)) verbs.push({ start: match.index, end: match.index + match[0].length });
  }
  // Where compromise cannot read the language, its table of attribution words ("a déclaré", "заявив", "قال").
  const word = attributionIn(sentence, lang);
  if (word && !verbs.some((verb) => verb.start <= word.at && word.at < verb.end)) verbs.push({ start: word.at, end: word.end });
  verbs.sort((a, b) => a.start - b.start);
  const found: Attribution[] = [];
  for (const [index, verb] of verbs.entries()) {
    const according = /^[Aa]ccording/.test(sentence.slice(verb.start));
    // The words after the verb up to the sentence's end, a quotation, or a comma before what describes them (", the mayor of …", ", who …").
    const after = () => sentence.slice(verb.end).replace(/^\s*to\b/, '').split(/[;:]|\.(?=\s|$)|\s{3,}|,\s+(?:(?:the|an?|who|which|whose|where|and|but|while)\b|(?=\p{Ll}))/u)[0] ?? '';
    let reference: Reference | undefined;
    if (according) reference = resolveSubject(after(), cast, history, paragraph);
    else {
      const previous = verbs[index - 1];
      const quoteEnd = quotes.filter((quote) => quote.end <= verb.start).at(-1)?.end ?? 0;
      const clause = [...sentence.slice(0, verb.start).matchAll(/;|\b(?:while|whereas)\b/g)].at(-1);
      const from = Math.max(previous?.end ?? 0, quoteEnd, clause ? clause.index + clause[0].length : 0);
      const before = sentence.slice(from, verb.start);
      if (!letters.test(before)) reference = resolveSubject(after(), cast, history, paragraph);
      else if (conjunctionOnly.test(before) && found.at(-1)?.reference) reference = found.at(-1)!.reference;
      else reference = resolveSubject(before, cast, history, paragraph);
    }
    found.push({ ...verb, ...(reference ? { reference } : {}) });
  }
  // In a language whose verbs carry their subject ("додала", "وأضافت"), a verb with none named, or with a
  // pronoun, speaks for the person named last before it.
  if (word && !found.some((attribution) => attribution.reference?.speaker)) {
    const person = history.findLast((facts) => facts.paragraph >= paragraph - 1 && (facts.subject ?? facts.people.at(-1)));
    const speaker = person && (person.subject ?? person.people.at(-1));
    const at = found.findIndex((verb) => verb.start <= word.at && word.at < verb.end);
    if (speaker && at >= 0) found[at] = { ...found[at]!, reference: { speaker } };
  }
  // A verb whose subject is not found ("… and accused London of …") shares the subject of the one before.
  return found.map((attribution, index) => (attribution.reference || index === 0 ? attribution : { ...attribution, ...(found[index - 1]!.reference ? { reference: found[index - 1]!.reference } : {}) }));
}

/** Whether a quotation quotes a phrase rather than a speaker's words: it starts in lower case, or is three words or fewer. */
const fragment = (quote: QuotedSpan) => /^.\p{Ll}/u.test(quote.text) || quote.text.split(/\s+/).length <= 3;

/** The distance between a quotation and a verb, in characters. */
const distance = (quote: QuotedSpan, verb: Attribution) => (verb.start >= quote.end ? verb.start - quote.end : quote.start >= verb.end ? quote.start - verb.end : 0);

/**
 * Every quotation in the body, with its likely speaker, one draft per sentence that holds any (two, cut at
 * the clause between them, when two speakers share a sentence), so drafts never share words. The speaker
 * is the subject of the attribution verb nearest the quotation ("said", "warned", "according to", as
 * compromise reads the verbs): an actor the sentence names, a pronoun or role noun followed back to the
 * person it stands for, a possessive organization or an unnamed source (both drafted when new). A
 * sentence that is all quotation goes on with the speaker before; quotation marks around a phrase in a
 * sentence with no attribution are scare quotes, not a claim. Where two actors fit, no speaker is
 * proposed and `note` says why.
 */
export function findQuotations(paragraphs: readonly Paragraph[], actors: readonly Speaker[], lang: string = siteLang): Quotation[] {
  const marks = marksOf(lang);
  const body = paragraphs.map((paragraph) => paragraph.text).join('\n\n');
  const cast = [...actors];
  const found: Quotation[] = [];
  const history: SentenceFacts[] = [];
  const excerptOf = (text: string, part: string) => (occurrences(body, part).length === 1 ? part : text);
  for (const [paragraph, { text }] of paragraphs.entries()) {
    const quotes = quotedSpans(text, marks);
    for (const [start, end] of sentenceRanges(text, quotes, lang)) {
      const inside = quotes.filter((quote) => quote.start >= start && quote.end <= end).map((quote) => ({ ...quote, start: quote.start - start, end: quote.end - start }));
      // The sentence with its quotations blanked out, offsets kept, so their words name no speaker.
      const sentence = text.slice(start, end);
      const outside = inside.reduce((rest, quote) => rest.slice(0, quote.start) + ' '.repeat(quote.text.length) + rest.slice(quote.end), sentence);
      // A relative clause between commas ("…, who asked not to be named, …") holds no attribution of the quotation.
      const clauses = outside.replace(/,\s+(?:who|which|whose)\s[^,.;]*,/g, (clause) => ' '.repeat(clause.length));
      const verbs = attributions(clauses, inside, cast, history, paragraph, lang);
      const facts: SentenceFacts = { paragraph, people: namedIn(outside, cast).map((mention) => mention.speaker).filter((speaker) => speaker.kind === 'person') };
      const subject = verbs.findLast((verb) => verb.reference?.speaker)?.reference?.speaker;
      if (subject) facts.subject = subject;
      if (inside.length > 0) {
        const previous = history.at(-1);
        const continued = previous && previous.paragraph >= paragraph - 1 ? previous.subject : undefined;
        const draft = (part: string, quoted: QuotedSpan[], reference: Reference | undefined): Quotation => {
          const speaker = reference?.speaker;
          if (speaker?.drafted && !cast.some((member) => member.id === speaker.id)) cast.push(speaker);
          return {
            excerpt: excerptOf(text, part.trim()),
            quoted: quoted.map((quote) => quote.text),
            ...(speaker ? { speaker: speaker.id } : {}),
            ...(!speaker && reference?.note ? { note: reference.note } : {}),
            ...(speaker?.drafted ? { drafted: speaker } : {}),
          };
        };
        // "His neighbour, Carol Dunne, disagreed: “…”": the clause before a colon that opens a quotation says who.
        const colon = /:\s*$/.test(outside.slice(0, inside[0]!.start)) ? resolveSubject(outside.slice(0, inside[0]!.start).replace(/:\s*$/, ''), cast, history, paragraph) : undefined;
        const inanimate = (verb: Attribution) => !verb.reference && !/\p{Lu}/u.test(outside.slice(Math.max(0, verb.start - 40), verb.start).replace(/^\S*\s/, ''));
        if (verbs.length === 0) {
          const words = outside.split(/[^\p{L}]+/u).filter(Boolean).length;
          if (colon?.speaker || colon?.note) found.push(draft(sentence, inside, colon));
          else if (words <= 2 && continued) found.push(draft(sentence, inside, { speaker: continued }));
          else if (inside.every(fragment)) found.push({ ...draft(sentence, inside, undefined), scare: true });
          else found.push(draft(sentence, inside, { note: 'no attribution verb ("said", "according to") was found' }));
          if (colon?.speaker) facts.subject = colon.speaker;
          else if (continued && words <= 2) facts.subject = continued;
        } else if (verbs.every(inanimate) && inside.every(fragment)) {
          // "what the plans call a “heritage quarter”": a phrase attributed to no one, not even a name the text gives.
          found.push({ ...draft(sentence, inside, undefined), scare: true });
        } else {
          // Each quotation goes with its nearest attribution; quotations of different speakers are cut apart at the clause between them.
          const owners = inside.map((quote) => verbs.reduce((best, verb) => (distance(quote, verb) < distance(quote, best) ? verb : best)));
          const key = (verb: Attribution) => verb.reference?.speaker?.id ?? verb.reference?.note ?? '';
          const groups: { verb: Attribution; quotes: QuotedSpan[] }[] = [];
          inside.forEach((quote, index) => {
            const owner = owners[index]!;
            const last = groups.at(-1);
            if (last && key(last.verb) === key(owner)) last.quotes.push(quote);
            else groups.push({ verb: owner, quotes: [quote] });
          });
          let from = 0;
          groups.forEach((group, index) => {
            const next = groups[index + 1];
            let to = sentence.length;
            let resume = to;
            if (next) {
              const lastEnd = Math.max(group.quotes.at(-1)!.end, group.verb.end);
              const nextStart = Math.min(next.quotes[0]!.start, next.verb.start);
              const cut = [...outside.slice(lastEnd, nextStart).matchAll(/[,;]?\s+(?:while|whereas|but|and)\s+|;\s+/g)].at(-1);
              if (cut) {
                to = lastEnd + cut.index;
                resume = lastEnd + cut.index + cut[0].length;
              }
            }
            if (to === sentence.length && next) {
              // No clause between them: one draft, and the editor says who.
              const ids = groups.map((other) => other.verb.reference?.speaker?.id).filter(Boolean);
              found.push(draft(sentence.slice(from), inside.filter((quote) => quote.start >= from), { note: `the sentence quotes ${ids.join(' and ') || 'more than one speaker'}: split it or set the speaker` }));
              from = sentence.length;
              return;
            }
            if (from >= sentence.length) return;
            const part = sentence.slice(from, to).replace(/[,;]\s*$/, '');
            found.push(draft(part, group.quotes, group.verb.reference));
            from = resume;
          });
          const spoke = groups.findLast((group) => group.verb.reference?.speaker)?.verb.reference?.speaker;
          if (spoke) facts.subject = spoke;
        }
      }
      history.push(facts);
    }
  }
  return found;
}
