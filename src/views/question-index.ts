import { questionStory, type StanceHistory } from '../lib/corpus/timeline';
import type { Question } from '../schemas/question';
import { storyCounts } from './question';

/** One row of the list of questions. */
export interface QuestionRow {
  id: string;
  question: string;
  label: string;
  description?: string | undefined;
  /** E.g. "4 actors · 2 articles · 1 change of stance". */
  counts: string;
}

/** The list of questions, in the order the articles raise them (newest article first), each with its story in numbers. */
export function questionIndexView(questions: readonly Question[], histories: readonly StanceHistory[]): QuestionRow[] {
  return questions.map((question) => ({
    id: question.id,
    question: question.question,
    label: question.label ?? question.question,
    description: question.description,
    counts: storyCounts(questionStory(question.id, histories)),
  }));
}
