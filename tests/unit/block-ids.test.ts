import { describe, expect, it } from 'vitest';
import { assignIds, baseId, type BlockText } from '../../src/lib/text/block-ids';

const p = (text: string): BlockText => ({ kind: 'paragraph', text });
const h = (text: string): BlockText => ({ kind: 'heading', text });

describe('baseId', () => {
  it.each([
    [h('Mixed reactions from Europe'), 'mixed-reactions-from-europe'],
    [p('In a move that could redefine Europe\'s security landscape.'), 'p-in-a-move-that-could-redefine'],
    [p('"We will establish military hubs across Ukraine," he said.'), 'p-we-will-establish-military-hubs-across'],
    [p('Short one.'), 'p-short-one'],
    [p('U.K. and France—together'), 'p-uk-and-france-together'],
    [p('Troops—even post-ceasefire—could, and/or not'), 'p-troops-even-post-ceasefire-could-and'],
    [h('Before—after'), 'beforeafter'],
    [p('!!!'), 'p-paragraph'],
    [h('???'), 'section'],
    // New ids are folded to ASCII, as actor ids are (issue 13): no %C3%AB in a shared link.
    [p("France's foreign minister Jean-Noël Barrot said"), 'p-frances-foreign-minister-jean-noel-barrot'],
    [h('Straße, Łódź and Søren'), 'strasse-lodz-and-soren'],
    // Every script is folded to ASCII with any-ascii (issue 21): a readable address in chat apps and e-mail.
    [p('Зеленський said'), 'p-zelenskiy-said'],
    [p('Слова Ани Рейес прозвучали в Саутбі.'), 'p-slova-ani-reyes-prozvuchali-v-sautbi'],
    [p('قالت آنا رييس إن العبارة ستعمل'), 'p-qlt-an-ryys-n-lbrh-stml'],
    [h('«\u00A0Un seul bateau\u00A0»\u202F?'), 'un-seul-bateau'],
    [p('東京都の知事'), 'p-dongjingdounozhishi'],
  ])('%o → %s', (block, id) => {
    expect(baseId(block)).toBe(id);
  });
});

describe('assignIds', () => {
  const body = [h('Reactions'), p('Russia remains opposed to the plan.'), p('Analysts warn of escalation.'), p('Zelensky hailed it.')];

  it('derives every id from the block’s own words', () => {
    expect(assignIds(body)).toEqual(['reactions', 'p-russia-remains-opposed-to-the-plan', 'p-analysts-warn-of-escalation', 'p-zelensky-hailed-it']);
  });

  it('keeps every other id when a paragraph is inserted', () => {
    const inserted = [...body.slice(0, 2), p('A new paragraph arrives.'), ...body.slice(2)];
    const ids = assignIds(inserted);
    expect(ids.filter((id) => id !== 'p-a-new-paragraph-arrives')).toEqual(assignIds(body));
  });

  it('keeps every other id when a paragraph is removed or edited', () => {
    expect(assignIds([body[0]!, body[1]!, body[3]!])).toEqual(['reactions', 'p-russia-remains-opposed-to-the-plan', 'p-zelensky-hailed-it']);
    const edited = assignIds([body[0]!, p('Russia remains opposed, a spokesman said.'), body[2]!, body[3]!]);
    expect(edited).toEqual(['reactions', 'p-russia-remains-opposed-a-spokesman-said', 'p-analysts-warn-of-escalation', 'p-zelensky-hailed-it']);
  });

  it('tells apart two paragraphs that begin alike', () => {
    expect(assignIds([p('The plan is bold and new.'), p('The plan is bold and risky too.')])).toEqual([
      'p-the-plan-is-bold-and-new',
      'p-the-plan-is-bold-and-risky',
    ]);
    expect(assignIds([p('Same words here.'), p('Same words here.'), p('Same words here.')])).toEqual([
      'p-same-words-here',
      'p-same-words-here-1',
      'p-same-words-here-2',
    ]);
  });
});
