/**
 * What an alias may be. Every occurrence of an alias in an article's text, as a whole word and in the same
 * case, is a mention of its actor, and the first is linked: an alias that is an ordinary word would make
 * that word a mention wherever it occurs.
 */

/** The fewest characters an alias has: "EU" and "UN" are aliases; "I" or "A" would be every other sentence. */
export const aliasMinimum = 2;

/**
 * Words too common to name one actor, compared in any case: the words that hold sentences together and
 * those that open them ("May", "Will", "Said"). One home for the list: the README states the rule.
 */
export const ordinaryWords: ReadonlySet<string> = new Set(
  `a about after against all also an and any are as at be because been before but by can could did do does during
  each for from had has have he her here him his how i if in into is it its just may me might more most must my new
  no not now of on one only or other our out over said says she should so some such than that the their them then
  there these they this those through to two under up us very was we were what when where which while who why will
  with would yes you your`.split(/\s+/),
);

/**
 * Why an alias cannot name one actor, or nothing: too short, an ordinary word (see `ordinaryWords`), or,
 * for an actor the text names, one word in lower case. An unnamed group ("officials", "analysts") is the
 * exception to the last: the text calls it by a common noun, and it is never linked.
 */
export function aliasProblem(alias: string, unnamed = false): string | undefined {
  const letters = [...alias.replace(/[\s\p{P}]/gu, '')].length;
  if (letters < aliasMinimum) return `alias "${alias}" is shorter than ${aliasMinimum} letters or digits: it would be a mention wherever it occurs; use a longer form of the name`;
  if (ordinaryWords.has(alias.toLocaleLowerCase('en'))) {
    return `alias "${alias}" is an ordinary word: every "${alias}" in the text would be a mention of this actor; use a longer form of the name (the full name, say)`;
  }
  // A single word in lower case, in a script that has capitals, is a word of the language, not a name.
  if (!unnamed && !/\s/.test(alias) && /\p{Ll}/u.test(alias) && !/[\p{Lu}\p{Lt}\p{N}]/u.test(alias)) {
    return `alias "${alias}" is one word in lower case, so a common word, not a name: every "${alias}" in the text would be a mention of this actor; write it as the name is written, or use a longer form`;
  }
  return undefined;
}
