import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitSource } from '../../src/lib/source/mdx-file';
import { buildProject, fixtureProject, removeFixtureBuilds, root, useFixtureArticles, type BuildResult } from '../support/build';
import { listFiles, readPage } from '../support/site';

/**
 * Articles in French, Ukrainian and Arabic beside the English story (tests/fixtures/story-languages over
 * tests/fixtures/story): one registry, whose actors give their names per language, and one question.
 */
afterAll(removeFixtureBuilds);

const NB = '\u00A0';

/** Each fixture capture's quotations, marks included, and who says each, as an editor reads the text. */
const captures = {
  fr: [
    [`«${NB}Un seul bateau nous suffit${NB}»`, 'ana-reyes'],
    [`«${NB}Nous soutenons le ferry, mais il nous faut un départ à 22${NB}heures${NB}»`, 'southby'],
    [`«${NB}Les deux conseils fixeront les tarifs ensemble${NB}»`, 'ana-reyes'],
    [`«${NB}la traversée coûte moitié moins qu’avec deux bateaux${NB}»`, 'the-gazette'],
  ],
  uk: [
    ['«Один пором обслуговує нас обох»', 'ana-reyes'],
    ['«Ми підтримуємо пором, якщо розклад підходить нашим працівникам»', 'southby'],
    ['«Ми вирішимо це спільно»', 'ana-reyes'],
    ['«Пором коштує вдвічі менше, ніж два»', 'the-gazette'],
  ],
  ar: [
    ['«عبّارة واحدة تكفينا معاً»', 'ana-reyes'],
    ['«نريد رحلة مسائية لعمالنا»', 'southby'],
    ['«سيحدد المجلسان الأسعار معاً، وسنعلنها قبل ١ أبريل»', 'ana-reyes'],
    ['«تكلّف العبّارة أقل من عبّارتين»', 'the-gazette'],
  ],
} as const;

describe('npm run new, on a capture in each language', () => {
  let project: string;
  const runs = new Map<string, { status: number | null; stdout: string; frontmatter: { lang: string; actors: { id: string; aliases?: string[] }[]; claims: { speaker?: string; excerpt: string }[] } }>();

  beforeAll(() => {
    project = fixtureProject();
    useFixtureArticles(project, 'story');
    for (const lang of Object.keys(captures)) {
      const run = spawnSync('npm', ['run', '--silent', 'new', '--', join(root, `tests/fixtures/captures/ferry-${lang}.txt`), '--slug', `new-${lang}`], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      const { frontmatter } = splitSource(readFileSync(join(project, `content/articles/new-${lang}.mdx`), 'utf8'));
      runs.set(lang, { status: run.status, stdout: run.stdout, frontmatter: parse(frontmatter) });
    }
  }, 120_000);

  it.each(Object.entries(captures))('finds every %s quotation in that language’s marks, each with its speaker', (lang, quotations) => {
    const run = runs.get(lang)!;
    expect(run.status).toBe(0);
    expect(run.frontmatter.lang).toBe(lang);
    const claims = run.frontmatter.claims;
    expect(claims).toHaveLength(quotations.length);
    for (const [quoted, speaker] of quotations) {
      expect(claims.find((claim) => claim.excerpt.includes(quoted))?.speaker, quoted).toBe(speaker);
    }
    expect(run.stdout).toContain('other names (compromise, in a comment): none');
  });

  it('finds the actors a Ukrainian body names only in declined forms, and lists those forms', () => {
    const actors = runs.get('uk')!.frontmatter.actors;
    expect(actors.map((actor) => actor.id).sort()).toEqual(['ana-reyes', 'northport', 'southby', 'the-gazette']);
  });
});

describe('a story in four languages', () => {
  let build: BuildResult;
  let page: (path: string) => Root;
  const text = (node: Element | Root | undefined) => (node ? toString(node).replace(/\s+/g, ' ').trim() : '');

  beforeAll(() => {
    build = buildProject(fixtureProject('story', 'story-languages'));
    page = (path) => readPage(build.outDir, path);
  }, 300_000);

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('shows Ana Reyes’s stances across the four languages on the question’s month pages, each linking to its sentence, each headline in its language and direction', () => {
    // The full actor × article record stands on the question's month pages; the question page links each.
    const months = selectAll('a[href^="/questions/shared-ferry/"]', page('questions/shared-ferry/index.html')).map((link) => String(link.properties.href).replace(/^\//, ''));
    expect(months.length).toBeGreaterThan(0);
    const tables = months.map((month) => page(`${month}index.html`));
    const headers = tables.flatMap((table) => selectAll('thead th cite', table));
    const byHeadline = new Map(headers.map((cite) => [text(cite), cite.properties]));
    expect(byHeadline.get('Le ferry partagé entre Northport et Southby fait ses preuves')).toMatchObject({ lang: 'fr' });
    expect(byHeadline.get('Нортпорт і Саутбі сперечаються про тарифи на спільний пором')).toMatchObject({ lang: 'uk' });
    expect(byHeadline.get('نورثبورت وساوثبي تتقاسمان عبّارة واحدة')).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(byHeadline.get('Harbour towns agree to share a ferry')?.lang).toBeUndefined();
    const reyes = tables.flatMap((table) => selectAll('tbody tr', table)).filter((row) => text(select('th', row)) === 'Ana Reyes');
    expect(reyes.flatMap((row) => selectAll('td a', row)).map((link) => String(link.properties.href))).toEqual(expect.arrayContaining([
      '/articles/harbour-talks/full/#p-one-boat-serves-us-both-said',
      '/articles/ferry-fr/full/#p-un-seul-bateau-nous-suffit-a',
      '/articles/ferry-uk/full/#p-odin-porom-obslugovuie-nas-obokh-skazala',
      '/articles/ferry-ar/full/#p-qlt-an-ryys-riysh-bldyh-nwrthbwrt',
    ]));
    // Each link leads to a paragraph that holds Ana Reyes's words, in its article's language.
    for (const [slug, id, name] of [['ferry-fr', 'p-un-seul-bateau-nous-suffit-a', 'Ana Reyes'], ['ferry-uk', 'p-odin-porom-obslugovuie-nas-obokh-skazala', 'Ана Рейес'], ['ferry-ar', 'p-qlt-an-ryys-riysh-bldyh-nwrthbwrt', 'آنا رييس']] as const) {
      expect(text(select(`#${id}`, page(`articles/${slug}/full/index.html`))), slug).toContain(name);
    }
  });

  it('marks every element holding an article’s words with its language, and right to left where the script runs so', () => {
    const full = page('articles/ferry-ar/full/index.html');
    for (const selector of ['h1', '.key-points', '.body']) expect(select(selector, full)?.properties, selector).toMatchObject({ lang: 'ar', dir: 'rtl' });
    // Dossier's own words stay English, its notes among the Arabic paragraphs included.
    expect(select('html', full)?.properties.lang).toBe('en');
    expect(selectAll('.body .notes', full).map((notes) => [notes.properties.lang, notes.properties.dir])).toEqual([['en', 'ltr'], ['en', 'ltr'], ['en', 'ltr'], ['en', 'ltr']]);
    expect(select('.toc bdi', full)?.properties).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(selectAll('.citations a', full).map((link) => link.properties.lang)).toEqual(['ar', 'ar']);
    const summary = page('articles/ferry-ar/index.html');
    expect(select('h1', summary)?.properties).toMatchObject({ lang: 'ar', dir: 'rtl' });
    const claim = page('articles/ferry-ar/claims/reyes-ibara-wahida/index.html');
    expect(select('h1', claim)?.properties).toMatchObject({ lang: 'ar', dir: 'rtl' });
    const french = page('articles/ferry-fr/index.html');
    expect(select('h1', french)?.properties).toMatchObject({ lang: 'fr' });
    expect(select('h1', french)?.properties.dir).toBeUndefined();
  });

  it('lists an actor’s other names on its page and as alternateName in its JSON-LD', () => {
    const html = readFileSync(join(build.outDir, 'actors/ana-reyes/index.html'), 'utf8');
    const names = selectAll('.other-names [lang]', readPage(build.outDir, 'actors/ana-reyes/index.html'));
    expect(names.map((name) => [text(name), name.properties.lang, name.properties.dir])).toEqual([
      ['Ана Рейес', 'uk', undefined],
      ['آنا رييس', 'ar', 'rtl'],
    ]);
    const json = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]!) as { '@graph': { alternateName?: string[] }[] };
    expect(json['@graph'][0]!.alternateName).toEqual(['Ана Рейес', 'آنا رييس']);
  });

  it('tells search the language of a page whose indexed words are an article’s, in Pagefind’s syntax, and indexes an actor’s other names', () => {
    // In Pagefind's syntax: `lang` from the element's `data-lang`, then one literal value after the colon.
    const meta = (path: string) => select('[data-pagefind-body]', page(path))?.properties;
    expect(meta('articles/ferry-ar/full/index.html')).toMatchObject({ dataPagefindMeta: 'lang[data-lang], type:Article', dataLang: 'ar' });
    // A claim is indexed as a part of its article (its note on the full text), not as a page of its own.
    expect(meta('articles/ferry-uk/claims/reyes-odyn-porom/index.html')).toBeUndefined();
    expect(meta('articles/harbour-talks/full/index.html')?.dataPagefindMeta).toBe('type:Article');
    expect(meta('articles/harbour-talks/full/index.html')?.dataLang).toBeUndefined();
    // Inside what Pagefind indexes, and outside what it ignores.
    const names = select('[data-pagefind-body] .other-names', page('actors/ana-reyes/index.html'))!;
    expect(select('[data-pagefind-ignore] .other-names', page('actors/ana-reyes/index.html'))).toBeUndefined();
    expect(text(names)).toBe('Also written Ана Рейес (Ukrainian); آنا رييس (Arabic)');
    // Pagefind's `names` metadata, which puts the actor first when a search names it in any script.
    expect(names.properties.dataPagefindMeta).toBe('names');
  });

  it('splits the search index by the language of the article’s words, one bundle a language, listed for the search page', () => {
    // Which pages hold words to index, and in which language, read from the pages themselves.
    const indexed = new Map<string, string[]>();
    for (const path of listFiles(build.outDir).filter((file) => file.endsWith('.html'))) {
      const body = select('[data-pagefind-body]', page(path));
      if (!body) continue;
      const lang = (body.properties.dataLang as string | undefined) ?? 'en';
      indexed.set(lang, [...(indexed.get(lang) ?? []), `/${path.replace(/index\.html$/, '')}`]);
    }
    expect([...indexed.keys()].toSorted()).toEqual(['ar', 'en', 'fr', 'uk']);
    const bundle = join(build.outDir, 'pagefind');
    const contents: { url: string; content: string }[] = [];
    const languages = JSON.parse(readFileSync(join(bundle, 'languages.json'), 'utf8')) as { lang: string; dir: string; path: string; pages: number }[];
    expect(languages.map(({ lang, dir, path }) => [lang, dir, path])).toEqual([
      ['en', 'ltr', ''],
      ['ar', 'rtl', 'ar/'],
      ['fr', 'ltr', 'fr/'],
      ['uk', 'ltr', 'uk/'],
    ]);
    // The search page's script searches the indexes its page lists: the same, from the articles' languages.
    const listed = JSON.parse(String(select('#search-results', page('search/index.html'))?.properties.dataLanguages)) as unknown[];
    expect(listed).toEqual(expect.arrayContaining(languages.map(({ lang, dir, path }) => ({ lang, dir, path }))));
    expect(listed).toHaveLength(languages.length);
    for (const { lang, path, pages } of languages) {
      const entry = JSON.parse(readFileSync(join(bundle, path, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      expect(Object.keys(entry.languages), lang).toEqual([lang]);
      expect(pages, lang).toBe(indexed.get(lang)!.length);
      // Each fragment is one page, gzipped behind Pagefind's marker: the pages of this language, and no other.
      const fragments = listFiles(join(bundle, path, 'fragment')).map((file) => {
        const fragment = gunzipSync(readFileSync(join(bundle, path, 'fragment', file))).toString('utf8');
        return JSON.parse(fragment.replace(/^pagefind_dcd/, '')) as { url: string; content: string };
      });
      expect(fragments.map(({ url }) => url).toSorted(), lang).toEqual(indexed.get(lang)!.toSorted());
      contents.push(...fragments);
    }
    // A full text is indexed for the article's words and Dossier's reading of each claim, its note: a claim is
    // found as a part of its article. No claim page is indexed.
    const { claims } = parse(splitSource(readFileSync(join(root, 'tests/fixtures/story-languages/ferry-ar.mdx'), 'utf8')).frontmatter) as { claims: { excerpt: string; summary: string }[] };
    const full = contents.find(({ url }) => url === '/articles/ferry-ar/full/')!.content;
    for (const { excerpt, summary } of claims) {
      expect(full).toContain(excerpt.slice(0, 12));
      expect(full).toContain(summary);
    }
    expect(contents.filter(({ url }) => url.includes('/claims/'))).toEqual([]);
    // A language's bundle holds what the search page loads of it, not Pagefind's own interfaces.
    expect(listFiles(join(bundle, 'ar')).filter((file) => !file.includes('/'))).toEqual(['pagefind-entry.json', 'pagefind-worker.js', expect.stringMatching(/^pagefind\.ar_\w+\.pf_meta$/), 'pagefind.js', 'wasm.ar.pagefind']);
  });

  it('finds every text of an article’s words on every page of the site inside an element of its language, and right to left for Arabic', () => {
    // An article's words, as its own vocabulary: each word of its headline, outlet, key points, excerpts and body
    // that no English article of the story uses ("traversée", "Нортпортом", "عبّارة"; not "Northport").
    const wordsOf = (text: string) => [...new Intl.Segmenter('und', { granularity: 'word' }).segment(text)].filter((part) => part.isWordLike).map((part) => part.segment.toLowerCase());
    const fixtures = (name: string) => listFiles(join(root, 'tests/fixtures', name)).filter((file) => file.endsWith('.mdx')).map((file) => readFileSync(join(root, 'tests/fixtures', name, file), 'utf8'));
    const english = new Set(fixtures('story').flatMap(wordsOf));
    const vocabularies = fixtures('story-languages').map((source) => {
      const { frontmatter, body } = splitSource(source);
      const article = parse(frontmatter) as { lang: string; headline: string; outlet: string; keyPoints: string[]; claims: { excerpt: string }[] };
      const texts = [article.headline, article.outlet, ...article.keyPoints, ...article.claims.map(({ excerpt }) => excerpt), body];
      return { lang: article.lang, words: new Set(texts.flatMap(wordsOf).filter((word) => !english.has(word) && !/^\p{N}+$/u.test(word))) };
    });
    const misses: string[] = [];
    const found = new Map<string, Set<string>>();
    const walk = (node: Root | Element, lang: string | undefined, dir: string | undefined, path: string) => {
      for (const child of node.children) {
        if (child.type === 'element') {
          if (['head', 'script', 'style', 'template'].includes(child.tagName)) continue;
          walk(child, (child.properties.lang as string | undefined) ?? lang, (child.properties.dir as string | undefined) ?? dir, path);
        } else if (child.type === 'text') {
          const words = wordsOf(child.value);
          for (const vocabulary of vocabularies.filter(({ words: own }) => words.some((word) => own.has(word)))) {
            found.set(path, (found.get(path) ?? new Set()).add(vocabulary.lang));
            const rtl = vocabulary.lang === 'ar';
            if (lang !== vocabulary.lang || (rtl && dir !== 'rtl')) misses.push(`${path}: “${child.value.trim().slice(0, 40)}” is lang=${lang} dir=${dir}, not ${vocabulary.lang}${rtl ? ' rtl' : ''}`);
          }
        }
      }
    };
    const pages = listFiles(build.outDir).filter((file) => file.endsWith('.html'));
    for (const path of pages) walk(page(path), undefined, undefined, path);
    expect(misses).toEqual([]);
    // The pages that cite the three articles of March 2025 (the question's and the actor's months, the actor's runs,
    // the archive, the actor's latest claims and mentions, search's latest articles) were read, each holding all three.
    for (const path of ['questions/shared-ferry/2025-03/index.html', 'actors/ana-reyes/index.html', 'actors/ana-reyes/2025-03/index.html', 'archive/2025-03/index.html', 'search/index.html']) {
      expect([...(found.get(path) ?? [])].toSorted(), path).toEqual(['ar', 'fr', 'uk']);
    }
  });

  it('passes the Nu HTML Checker on every page kind of the Arabic and Ukrainian articles, its language detection included, with no error and no warning', () => {
    const pages = ['articles/ferry-ar/index.html', 'articles/ferry-ar/full/index.html', 'articles/ferry-ar/claims/reyes-ibara-wahida/index.html', 'articles/ferry-uk/full/index.html', 'questions/shared-ferry/index.html', 'actors/ana-reyes/index.html'];
    const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
    const run = spawnSync(process.env.JAVA ?? 'java', ['-jar', vnu, '--format', 'json', '--stdout', ...pages.map((path) => join(build.outDir, path))], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const { messages } = JSON.parse(run.stdout) as { messages: { type: string; subType?: string; url?: string; message: string }[] };
    // Every error and warning, the language detection's among them, but those saying that a page read from a
    // file:// address has its own files outside its Content Security Policy's 'self', which served pages have not,
    // and the note the checker gives a page's JSON-LD: a data block, which no browser runs, so no policy applies
    // to it. Each page's only inline scripts are those.
    for (const path of pages) for (const script of readFileSync(join(build.outDir, path), 'utf8').match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? []) expect(script, path).toBe('<script type="application/ld+json">');
    const served = (message: { message: string }) => !message.message.startsWith('Resource violates Content Security Policy') && !message.message.startsWith('Inline script violates Content Security Policy');
    expect(messages.filter(served).map((message) => `${message.url?.split('/dist/')[1]}: ${message.type}: ${message.message}`)).toEqual([]);
  }, 120_000);

  it('publishes only ASCII fragment ids', () => {
    const nonAscii = listFiles(build.outDir)
      .filter((file) => file.endsWith('.html'))
      .flatMap((file) => [...readFileSync(join(build.outDir, file), 'utf8').matchAll(/\sid="([^"]*)"|href="[^"#]*#([^"]*)"/g)].map((match) => match[1] ?? match[2]!).filter((id) => !/^[\x21-\x7e]*$/.test(id)).map((id) => `${file}: ${id}`));
    expect(nonAscii).toEqual([]);
  });
});
