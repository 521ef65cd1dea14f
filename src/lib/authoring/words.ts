/**
 * The English words the authoring tools read attributions by: which verbs attribute words to a speaker,
 * which nouns name people or organizations, which words give a stance. One home for each list, so that
 * another language's lists can go beside them.
 */

/** The verbs, as compromise gives their infinitive, that attribute words to a speaker ("accord" is "according to"). */
export const attributionVerbs = new Set([
  'say', 'tell', 'warn', 'add', 'note', 'state', 'stress', 'describe', 'call', 'frame', 'hail', 'argue', 'insist', 'claim',
  'write', 'ask', 'reply', 'explain', 'declare', 'announce', 'accord', 'suggest', 'urge', 'vow', 'deny', 'confirm',
  'promise', 'pledge', 'accuse', 'admit', 'predict', 'acknowledge', 'concede', 'complain', 'caution',
]);

/** Irregular past tenses of `attributionVerbs`. */
const irregularPasts: Record<string, string> = { say: 'said', tell: 'told', write: 'wrote' };

/**
 * The past tenses of the attribution verbs ("said", "described"), which a tagger sometimes reads as
 * something else ("described such expansion" as a noun phrase): found by their form, as a fallback.
 */
export const attributionPasts = new RegExp(
  `(?<![\\p{L}-])(?:${[...attributionVerbs].filter((verb) => verb !== 'accord').map((verb) => irregularPasts[verb] ?? (verb.endsWith('e') ? `${verb}d` : verb.endsWith('y') ? `${verb.slice(0, -1)}ied` : `${verb}ed`)).join('|')})(?![\\p{L}-])`,
  'gu',
);

/** Nouns for people that a text cites without naming them ("officials", "one librarian"). */
export const peopleNouns = new Set([
  'official', 'analyst', 'diplomat', 'resident', 'operator', 'expert', 'critic', 'economist', 'campaigner', 'commuter',
  'passenger', 'protester', 'source', 'observer', 'investor', 'lawmaker', 'officer', 'worker', 'librarian', 'teacher',
  'doctor', 'nurse', 'scientist', 'researcher', 'engineer', 'activist', 'aide', 'adviser', 'advisor', 'spokesperson',
  'spokesman', 'spokeswoman', 'person', 'member', 'negotiator', 'voter', 'parent', 'student', 'farmer', 'driver',
  'witness', 'insider', 'executive', 'banker', 'trader', 'lawyer', 'soldier', 'councillor', 'minister',
]);

/** Irregular plurals of `peopleNouns`. */
export const irregularPlurals: Record<string, string> = { people: 'person', staff: 'staff', spokespeople: 'spokesperson' };

/** Head nouns of organizations a possessive names ("Russia’s foreign ministry", "the council’s"). */
export const organizationNouns = new Set([
  'ministry', 'agency', 'department', 'office', 'council', 'government', 'company', 'union', 'party', 'army', 'embassy',
  'court', 'commission', 'committee', 'bank', 'police', 'parliament', 'cabinet', 'administration', 'board', 'authority',
  'regulator', 'group', 'firm', 'federation', 'association', 'institute', 'foundation', 'secretariat', 'presidency',
]);

/** Nouns for what an organization does, that introduce its name in apposition ("The developer, Harlow Living,"). */
export const organizationRoles = new Set([
  ...organizationNouns, 'developer', 'charity', 'operator', 'retailer', 'airline', 'carrier', 'publisher', 'maker', 'insurer',
  'lender', 'builder', 'supplier', 'manufacturer', 'broadcaster', 'landlord', 'contractor', 'club', 'school', 'hospital', 'university',
]);

/** Words that name an outlet in an organization's name. */
export const outletWords = /\b(?:Times|Post|Gazette|Herald|News|Journal|Tribune|Telegraph|Courier|Ledger|Guardian|Figaro|Monde|Observer|Signal|Express|Mail|Press|TV|Radio|Channel)\b/;

/** Titles that say how a person is addressed, not what they do: never a role on their own. */
export const honorifics = new Set(['Sir', 'Dame', 'Lord', 'Lady', 'Dr', 'Dr.', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Prof', 'Prof.', 'Professor']);

/** Words that open a sentence or clause and are never part of a title before a name. */
export const openers = new Set(['While', 'As', 'According', 'In', 'After', 'Before', 'But', 'And', 'Yet', 'When', 'If', 'Then', 'So', 'With', 'For', 'Since', 'Although', 'Though', 'Under', 'On', 'At', 'By', 'From', 'The', 'A', 'An']);

/** Words that give a stance on a question outright; a sentence with both kinds, or neither, gives none. */
export const stanceWords = {
  opposes: /\b(?:rul(?:es|ed|ing)? out|reject(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|(?:will|would|could) not(?:\.\.\.|…)?\s+(?:\w+\s+)?(?:accept|agree|allow|send|tolerate)|won[’']t (?:accept|agree|allow|send))\b/i,
  supports: /\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?|endors(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|commit(?:s|ted|ting|ment)?)\b/i,
} as const;
