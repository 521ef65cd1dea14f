import nlp from 'compromise';
import { findMentions } from '../text/mentions';
import type { Paragraph, Speaker } from './cast';
import { quotedSpans } from './marks';

/** A name in the body that no known actor has, as compromise finds it: a suggestion, for the editor to confirm. */
export interface Candidate {
  name: string;
  kind: 'person' | 'organization';
  /** How many times the body names it so, in full. */
  count: number;
}

interface Match {
  offset: { start: number; length: number };
  terms: { text: string; tags: string[] }[];
}

/** Titles compromise counts as part of a person's name ("Chancellor Friedrich Merz"): not the name. */
const isTitle = (term: Match['terms'][number]) => term.tags.includes('Honorific') || term.tags.includes('Actor');

/** A match's words as the body writes them, hyphens kept, less a leading title, trailing punctuation and a possessive. */
function nameOf(text: string, match: Match): string {
  const titles = match.terms.findIndex((term) => !isTitle(term));
  let name = text.slice(match.offset.start, match.offset.start + match.offset.length);
  for (const term of match.terms.slice(0, Math.max(0, titles))) name = name.slice(name.indexOf(term.text) + term.text.length).trimStart();
  return name.replace(/['’]s$|[.,;:!?]+$/u, '').replace(/['’]s$/u, '').trim();
}

/**
 * The people and organizations compromise finds in the body, outside quotation marks, that no known
 * actor's alias names, most named first: candidates for new actors.
 */
export function candidateActors(paragraphs: readonly Paragraph[], actors: readonly Speaker[]): Candidate[] {
  const aliases = actors.flatMap((actor) => actor.aliases);
  const found = new Map<string, Candidate>();
  for (const { text } of paragraphs) {
    const doc = nlp(text);
    const kinds = [
      ['person', doc.people().json({ offset: true }) as Match[]],
      ['organization', doc.organizations().json({ offset: true }) as Match[]],
    ] as const;
    const quoted = quotedSpans(text);
    for (const [kind, matches] of kinds) {
      for (const match of matches) {
        // Words inside a quotation are the speaker's, not names the text gives ("“The first soldiers …”").
        if (quoted.some((span) => span.start <= match.offset.start && match.offset.start < span.end)) continue;
        const name = nameOf(text, match);
        const known = findMentions(name, aliases).length > 0 || aliases.some((alias) => findMentions(alias, [name]).length > 0);
        if (name.length < 2 || known || found.has(name)) continue;
        const count = paragraphs.reduce((sum, paragraph) => sum + findMentions(paragraph.text, [name]).length, 0);
        found.set(name, { name, kind, count });
      }
    }
  }
  const names = [...found.values()];
  // "Okonkwo-Hale" alone is the same person as "Zoë Okonkwo-Hale": the longer name stands for both.
  const kept = names.filter((candidate) => !names.some((other) => other !== candidate && findMentions(other.name, [candidate.name]).length > 0));
  return kept.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
