import { Document, isMap, isScalar, isSeq, stringify } from 'yaml';
import type { Capture } from '../capture/capture';
import { draftSummary } from '../check/drafts';
import { findMentions, inflectedForms } from '../text/mentions';
import { baseLanguage, siteLang } from '../text/language';
import { candidateActors, type Candidate } from './candidates';
import { castOf, type Speaker } from './cast';
import type { KnownActor } from './known';
import { bodyMdx } from './mdx-body';
import { draftPositions, type CuedQuestion, type PositionDraft } from './positions';
import { findQuotations, type Quotation } from './quotations';
import { yamlWriteOptions } from './yaml';
import { newClaimId } from './claim-ids';

/** What the scaffold found in a capture, for `npm run new` to print and the tests to check. */
export interface Scaffold {
  /** The new article's file: frontmatter and body. */
  mdx: string;
  /** The known actors the body names, by id. */
  actors: string[];
  /** The actors new to the site, drafted in full: people and organizations the body names, unnamed sources. */
  drafted: Speaker[];
  /** Names that no known actor has and that are not drafted, for the editor to consider. */
  candidates: Candidate[];
  /** The quotations: each a draft claim, but scare quotes. */
  quotations: Quotation[];
  /** The positions proposed, each a draft. */
  positions: PositionDraft[];
  /** How many drafts the new file holds, by kind. */
  drafts: { actors: number; claims: number; positions: number };
  /** The metadata fields the capture does not state. */
  unstated: string[];
  /** How many `<MissingVideo />` notes the body got. */
  videos: number;
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
export function scaffoldArticle(capture: Capture, known: readonly KnownActor[], sourceFile = '', questions: readonly CuedQuestion[] = []): Scaffold {
  const texts = capture.body.map((block) => block.text);
  const paragraphs = capture.body.filter((block) => block.kind === 'paragraph');
  const lang = capture.lang ?? siteLang;
  const named = (alias: string) => texts.some((text) => findMentions(text, [alias], { lang }).length > 0);
  // In a language that declines names, the body may name a known actor only in forms its aliases lack ("Нортпортом").
  const declined = new Map(known.map((actor) => [actor.id, [...new Set(texts.flatMap((text) => actor.aliases.flatMap((alias) => inflectedForms(text, alias, lang))))].filter((form) => !actor.aliases.includes(form))]));
  const found = known.filter((actor) => [...actor.aliases, ...actor.demonyms].some(named) || declined.get(actor.id)!.length > 0);
  // Compromise reads English only: in another language its guesses are noise.
  const candidates = baseLanguage(lang) === 'en' ? candidateActors(paragraphs, known) : [];
  const cast = castOf(paragraphs, found, candidates);
  const quotations = findQuotations(paragraphs, cast, lang);
  const drafted = [...cast.filter((member) => member.drafted), ...quotations.flatMap((quotation) => (quotation.drafted ? [quotation.drafted] : []))].filter(
    (member, index, all) => all.findIndex((other) => other.id === member.id) === index,
  );
  const listed = new Set([...found.map((actor) => actor.id), ...drafted.map((member) => member.id)]);
  const claimed = quotations.filter((quotation) => !quotation.scare);
  const positions = draftPositions(claimed, questions);
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
  const lines = [`# Scaffolded by npm run new${sourceFile ? ` from ${sourceFile}` : ''}. Every "draft" line is a guess: confirm it, then remove the line.`];
  if (capture.publishedAsWritten && !capture.published) lines.push(`# The capture says "Published: ${capture.publishedAsWritten}", which is not read as a day: write published: YYYY-MM-DD if it names one.`);
  if (unstated.length > 0) lines.push(`# Not stated in the source, so left out on purpose: ${unstated.join(', ')}.`);

  const inText = new Map(cast.map((member) => [member.id, member.roleInText]));
  const actors = [
    ...found.map((actor) => {
      const forms = declined.get(actor.id)!;
      const aliases = [...actor.aliases.filter(named), ...forms];
      const demonyms = actor.demonyms.filter(named);
      const affiliation = actor.affiliation && listed.has(actor.affiliation) ? { affiliation: actor.affiliation } : {};
      const role = { role: inText.get(actor.id) ?? actor.role?.text ?? draftSummary };
      const unnamed = actor.unnamed ? { unnamed: true } : {};
      // A registered actor is listed by id with what this article says; any other in full.
      if (actor.registered) return { id: actor.id, ...role, ...(forms.length > 0 ? { aliases: forms } : {}), ...unnamed, draft: true };
      return { id: actor.id, name: actor.name, kind: actor.kind, ...role, ...affiliation, aliases, ...(demonyms.length > 0 ? { demonyms } : {}), ...unnamed, draft: true };
    }),
    ...drafted.map((member) => ({
      id: member.id,
      name: member.name ?? member.id,
      kind: member.kind,
      role: member.roleInText ?? draftSummary,
      ...(member.affiliation && listed.has(member.affiliation) ? { affiliation: member.affiliation } : {}),
      aliases: member.aliases,
      ...(member.unnamed ? { unnamed: true } : {}),
      draft: `new to the site, drafted from the text: check its name, kind${member.affiliation ? ' and affiliation' : ''}`,
    })),
  ];
  const taken = new Set<string>();
  const claims = claimed.map((quotation) => {
    const id = newClaimId(quotation.speaker, quotation.quoted[0] ?? quotation.excerpt, taken, 'quote', 8);
    taken.add(id);
    return { id, ...(quotation.speaker ? { speaker: quotation.speaker } : {}), kind: 'quote', excerpt: quotation.excerpt, summary: draftSummary, draft: quotation.note ?? true };
  });
  const positionEntries = positions.map((position) => ({
    actor: position.actor,
    question: position.question,
    stance: position.stance,
    summary: draftSummary,
    excerpts: position.excerpts,
    draft: position.evidence,
  }));
  const analysis = new Document({ actors, ...(positionEntries.length > 0 ? { positions: positionEntries } : {}), claims });
  const actorList = analysis.get('actors', true);
  const drafts = { actors: actors.length, claims: claims.length, positions: positionEntries.length };
  const draftedIds = new Set(drafted.map((member) => member.id));
  const notDrafted = candidates.filter((candidate) => !cast.some((member) => member.aliases.includes(candidate.name)) && !draftedIds.has(candidate.name));
  if (isSeq(actorList)) {
    actorList.items.forEach((item, index) => {
      if (!isMap(item)) return;
      for (const key of ['aliases', 'demonyms']) {
        const list = item.get(key, true);
        if (isSeq(list)) list.flow = true;
      }
      const role = item.get('role', true);
      const actor = found[index];
      const from = actor?.role;
      if (!isScalar(role)) return;
      if (!actor) role.comment = drafted[index - found.length]?.roleInText ? ' in the text\'s words' : ' the text gives none: write one';
      else if (inText.get(actor.id)) role.comment = ' in the text\'s words';
      else role.comment = from ? ` as content/articles/${from.slug}.mdx has it` : ' no article gives a role yet';
    });
    if (notDrafted.length > 0) {
      actorList.commentBefore = [
        ' Names no known actor has (found by compromise), not drafted: add those that act or speak, with a role.',
        ...notDrafted.map((candidate) => `   ${candidate.name} (${candidate.kind}, named ${candidate.count}×)`),
      ].join('\n');
    }
  }
  const scare = quotations.filter((quotation) => quotation.scare);
  const claimList = analysis.get('claims', true);
  if (scare.length > 0 && isSeq(claimList)) {
    claimList.commentBefore = [' Quotation marks that quote no one (scare quotes), so no claim:', ...scare.flatMap((quotation) => quotation.quoted.map((quoted) => `   ${quoted}`))].join('\n');
  }
  const frontmatter = `${publisher}${lines.join('\n')}\n${analysis.toString(yamlWriteOptions)}`;
  return { mdx: `---\n${frontmatter}---\n\n${body}`, actors: found.map((actor) => actor.id), drafted, candidates: notDrafted, quotations, positions, unstated, videos, drafts };
}
