import { escapeRegExp } from './marks';
import type { Quotation } from './quotations';
import { stanceWords } from './words';

/** A question as the position drafts read it: its id and the words that say a sentence bears on it. */
export interface CuedQuestion {
  id: string;
  /** Words or word beginnings ("troop", "deploy") that mark a sentence as bearing on the question. */
  cues?: readonly string[];
}

/** A position `npm run new` proposes, with the evidence it rests on, for the editor to confirm. */
export interface PositionDraft {
  actor: string;
  question: string;
  stance: 'supports' | 'opposes' | 'unclear';
  /** The claims' excerpts it rests on, verbatim. */
  excerpts: string[];
  /** What it rests on, in a line: the cue that matched, and where the stance comes from. */
  evidence: string;
}

/** The stance the words give outright, and the words that give it; `unclear` when they give none, or both. */
function stanceIn(text: string): { stance: PositionDraft['stance']; words?: string } {
  const opposes = stanceWords.opposes.exec(text)?.[0];
  const supports = stanceWords.supports.exec(text)?.[0];
  if (opposes && !supports) return { stance: 'opposes', words: opposes };
  if (supports && !opposes) return { stance: 'supports', words: supports };
  return { stance: 'unclear' };
}

/**
 * Position drafts where the text plainly bears on a question: a quotation with a speaker whose words
 * hold one of a question's `cues`. One draft per actor and question, resting on every such excerpt. The
 * stance is `unclear` unless the words give it outright ("ruled out", "backs"); the editor decides.
 */
export function draftPositions(quotations: readonly Quotation[], questions: readonly CuedQuestion[]): PositionDraft[] {
  const drafts = new Map<string, PositionDraft>();
  for (const quotation of quotations) {
    if (!quotation.speaker || quotation.scare) continue;
    for (const question of questions) {
      const cue = (question.cues ?? []).find((word) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}`, 'iu').test(quotation.excerpt));
      if (!cue) continue;
      const key = `${quotation.speaker} ${question.id}`;
      const known = drafts.get(key);
      if (known) {
        if (!known.excerpts.includes(quotation.excerpt)) known.excerpts.push(quotation.excerpt);
        continue;
      }
      const { stance, words } = stanceIn(quotation.excerpt);
      const given = words ? `the stance from "${words}"` : 'the words give no stance: set it';
      drafts.set(key, { actor: quotation.speaker, question: question.id, stance, excerpts: [quotation.excerpt], evidence: `a quotation of ${quotation.speaker} holds "${cue}", a cue of ${question.id}; ${given}` });
    }
  }
  // A stance read from one excerpt holds only if the others do not contradict it.
  for (const draft of drafts.values()) {
    const stances = new Set(draft.excerpts.map((excerpt) => stanceIn(excerpt).stance).filter((stance) => stance !== 'unclear'));
    if (stances.size > 1) Object.assign(draft, { stance: 'unclear', evidence: draft.evidence.replace(/; the stance from .*$/, '; its excerpts give both stances: set it') });
    else if (draft.stance === 'unclear' && stances.size === 1) {
      const excerpt = draft.excerpts.find((text) => stanceIn(text).stance !== 'unclear')!;
      const { stance, words } = stanceIn(excerpt);
      Object.assign(draft, { stance, evidence: draft.evidence.replace(/; the words give no stance: set it$/, `; the stance from "${words}"`) });
    }
  }
  return [...drafts.values()];
}
