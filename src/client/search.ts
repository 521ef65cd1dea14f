/**
 * Search with Pagefind, loaded from the built site's own index (under the base path) only when
 * someone searches. Without JavaScript the page shows a plain index instead.
 *
 * The index is split by the language of the article's words (src/integrations/pagefind.ts): the site's
 * language in the bundle itself, each other language in a bundle below it; the page lists its articles' languages.
 * Each bundle's `pagefind.js` is a module of its own, with its own worker and its language's stemmer, and
 * picks its one index whatever the page's `<html lang>`; the search runs in all of them at once.
 */
import type { SearchLanguage } from '../lib/text/language';

interface PagefindResult {
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string; type?: string; names?: string } }>;
}
interface Pagefind {
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
}
interface Engine extends SearchLanguage {
  pagefind: Pagefind;
}

/** A new element with these properties. */
const element = <Tag extends keyof HTMLElementTagNameMap>(tag: Tag, properties: Partial<HTMLElementTagNameMap[Tag]>) => Object.assign(document.createElement(tag), properties);

const form = document.querySelector<HTMLFormElement>('form[data-bundle]');
const input = form?.querySelector<HTMLInputElement>('input[type=search]');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');

if (form && input && status && list) {
  // Both written by the page: the form is found by its `data-bundle`.
  const bundle = form.dataset['bundle']!;
  const languages = JSON.parse(list.dataset['languages']!) as SearchLanguage[];
  let engines: Promise<Engine[]> | undefined;
  const load = () =>
    // Each bundle's results link below the folder that holds its `pagefind/` (Pagefind's default `baseUrl`).
    (engines ??= Promise.all(languages.map(async (language) => ({ ...language, pagefind: (await import(/* @vite-ignore */ `${bundle}${language.path}pagefind.js`)) as Pagefind }))));

  let latest = 0;
  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const searched = await Promise.all((await load()).map(async (engine) => (await engine.pagefind.search(query)).results.map((result) => Object.assign(result, { engine }))));
    // Pagefind orders merged indexes the same way: every result by its score.
    const results = searched.flat().sort((a, b) => b.score - a.score);
    const found = await Promise.all(results.slice(0, 30).map(async (result) => Object.assign(await result.data(), { engine: result.engine })));
    if (ticket !== latest) return;
    // A name finds its actor first: Pagefind ranks by how often a page uses the words, and a claim's
    // page can name its speaker more often than the speaker's own page does.
    const name = new RegExp(`(^|\\s)${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`, 'i');
    // Its page lists its names in other languages and scripts ("Also written …", Pagefind's `names`).
    const named = (item: (typeof found)[number]) => +(item.meta.type === 'Actor' && name.test(`${item.meta.title} ${item.meta.names}`));
    found.sort((a, b) => named(b) - named(a));
    list.replaceChildren();
    for (const item of found.slice(0, 20)) {
      // Each result in the language and direction of its index: another language's holds an article's words.
      const words = { lang: item.engine.lang, dir: item.engine.dir };
      list.appendChild(document.createElement('li')).append(
        element('a', { href: item.url, textContent: item.meta.title!, ...words }),
        // Every page search indexes has a title (its h1) and says what it is (`data-pagefind-meta="type:…"`).
        element('span', { className: 'kind', textContent: ` · ${item.meta.type}` }),
        // Pagefind's excerpt is the page's own text with <mark> around the matches.
        element('p', { innerHTML: item.excerpt, ...words }),
      );
    }
    status.textContent = `${results.length} result${results.length === 1 ? '' : 's'} for “${query}”`;
  };

  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', run);
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run();
  }
}

export {};
