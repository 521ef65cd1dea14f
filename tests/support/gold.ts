/**
 * The gold set of `npm run new`: the captures in `tests/fixtures/captures/` that have a hand-made answer
 * file (`<name>.answers.yaml`), each scaffolded against the project's own content and scored against its
 * answers. `tests/unit/gold-set.test.ts` reports the figures and holds them to the README's thresholds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { knownActors, knownQuestions } from '../../src/lib/authoring/known';
import { scaffoldArticle, type Scaffold } from '../../src/lib/authoring/scaffold';
import { parseCapture } from '../../src/lib/capture/parse';
import { root } from './build';

/** What an editor gives a capture by hand. */
export interface Answers {
  /** The capture, from the answer file's folder, when it is not `<name>.txt` beside it. */
  capture?: string;
  /**
   * Every quotation, by its first characters (marks included), and its speaker's id; `none` for scare
   * quotes (no claim), `unsettled` for a claim whose speaker the text itself leaves open (no speaker, and a note why).
   */
  quotations: { quote: string; speaker: string }[];
  /** The actors the site does not know yet. */
  newActors: { id: string; name: string; kind: string; affiliation?: string; role?: string; unnamed?: boolean }[];
  /** The positions an editor records from the text. */
  positions: { actor: string; question: string; stance: string }[];
}

/** How one capture scored. */
export interface Score {
  name: string;
  quotations: number;
  /** Quotations with the answer's speaker (scare quotes: no claim). */
  right: number;
  /** Quotations with another speaker than the answer's, or a quotation taken for scare quotes. */
  wrong: number;
  /** Quotations proposed as a claim with no speaker. */
  empty: number;
  /** Quotations the scaffold did not find. */
  missed: number;
  newActors: number;
  newActorsFound: number;
  /** Of the new actors, those who speak. */
  speakingNewActors: number;
  speakingNewActorsFound: number;
  /** Of the new actors found, those with the answer's kind, and with the answer's affiliation where it gives one. */
  kindsRight: number;
  affiliations: number;
  affiliationsRight: number;
  /** Actors drafted that the answers do not list. */
  extraActors: string[];
  positionsExpected: number;
  positionsProposed: number;
  positionsConfirmed: number;
  /** Proposed positions whose stance is not `unclear` and not the answer's. */
  stancesWrong: number;
  /** One line per quotation that is not right, saying what the scaffold proposed. */
  misses: string[];
  scaffold: Scaffold;
}

const folder = join(root, 'tests/fixtures/captures');

/** The gold set's captures, each with its answers. */
export function goldCaptures(): { name: string; capture: string; answers: Answers }[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.answers.yaml'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.answers\.yaml$/, '');
      const answers = parse(readFileSync(join(folder, file), 'utf8')) as Answers;
      const capture = join(folder, answers.capture ?? `${name}.txt`);
      if (!existsSync(capture)) throw new Error(`${file}: no capture ${capture}`);
      return { name, capture, answers: { ...answers, newActors: answers.newActors ?? [], positions: answers.positions ?? [] } };
    });
}

const fold = (text: string) => text.replace(/ \(unnamed\)$/, '').replace(/[’']/g, "'").toLowerCase();

/** Scaffolds a capture against the project's own content and scores it against its answers. */
export function scoreCapture(name: string, capturePath: string, answers: Answers): Score {
  const { capture } = parseCapture(readFileSync(capturePath, 'utf8'));
  if (!capture) throw new Error(`${capturePath} does not read as a capture`);
  const scaffold = scaffoldArticle(capture, knownActors(root), '', knownQuestions(root));
  // An answer's new actor is found when a drafted actor has its name, as its name or an alias.
  const ids = new Map<string, string>();
  for (const actor of answers.newActors) {
    const drafted = scaffold.drafted.find((member) => [member.name ?? '', ...member.aliases].some((form) => fold(form) === fold(actor.name)));
    if (drafted) ids.set(actor.id, drafted.id);
  }
  const idOf = (answer: string) => ids.get(answer) ?? answer;
  const score: Score = {
    name,
    quotations: answers.quotations.length,
    right: 0,
    wrong: 0,
    empty: 0,
    missed: 0,
    newActors: answers.newActors.length,
    newActorsFound: ids.size,
    speakingNewActors: 0,
    speakingNewActorsFound: 0,
    kindsRight: 0,
    affiliations: 0,
    affiliationsRight: 0,
    extraActors: scaffold.drafted.map((member) => member.id).filter((id) => ![...ids.values()].includes(id)),
    positionsExpected: answers.positions.length,
    positionsProposed: scaffold.positions.length,
    positionsConfirmed: 0,
    stancesWrong: 0,
    misses: [],
    scaffold,
  };
  for (const { quote, speaker } of answers.quotations) {
    const found = scaffold.quotations.find((quotation) => quotation.quoted.some((quoted) => quoted.startsWith(quote)));
    const proposed = !found ? 'not found' : found.scare ? 'scare quotes' : (found.speaker ?? `no speaker${found.note ? ` (${found.note})` : ''}`);
    const expected = speaker === 'none' ? 'scare quotes' : speaker === 'unsettled' ? proposed.startsWith('no speaker (') && proposed : idOf(speaker);
    if (!found) score.missed += 1;
    else if (proposed === expected) score.right += 1;
    else if (!found.scare && !found.speaker) score.empty += 1;
    else score.wrong += 1;
    if (proposed !== expected) score.misses.push(`${quote}: ${speaker} expected, ${proposed} proposed`);
  }
  for (const actor of answers.newActors) {
    const speaks = answers.quotations.some((quotation) => quotation.speaker === actor.id);
    const drafted = scaffold.drafted.find((member) => member.id === ids.get(actor.id));
    if (speaks) score.speakingNewActors += 1;
    if (speaks && drafted) score.speakingNewActorsFound += 1;
    if (drafted && drafted.kind === actor.kind) score.kindsRight += 1;
    if (actor.affiliation) {
      score.affiliations += 1;
      if (drafted?.affiliation === idOf(actor.affiliation)) score.affiliationsRight += 1;
    }
  }
  for (const position of scaffold.positions) {
    const answer = answers.positions.find((expected) => idOf(expected.actor) === position.actor && expected.question === position.question);
    if (answer) score.positionsConfirmed += 1;
    if (answer && position.stance !== 'unclear' && position.stance !== answer.stance) score.stancesWrong += 1;
  }
  return score;
}
