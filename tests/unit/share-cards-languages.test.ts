import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ClaimEntry } from '../../src/lib/analysis/model';
import { shareCards, type SharedArticle } from '../../src/lib/share-images/cards';
import { drawable, drawShareImage } from '../../src/lib/share-images/draw';
import { root } from '../support/build';

describe('drawable', () => {
  it.each([
    ['Harbour towns agree to share a ferry', true],
    ['«\u00A0Un seul bateau nous suffit\u00A0», a déclaré Ana Reyes.', true],
    ['«Один пором обслуговує нас обох», — сказала Ана Рейес.', true],
    ['Ο πορθμός', true],
    ['Đà Nẵng', true],
    ['«عبّارة واحدة تكفينا معاً»', false],
    ['Ana Reyes, רייס', false],
    ['東京都の知事', false],
    ['नमस्ते', false],
  ])('%s → %s', (text, expected) => {
    expect(drawable(text)).toBe(expected);
  });
});

/** An article with one claim, in a language. */
function article(lang: string, headline: string, excerpt: string): SharedArticle {
  const claim = { id: 'one', speaker: 'ana-reyes', kind: 'quote', excerpt, summary: 'Reyes says one ferry is enough.', blockId: 'p-one', sourcing: 'on-record' } as ClaimEntry;
  return { slug: `ferry-${lang}`, headline, lang, analysis: { actors: [], claims: [claim], names: new Map([['ana-reyes', 'Ana Reyes']]) } };
}

describe('share cards in every script', () => {
  it('keep a Ukrainian article’s headline and quotation, which Inter’s Cyrillic draws', () => {
    const cards = shareCards([article('uk', 'Нортпорт і Саутбі сперечаються', '«Один пором обслуговує нас обох», — сказала Ана Рейес.')]);
    expect(cards.slice(1).map((card) => card.card)).toEqual([
      { kicker: 'Article and analysis', title: 'Нортпорт і Саутбі сперечаються', byline: '1 claims, 0 actors' },
      { kicker: 'Direct quote', title: '«Один пором обслуговує нас обох», — сказала Ана Рейес.', byline: 'Ana Reyes · Нортпорт і Саутбі сперечаються' },
    ]);
  });

  it('leave out an Arabic article’s words, which satori cannot join or lay out right to left, and say what it is in Dossier’s words', () => {
    const cards = shareCards([article('ar', 'نورثبورت وساوثبي تتقاسمان عبّارة واحدة', '«عبّارة واحدة تكفينا معاً»')]);
    expect(cards.slice(1).map((card) => card.card)).toEqual([
      { kicker: 'Article and analysis', title: 'An article in Arabic', byline: '1 claims, 0 actors' },
      { kicker: 'Direct quote, in Dossier’s words', title: 'Reyes says one ferry is enough.', byline: 'Ana Reyes · An article in Arabic' },
    ]);
    for (const { card } of cards) expect(drawable(`${card.kicker}${card.title}${card.byline ?? ''}`), card.title).toBe(true);
  });

  it('draw Cyrillic letters as Inter draws them, not as boxes: Cyrillic “АТОМ” comes out as Latin “ATOM”, whose letters it shares', async () => {
    const hash = (png: Uint8Array) => createHash('sha256').update(png).digest('hex');
    const card = (title: string) => ({ kicker: 'Direct quote', title, byline: 'Ana Reyes' });
    const [cyrillic, latin, other] = await Promise.all([drawShareImage(card('\u0410\u0422\u041E\u041C'), root), drawShareImage(card('ATOM'), root), drawShareImage(card('ATOP'), root)]);
    expect([...cyrillic.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    expect(hash(cyrillic)).toBe(hash(latin));
    expect(hash(other)).not.toBe(hash(latin));
  }, 30_000);
});
