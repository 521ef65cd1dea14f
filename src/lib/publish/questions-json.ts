import type { Question } from '../../schemas/question';
import type { StanceHistory } from '../corpus/timeline';
import { isoDay } from '../analysis/dates';

/** Site URLs the questions export links to. */
export interface QuestionExportUrls {
  question: (questionId: string) => string;
  paragraph: (slug: string, blockId: string) => string;
}

/**
 * Every question, as `/questions.json` serves it: the registry's fields, and every actor's stances in date
 * order (undated last), each with its article, date, the paragraph it rests on and the stance it changed from.
 */
export function questionsDocument(questions: readonly Question[], histories: readonly StanceHistory[], urls: QuestionExportUrls) {
  return {
    questions: questions.map((question) => ({
      id: question.id,
      question: question.question,
      label: question.label ?? null,
      description: question.description ?? null,
      url: urls.question(question.id),
      stances: histories
        .filter((history) => history.question === question.id)
        .map((history) => ({
          actor: history.actor,
          steps: history.steps.map(({ article, position, changedFrom }) => ({
            article: article.slug,
            published: article.published ? isoDay(article.published) : null,
            stance: position.stance,
            changedFrom: changedFrom ?? null,
            summary: position.summary,
            citations: position.citations.map(({ excerpt, blockId }) => ({ excerpt, paragraph: blockId, url: urls.paragraph(article.slug, blockId) })),
          })),
        })),
    })),
  };
}
