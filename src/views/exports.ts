/*
 * The JSON exports split by period, as the pages are: `/actors.json` and `/questions.json` list every actor
 * and question with the registry's fields and the periods of the record, and each period's file,
 * `/archive/<period>/actors.json` and `/archive/<period>/questions.json`, holds what its articles say. A
 * period's file holds the same articles however the story grows, and no file grows with the story's length.
 */
import type { ActorProfile } from '../lib/analysis/actors';
import { byOldest } from '../lib/analysis/order';
import type { StanceHistory } from '../lib/corpus/timeline';
import { byPeriod, periodLinks, type Period, type PeriodLink } from './periods';

/** Every actor, each with only its appearances in the period, by period: one export file each. Actors absent from a period are left out of it. */
export function actorsByPeriod(actors: readonly ActorProfile[]): Map<Period, ActorProfile[]> {
  const periods = new Map<Period, ActorProfile[]>();
  for (const actor of actors) {
    for (const [period, appearances] of byPeriod(actor.appearances, (appearance) => appearance)) {
      const members = periods.get(period);
      const mine = { ...actor, appearances };
      if (members) members.push(mine);
      else periods.set(period, [mine]);
    }
  }
  return periods;
}

/** Every stance history, each with only its steps in the period (changes still marked against the whole story), by period. */
export function historiesByPeriod(histories: readonly StanceHistory[]): Map<Period, StanceHistory[]> {
  const periods = new Map<Period, StanceHistory[]>();
  for (const history of histories) {
    for (const [period, steps] of byPeriod(history.steps, (step) => step.article)) {
      const members = periods.get(period);
      const mine = { ...history, steps };
      if (members) members.push(mine);
      else periods.set(period, [mine]);
    }
  }
  return periods;
}

/** The periods of the whole record, oldest first, each with its number of articles: what the index files list. */
export const exportPeriods = (articles: readonly { slug: string; headline: string; published?: Date | undefined }[]): PeriodLink[] => periodLinks(byPeriod(articles.toSorted(byOldest), (article) => article));
