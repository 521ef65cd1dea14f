import { Document, isMap, isScalar, isSeq, stringify } from 'yaml';
import type { Capture } from '../capture/capture';
import { draftSummary } from '../check/drafts';
import { slugify } from '../check/did-you-mean';
import { idSchema } from '../../schemas/id';
import { baseLanguage, siteLang } from '../text/language';
import { findMentions, inflectedForms } from '../text/mentions';
import { candidateActors, type Candidate } from './candidates';
import type { KnownActor } from './known';
import { bodyMdx } from './mdx-body';
import { findQuotations, type Quotation } from './quotations';
import { yamlWriteOptions } from './yaml';

/** What the scaffold found in a capture, for `npm run new` to print and the tests to check. */
export interface Scaffold {
  /** The new article's file: frontmatter and body. */
  mdx: string;
  /** The known actors the body names, by id. */
  actors: string[];
  /** Names that no known actor has, for the editor to confirm. */
  candidates: Candidate[];
  /** The quotations, each a draft claim. */
  quotations: Quotation[];
  /** The metadata fields the capture does not state. */
  unstated: string[];
  /** How many `<MissingVideo />` notes the body got. */
  videos: number;
}

/** A claim id from its speaker and the quotation's first words: `keir-starmer-we-will-establish`, unique in the article. */
function claimId(quotation: Quotation, taken: Set<string>): string {
  const words = slugify(quotation.quoted[0] ?? quotation.excerpt).split('-').slice(0, 4).join('-');
  const base = [quotation.speaker, words].filter(Boolean).join('-') || 'quote';
  let id = idSchema.safeParse(base).success ? base : `quote-${base}`;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The metadata a capture states, as frontmatter fields, and the names of those it does not. */
function metadata(capture: Capture): { stated: Record<string, string>; unstated: string[] } {
  const fields = { published: capture.published, author: capture.author, outlet: capture.outlet, url: capture.url };
  const stated = Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return { stated, unstated: Object.keys(fields).filter((field) => !(field in stated)) };
}

/**
 * A new article from a raw capture: the publisher's words verbatim, the metadata the capture states and
 * nothing else, and the analysis pre-filled with what can be found mechanically, every guess a draft
 * (`draft: true`) that the check refuses until an editor confirms it. Known actors the body names are
 * listed (by id when the registry has them, in full otherwise), with the role the newest article gives them; each quotation is a draft claim whose excerpt is
 * cut from the body, with its likely speaker; names no known actor has are suggested in a comment.
 */
export function scaffoldArticle(capture: Capture, known: readonly KnownActor[], sourceFile = ''): Scaffold {
  const texts = capture.body.map((block) => block.text);
  const paragraphs = capture.body.filter((block) => block.kind === 'paragraph');
  const lang = capture.lang ?? siteLang;
  const named = (alias: string) => texts.some((text) => findMentions(text, [alias], { lang }).length > 0);
  // In a language that declines names, the body may name a known actor only in forms its aliases lack ("Нортпортом").
  const declined = new Map(known.map((actor) => [actor.id, [...new Set(texts.flatMap((text) => actor.aliases.flatMap((alias) => inflectedForms(text, alias, lang))))].filter((form) => !actor.aliases.includes(form))]));
  const found = known.filter((actor) => [...actor.aliases, ...actor.demonyms].some(named) || declined.get(actor.id)!.length > 0);
  const foundIds = new Set(found.map((actor) => actor.id));
  const quotations = findQuotations(paragraphs, found, lang);
  // Compromise reads English only: in another language its guesses are noise.
  const candidates = baseLanguage(lang) === 'en' ? candidateActors(paragraphs, known) : [];
  const { stated, unstated } = metadata(capture);
  const { mdx: body, videos } = bodyMdx(capture.body);

  const publisher = stringify(
    {
      ...(capture.lang ? { lang: capture.lang } : {}),
      headline: capture.headline,
      ...(capture.keyPoints.length > 0 ? { keyPoints: capture.keyPoints } : {}),
      ...(capture.sources.length > 0 ? { sources: capture.sources } : {}),
      ...stated,
    },
    yamlWriteOptions,
  );
  const lines = [`# Scaffolded by npm run new${sourceFile ? ` from ${sourceFile}` : ''}. Every "draft: true" is a guess: confirm it, then remove the line.`];
  if (capture.publishedAsWritten && !capture.published) lines.push(`# The capture says "Published: ${capture.publishedAsWritten}", which is not read as a day: write published: YYYY-MM-DD if it names one.`);
  if (unstated.length > 0) lines.push(`# Not stated in the source, so left out on purpose: ${unstated.join(', ')}.`);

  const actors = found.map((actor) => {
    const forms = declined.get(actor.id)!;
    const aliases = [...actor.aliases.filter(named), ...forms];
    const demonyms = actor.demonyms.filter(named);
    const affiliation = actor.affiliation && foundIds.has(actor.affiliation) ? { affiliation: actor.affiliation } : {};
    const role = { role: actor.role?.text ?? draftSummary };
    const unnamed = actor.unnamed ? { unnamed: true } : {};
    // A registered actor is listed by id with what this article says; any other in full.
    if (actor.registered) return { id: actor.id, ...role, ...(forms.length > 0 ? { aliases: forms } : {}), ...unnamed, draft: true };
    return { id: actor.id, name: actor.name, kind: actor.kind, ...role, ...affiliation, aliases, ...(demonyms.length > 0 ? { demonyms } : {}), ...unnamed, draft: true };
  });
  const taken = new Set<string>();
  const claims = quotations.map((quotation) => ({
    id: claimId(quotation, taken),
    ...(quotation.speaker ? { speaker: quotation.speaker } : {}),
    kind: 'quote',
    excerpt: quotation.excerpt,
    summary: draftSummary,
    draft: true,
  }));
  const analysis = new Document({ actors, claims });
  const actorList = analysis.get('actors', true);
  if (isSeq(actorList)) {
    actorList.items.forEach((item, index) => {
      if (!isMap(item)) return;
      for (const key of ['aliases', 'demonyms']) {
        const list = item.get(key, true);
        if (isSeq(list)) list.flow = true;
      }
      const role = item.get('role', true);
      const from = found[index]!.role;
      if (isScalar(role)) role.comment = from ? ` as content/articles/${from.slug}.mdx has it` : ' no article gives a role yet';
    });
    if (candidates.length > 0) {
      actorList.commentBefore = [
        ' Names no known actor has (found by compromise): add those that act or speak, with a role.',
        ...candidates.map((candidate) => `   ${candidate.name} (${candidate.kind}, named ${candidate.count}×)`),
      ].join('\n');
    }
  }
  const frontmatter = `${publisher}${lines.join('\n')}\n${analysis.toString(yamlWriteOptions)}`;
  return { mdx: `---\n${frontmatter}---\n\n${body}`, actors: found.map((actor) => actor.id), candidates, quotations, unstated, videos };
}
