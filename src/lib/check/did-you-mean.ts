/**
 * Edit distance between two strings, counting an insertion, a deletion, a substitution or a swap of
 * two neighbouring characters as one edit (optimal string alignment), so "qoute" is one edit from "quote".
 */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The candidate closest to `value`, if it is close enough to be a slip of the keyboard: at most a third
 * of the value's length in edits, and at least one. Case is ignored, so "Person" finds "person".
 */
export function nearest(value: string, candidates: Iterable<string>): string | undefined {
  const wanted = value.toLowerCase();
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** `; did you mean "x"?` when a candidate is close to `value`, otherwise nothing. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const found = nearest(value, candidates);
  return found === undefined || found === value ? '' : `; did you mean "${found}"?`;
}

/** Text made into a slug, the nearest thing to it an id or file name may be: "Ana Reyes" → "ana-reyes". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** What an actor is called, for `actorByAlias`. */
interface Named {
  id: string;
  name: string;
  aliases: readonly string[];
}

/**
 * The actor an unknown id most likely means: one whose name or an alias the id spells, or begins or ends,
 * so that `zelensky` finds `volodymyr-zelensky` by its alias "Zelensky". With the form that matched.
 */
export function actorByAlias(value: string, actors: Iterable<Named>): { id: string; why: string } | undefined {
  for (const actor of actors) {
    for (const form of [actor.name, ...actor.aliases]) {
      const slug = slugify(form);
      if (slug === value || slug.endsWith(`-${value}`) || slug.startsWith(`${value}-`)) return { id: actor.id, why: `${form === actor.name ? 'name' : 'alias'} "${form}"` };
    }
  }
  return undefined;
}

/**
 * A message's end that suggests the actor a mistaken id most likely means: one whose name or alias it
 * spells (`actorByAlias`), else the nearest of `ids` by spelling (every actor's id unless given).
 */
export function actorSuggestion(value: string, actors: readonly Named[], ids: Iterable<string> = actors.map((actor) => actor.id)): string {
  const byAlias = actorByAlias(value, actors);
  return byAlias ? `; did you mean "${byAlias.id}" (${byAlias.why})?` : didYouMean(value, ids);
}

/**
 * The chain of affiliations from `id` that comes back to it through another actor (`a → b → a`), or
 * undefined when it ends, runs into a circle that `id` is not part of, or is `id` affiliated with itself
 * (a rule of its own). One walk for the articles' actors and the registry's.
 */
export function affiliationCycle(id: string, affiliationOf: (id: string) => string | undefined): string[] | undefined {
  const seen = [id];
  const first = affiliationOf(id);
  for (let next = first === id ? undefined : first; next !== undefined; next = affiliationOf(next)) {
    if (next === id) return [...seen, id];
    if (seen.includes(next)) return undefined;
    seen.push(next);
  }
  return undefined;
}
