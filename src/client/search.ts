/**
 * Search with Pagefind, loaded from the built site's own index (under the base path) only when
 * someone searches. Without JavaScript the page shows a plain index instead.
 *
 * The index is split by the language of the article's words (src/integrations/pagefind.ts): the site's
 * language in the bundle itself, each other language in a bundle below it, listed in `languages.json`.
 * Each bundle's `pagefind.js` is a module of its own, with its own worker and its language's stemmer, and
 * picks its one index whatever the page's `<html lang>`; the search runs in all of them at once.
 */
interface PagefindResult {
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string; type?: string; names?: string } }>;
}
interface Pagefind {
  options: (options: { baseUrl: string }) => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
}
/** One language's index, as the build lists it in `languages.json` (`SearchLanguage`). */
interface SearchLanguage {
  lang: string;
  dir: 'ltr' | 'rtl';
  path: string;
}
interface Engine extends SearchLanguage {
  pagefind: Pagefind;
}

const form = document.querySelector<HTMLFormElement>('form[data-bundle]');
const input = form?.querySelector<HTMLInputElement>('input[type=search]');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const pageLang = document.documentElement.lang;

if (form && input && status && list) {
  const bundle = form.dataset['bundle'] ?? '/pagefind/';
  const base = form.dataset['base'] ?? '/';
  let engines: Promise<Engine[]> | undefined;
  const load = () => {
    engines ??= fetch(`${bundle}languages.json`)
      .then((response) => response.json() as Promise<SearchLanguage[]>)
      .then((languages) =>
        Promise.all(
          languages.map(async (language) => {
            const pagefind = (await import(/* @vite-ignore */ `${bundle}${language.path}pagefind.js`)) as Pagefind;
            await pagefind.options({ baseUrl: base });
            return { ...language, pagefind };
          }),
        ),
      );
    return engines;
  };

  let latest = 0;
  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const searched = await Promise.all((await load()).map(async (engine) => (await engine.pagefind.search(query)).results.map((result) => ({ result, engine }))));
    // Pagefind orders merged indexes the same way: every result by its score.
    const results = searched.flat().toSorted((a, b) => b.result.score - a.result.score);
    const found = await Promise.all(results.slice(0, 30).map(async ({ result, engine }) => ({ ...(await result.data()), engine })));
    if (ticket !== latest) return;
    // A name finds its actor first: Pagefind ranks by how often a page uses the words, and a claim's
    // page can name its speaker more often than the speaker's own page does.
    const name = new RegExp(`(^|\\s)${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`, 'i');
    // Its page lists its names in other languages and scripts ("Also written …", Pagefind's `names`).
    const named = (item: (typeof found)[number]) => Number(item.meta.type === 'Actor' && (name.test(item.meta.title ?? '') || name.test(item.meta.names ?? '')));
    found.sort((a, b) => named(b) - named(a));
    list.replaceChildren(
      ...found.slice(0, 20).map((item) => {
        const entry = document.createElement('li');
        const link = Object.assign(document.createElement('a'), { href: item.url, textContent: item.meta.title ?? item.url });
        const kind = Object.assign(document.createElement('span'), { className: 'kind', textContent: item.meta.type ? ` · ${item.meta.type}` : '' });
        const excerpt = document.createElement('p');
        // Pagefind's excerpt is the page's own text with <mark> around the matches.
        excerpt.innerHTML = item.excerpt;
        // A result from another language's index is an article's words: shown in that language and direction.
        for (const words of [link, excerpt]) {
          if (item.engine.lang !== pageLang) words.lang = item.engine.lang;
          words.dir = item.engine.lang === pageLang ? 'auto' : item.engine.dir;
        }
        entry.append(link, kind, excerpt);
        return entry;
      }),
    );
    status.textContent = `${results.length} result${results.length === 1 ? '' : 's'} for “${query}”`;
  };

  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run();
  }
}

export {};
