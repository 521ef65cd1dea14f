/* What the article views show at a glance, from plain data: the metadata line, the length, the stances tallied, the claims by sourcing, the name an actor is filed under. */
import { sourcingClasses, stances, type SourcingClass, type Stance } from '../../schemas/vocabularies';
import { NOT_STATED } from './labels';
import { countSourcing } from './sourcing';
import { isoDay, readableDate } from './dates';

/** One fact about the article the source states. */
export interface StatedFact {
  label: string;
  value: string;
  /** For a date: its machine-readable form. */
  datetime?: string;
  /** For an address: the link. */
  href?: string;
}

/** The article's metadata as one line: what the source states, then, in one phrase, what it does not. */
export interface MetaLine {
  stated: StatedFact[];
  /** E.g. "Date, author, outlet and address: not stated in the source". */
  unstated: string | undefined;
}

const sentenceCase = (text: string) => text[0]!.toUpperCase() + text.slice(1);

/** The metadata line every view of an article shows under its headline. */
export function metaLine(article: { published?: Date | undefined; author?: string | undefined; outlet?: string | undefined; url?: string | undefined }): MetaLine {
  const { published } = article;
  const fields: [string, StatedFact | undefined][] = [
    ['date', published === undefined ? undefined : { label: 'Date', value: readableDate(published), datetime: isoDay(published) }],
    ['author', article.author === undefined ? undefined : { label: 'Author', value: article.author }],
    ['outlet', article.outlet === undefined ? undefined : { label: 'Outlet', value: article.outlet }],
    ['address', article.url === undefined ? undefined : { label: 'Original address', value: article.url, href: article.url }],
  ];
  const missing = fields.filter(([, fact]) => fact === undefined).map(([name]) => name);
  const listed = missing.length > 1 ? `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}` : missing[0];
  return {
    stated: fields.flatMap(([, fact]) => (fact ? [fact] : [])),
    unstated: listed === undefined ? undefined : sentenceCase(`${listed}: ${NOT_STATED}`),
  };
}

/** How long the article is: its words, and the minutes they take at about 230 words a minute. */
export function readingLength(blocks: readonly { text: string }[]): { words: number; minutes: number } {
  const words = blocks.reduce((sum, block) => sum + (block.text.match(/\S+/g)?.length ?? 0), 0);
  return { words, minutes: Math.max(1, Math.round(words / 230)) };
}

/** One question's stances, counted: "7 support · 4 oppose". */
export interface QuestionTally {
  id: string;
  question: string;
  label: string;
  counts: { stance: Stance; n: number; words: string }[];
}

const stanceVerbs: Record<Stance, [string, string]> = {
  supports: ['supports', 'support'],
  opposes: ['opposes', 'oppose'],
  conditional: ['conditional', 'conditional'],
  unclear: ['unclear', 'unclear'],
};

/** The stances recorded on each question, counted, in the vocabulary's order; stances no one holds are left out. */
export function questionTallies(analysis: { questions: readonly { id: string; question: string; label?: string | undefined }[]; positions: readonly { question: string; stance: Stance }[] }): QuestionTally[] {
  return analysis.questions.map((issue) => {
    const held = analysis.positions.filter((position) => position.question === issue.id);
    const counts = (Object.keys(stances) as Stance[])
      .map((stance) => ({ stance, n: held.filter((position) => position.stance === stance).length }))
      .filter(({ n }) => n > 0)
      .map(({ stance, n }) => ({ stance, n, words: `${n} ${stanceVerbs[stance][n === 1 ? 0 : 1]}` }));
    return { id: issue.id, question: issue.question, label: issue.label ?? issue.question, counts };
  });
}

/** One sourcing class's share of an article's claims, as a segment of a bar 100 units long. */
export interface SourcingSegment {
  name: SourcingClass;
  label: string;
  n: number;
  x: number;
  width: number;
}

/**
 * The claims by sourcing class, as segments of one bar; classes with no claim are left out. Each edge is
 * rounded to a hundredth of a unit, finer than a pixel at any width: a third of the claims is not
 * written out to sixteen digits, and each segment still starts where the one before it ends.
 */
export function sourcingBar(claims: readonly { sourcing: SourcingClass }[]): SourcingSegment[] {
  let counted = 0;
  const edge = (n: number) => Math.round((10_000 * n) / claims.length);
  return countSourcing(claims.map((claim) => claim.sourcing))
    .filter(([, n]) => n > 0)
    .map(([name, n]) => {
      const [start, end] = [edge(counted), edge(counted + n)];
      counted += n;
      return { name, label: sourcingClasses[name].label, n, x: start / 100, width: (end - start) / 100 };
    });
}

/** The name an actor is filed under: a person's family name (the last word of the name), anything else its name. */
export function filingName(actor: { name: string; kind: string; unnamed?: boolean | undefined }): string {
  const name = actor.name.replace(/\s*\(.*\)$/, '');
  return actor.kind === 'person' && !actor.unnamed ? `${name.split(/\s+/).at(-1)}, ${name}` : name;
}

