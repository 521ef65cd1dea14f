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
    ['the prime minister and the Prime Minister', ['Prime Minister'], ['Prime Minister']],
  ])('%s with %o → %o', (text, aliases, expected) => {
    expect(findMentions(text, aliases).map((mention) => mention.alias)).toEqual(expected);
  });

  it('finds the near misses by case when asked, in the text’s own form', () => {
    expect(findMentions('the prime minister said', ['Prime Minister'], { ignoreCase: true })).toEqual([{ start: 4, end: 18, alias: 'prime minister' }]);
  });

  it('gives offsets into the text', () => {
    expect(findMentions('Ask Macron now', ['Macron'])).toEqual([{ start: 4, end: 10, alias: 'Macron' }]);
  });
});
