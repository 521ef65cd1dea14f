import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitArticle } from '../../src/lib/source/mdx-file';
import { articleRuleProblems } from '../../src/lib/check/article-rules';
import { registryData, type Registry, type RegistryEntry } from '../../src/lib/registry/registry';
import { localName, resolveActor } from '../../src/lib/registry/resolve';
import { parseBlocks } from '../../src/lib/text/blocks';
import { directionOf, isSpaced, quotationPattern, scriptOf, searchAttributes, searchLanguage } from '../../src/lib/text/language';
import { pageLanguage } from '../../src/lib/publish/search-pages';
import { findMentions, inflectedForms } from '../../src/lib/text/mentions';
import { sentenceAround, sentenceStarts } from '../../src/lib/text/sentences';
import { articleSchema } from '../../src/schemas/article';
import { registryActorSchema, type RegistryActor } from '../../src/schemas/actor';
import { langSchema } from '../../src/schemas/language';

describe('langSchema', () => {
  it.each([
    ['fr', 'fr'],
    ['uk', 'uk'],
    ['ar', 'ar'],
    ['pt-br', 'pt-BR'],
    ['SR-latn', 'sr-Latn'],
  ])('accepts %s as %s', (tag, canonical) => {
    expect(langSchema.parse(tag)).toBe(canonical);
  });

  it.each(['english', 'fr_FR', '', '12', 'x-private'])('refuses %j with what a tag looks like', (tag) => {
    expect(langSchema.safeParse(tag).error?.issues[0]?.message).toBe('must be a BCP 47 language tag such as "en", "fr", "uk", "ar" or "pt-BR"');
  });

  it('defaults an article to English', () => {
    expect(articleSchema.parse({ headline: 'A', actors: [{ id: 'a', name: 'A', kind: 'person' }] }).lang).toBe('en');
  });
});

describe('search by language', () => {
  it.each([
    ['en', { lang: 'en', dir: 'ltr', path: '' }],
    ['fr', { lang: 'fr', dir: 'ltr', path: 'fr/' }],
    ['ar', { lang: 'ar', dir: 'rtl', path: 'ar/' }],
    ['pt-BR', { lang: 'pt-BR', dir: 'ltr', path: 'pt-BR/' }],
  ])('keeps the %s index where searchLanguage says', (lang, expected) => {
    expect(searchLanguage(lang)).toEqual(expected);
  });

  it.each([
    [undefined, { 'data-pagefind-meta': 'type:Claim' }, 'en'],
    ['en', { 'data-pagefind-meta': 'type:Claim' }, 'en'],
    ['ar', { 'data-pagefind-meta': 'lang[data-lang], type:Claim', 'data-lang': 'ar' }, 'ar'],
    ['pt-BR', { 'data-pagefind-meta': 'lang[data-lang], type:Claim', 'data-lang': 'pt-BR' }, 'pt-BR'],
  ])('marks a claim page in %s for search, and the build reads back its index', (lang, attributes, index) => {
    expect(searchAttributes('Claim', lang)).toEqual(attributes);
    const markup = Object.entries(attributes).map(([name, value]) => ` ${name}="${value}"`).join('');
    expect(pageLanguage(`<html lang="en"><main><p data-lang="fr">x</p><article data-pagefind-body${markup}><h1>x</h1></article></main></html>`)).toBe(index);
  });
});

describe('directionOf and the script of a language', () => {
  it.each([
    ['en', 'ltr', 'Latn', true],
    ['fr', 'ltr', 'Latn', true],
    ['uk', 'ltr', 'Cyrl', true],
    ['ar', 'rtl', 'Arab', true],
    ['he', 'rtl', 'Hebr', true],
    ['fa', 'rtl', 'Arab', true],
    ['ja', 'ltr', 'Jpan', false],
    ['th', 'ltr', 'Thai', false],
    ['az-Arab', 'rtl', 'Arab', true],
  ] as const)('%s runs %s in %s', (lang, direction, script, spaced) => {
    expect([directionOf(lang), scriptOf(lang), isSpaced(lang)]).toEqual([direction, script, spaced]);
  });
});

describe('quotationPattern', () => {
  const quotes = (text: string, lang: string) => [...text.matchAll(quotationPattern(lang))].map((match) => match[0]);

  it.each([
    ['en', 'She said “we go” and "now".', ['“we go”', '"now"']],
    ['fr', 'Il a dit\u00A0: «\u00A0Nous irons\u00A0» puis ‹\u00A0oui\u00A0›.', ['«\u00A0Nous irons\u00A0»', '‹\u00A0oui\u00A0›']],
    ['uk', 'Він сказав: «Ми підемо „разом“ завтра».', ['«Ми підемо „разом“ завтра»']],
    ['de', 'Sie sagte: „Wir gehen.“', ['„Wir gehen.“']],
    ['ar', 'قالت: «سنبدأ غداً» وأضافت "الآن".', ['«سنبدأ غداً»', '"الآن"']],
    ['ja', '彼は「行く」と言った。', ['「行く」']],
    ['sv', 'Hon sa ”vi går”.', ['”vi går”']],
  ])('finds quotations in %s marks', (lang, text, expected) => {
    expect(quotes(text, lang)).toEqual(expected);
  });
});

describe('sentenceStarts by language', () => {
  const firstWords = (text: string, lang: string) => sentenceStarts(text, lang).map((at) => text.slice(at).split(/\s/)[0]);

  it.each([
    ['fr', 'Le traité est signé\u202F: il entre en vigueur\u202F! Pourquoi\u202F? M. Barrot répond. «\u00A0Oui\u00A0», dit-il.', ['Le', 'Pourquoi', 'M.', '«']],
    ['uk', 'Ана Рейес погодилася. Чи погодиться Саутбі? Рада вирішить у м. Нортпорт разом. «Так», — сказала вона.', ['Ана', 'Чи', 'Рада', '«Так»,']],
    ['ar', 'وافقت آنا رييس. هل توافق ساوثبي؟ سيقرر المجلس في آذار.', ['وافقت', 'هل', 'سيقرر']],
    ['en', 'U.S. President Donald Trump spoke. Mr. Reyes agreed.', ['U.S.', 'Mr.']],
  ])('splits %s sentences, not after an initial or abbreviation', (lang, text, expected) => {
    expect(firstWords(text, lang)).toEqual(expected);
  });

  it('cuts an Arabic sentence around a name', () => {
    const text = 'وافقت آنا رييس. هل توافق ساوثبي؟ سيقرر المجلس.';
    const start = text.indexOf('ساوثبي');
    expect(sentenceAround(text, start, start + 'ساوثبي'.length, 'ar')).toEqual({ before: 'هل توافق ', match: 'ساوثبي', after: '؟' });
  });
});

describe('findMentions in other scripts', () => {
  const found = (text: string, aliases: string[], lang?: string) => findMentions(text, aliases, lang ? { lang } : {}).map((mention) => mention.alias);

  it('matches whole Cyrillic words only', () => {
    expect(found('Зеленський і Зеленського', ['Зеленський'], 'uk')).toEqual(['Зеленський']);
  });

  it('keeps a combining mark inside the word it marks', () => {
    // "رييسَ" with a fatha: the mark belongs to the word, so "رييس" alone is not a whole word there.
    expect(found('قال رييسَ ثم رييس.', ['رييس'], 'ar')).toEqual(['رييس']);
  });

  it('finds an Arabic name behind the letters joined to its front, and only there', () => {
    expect(found('اتفقت نورثبورت وساوثبي وبساوثبي', ['ساوثبي'], 'ar')).toEqual(['ساوثبي', 'ساوثبي']);
    expect(found('اتفقت نورثبورت وساوثبي', ['ساوثبي'], 'en')).toEqual([]);
    expect(found('مساوثبي', ['ساوثبي'], 'ar')).toEqual([]);
  });

  it('finds words in a script without spaces by the segmenter', () => {
    expect(found('東京都の知事が話した。', ['東京都'], 'ja')).toEqual(['東京都']);
    expect(found('東京都の知事が話した。', ['京都'], 'ja')).toEqual([]);
  });
});

describe('inflectedForms', () => {
  it.each([
    ['У Зеленського немає відповіді.', 'Зеленський', 'uk', ['Зеленського']],
    ['Слова Ани Рейес прозвучали.', 'Ана Рейес', 'uk', ['Ани Рейес']],
    ['Ana Reyes spoke.', 'Ana Reyes', 'en', []],
    ['Rzecznik Tuska odmówił.', 'Tusk', 'pl', ['Tuska']],
    ['Trump met Truman.', 'Trump', 'en', []],
    ['Trump met Truman.', 'Trump', 'pl', ['Truman']],
  ])('in %j finds the forms of %s (in %s; none where names are not declined)', (text, alias, lang, expected) => {
    expect(inflectedForms(text, alias, lang)).toEqual(expected);
  });
});

/** A registry of one actor, as the loader reads it. */
function registryOf(id: string, actor: Record<string, unknown>): Registry {
  const data: RegistryActor = registryActorSchema.parse(actor);
  const entry: RegistryEntry<RegistryActor> = { id, file: `content/actors/${id}.yaml`, data, lineOf: () => 1 };
  return { actors: new Map([[id, entry]]), questions: new Map() };
}

describe('one actor, many names', () => {
  const registry = registryOf('ana-reyes', {
    name: 'Ana Reyes',
    kind: 'person',
    aliases: ['Ana Reyes', 'Reyes'],
    names: { uk: { name: 'Ана Рейес', aliases: ['Ана Рейес', 'Ани Рейес'] }, ar: { name: 'آنا رييس', aliases: ['آنا رييس'] } },
  });

  it('finds the name of an article\'s language by full tag, then by language', () => {
    const names = registryData(registry).actors.get('ana-reyes')!.names;
    expect(localName(names, 'uk-UA')?.name).toBe('Ана Рейес');
    expect(localName(names, 'ar')?.name).toBe('آنا رييس');
    expect(localName(names, 'fr')).toBeUndefined();
  });

  it('gives an article the aliases of every language and of its own', () => {
    const known = registryData(registry);
    expect(resolveActor({ id: 'ana-reyes', aliases: [], demonyms: [] }, known, 'uk').aliases).toEqual(['Ana Reyes', 'Reyes', 'Ана Рейес', 'Ани Рейес']);
    expect(resolveActor({ id: 'ana-reyes', aliases: [], demonyms: [] }, known, 'fr').aliases).toEqual(['Ana Reyes', 'Reyes']);
  });

  it('hints at the declined form the body uses when the registry lacks it', () => {
    const known = registryOf('ana-reyes', { name: 'Ana Reyes', kind: 'person', aliases: ['Ana Reyes'], names: { uk: { name: 'Ана Рейес', aliases: ['Ана Рейес'] } } });
    const data = { lang: 'uk', actors: [{ id: 'ana-reyes', aliases: [], demonyms: [] }], questions: [], positions: [], claims: [] };
    expect(articleRuleProblems(data, parseBlocks('Слова Ани Рейес прозвучали.'), undefined, known)).toEqual([
      { path: 'actors.0.id', message: '"ana-reyes" is named in the body by none of its aliases; line 1 has "Ани Рейес", another form of "Ана Рейес": names match only as written, so add "Ани Рейес" to the aliases (each form the body uses)' },
    ]);
    data.actors[0]!.aliases = ['Ана Рейес'] as never;
    expect(articleRuleProblems(data, parseBlocks('Слова Ани Рейес прозвучали.'), undefined, known).map((problem) => problem.message)).toEqual([
      'alias "Ана Рейес" does not occur in the body as a whole word; line 1 has "Ани Рейес", another form of "Ана Рейес": names match only as written, so add "Ани Рейес" to the aliases (each form the body uses)',
      '"ana-reyes" is named in the body by none of its aliases; line 1 has "Ани Рейес", another form of "Ана Рейес": names match only as written, so add "Ани Рейес" to the aliases (each form the body uses)',
    ]);
  });
});

describe('ASCII ids', () => {
  it('gives the present articles the very ids their anchor manifests published', () => {
    for (const name of readdirSync('content/anchors')) {
      const slug = name.replace(/\.json$/, '');
      const { body } = splitArticle(readFileSync(`content/articles/${slug}.mdx`, 'utf8'))!;
      const published = (JSON.parse(readFileSync(`content/anchors/${name}`, 'utf8')) as { anchors: string[] }).anchors;
      const ids = parseBlocks(body).map((block) => block.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(published).toEqual(expect.arrayContaining(ids));
      expect(ids.every((id) => /^[\x21-\x7e]+$/.test(id))).toBe(true);
    }
  });
});
