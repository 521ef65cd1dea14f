import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/lib/text/mentions';

describe('findMentions', () => {
  it.each([
    ["Zelensky's visit", ['Zelensky'], ['Zelensky']],
    ['Russian aggression', ['Russia'], []],
    ['Russia and Russia', ['Russia'], ['Russia', 'Russia']],
    ['U.S.-mediated talks', ['U.S.'], ['U.S.']],
    ['The U.K.-France agreement', ['U.K.'], ['U.K.']],
    ['President Volodymyr Zelensky', ['Zelensky', 'Volodymyr Zelensky'], ['Volodymyr Zelensky']],
    ['Trumpet', ['Trump'], []],
    ['nothing here', [], []],
  ])('%s with %o → %o', (text, aliases, expected) => {
    expect(findMentions(text, aliases).map((mention) => mention.alias)).toEqual(expected);
  });

  it('gives offsets into the text', () => {
    expect(findMentions('Ask Macron now', ['Macron'])).toEqual([{ start: 4, end: 10, alias: 'Macron' }]);
  });
});
