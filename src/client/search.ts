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
  data: () => Promise<{ url: string; excerpt: string; locations: number[]; anchors: { element: string; id: string; location: number }[]; meta: { title?: string; type?: string; names?: string } }>;
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
    // No words, no results (Pagefind would list every page).
    const searched = query ? await Promise.all((await load()).map(async (engine) => (await engine.pagefind.search(query)).results.map((result) => Object.assign(result, { engine })))) : [];
    // Pagefind orders merged indexes the same way: every result by its score.
    const results = searched.flat().sort((a, b) => b.score - a.score);
    const found = await Promise.all(results.slice(0, 20).map(async (result) => Object.assign(await result.data(), { engine: result.engine })));
    if (ticket !== latest) return;
    // A name finds its actor first: Pagefind ranks by how often a page uses the words, and an article
    // can name its speaker more often than the speaker's own page does.
    // Its page lists its names in other languages and scripts ("Also written …", Pagefind's `names`): the query
    // is one of them when it stands between spaces (or a name's bracketed language) as a whole.
    const named = (item: (typeof found)[number]) => +(item.meta.type === 'Actor' && ` ${item.meta.title} ${item.meta.names} `.toLowerCase().includes(` ${query.toLowerCase()} `));
    found.sort((a, b) => named(b) - named(a));
    list.replaceChildren();
    for (const item of found) {
      // Each result in the language and direction of its index: another language's holds an article's words.
      const words = { lang: item.engine.lang, dir: item.engine.dir };
      // Where its words are: the last paragraph, section or claim's note (`li`) with an id before the first
      // match (Pagefind's `anchors` are every element with an id, at the word it starts on). A claim is found
      // as a part of its article: its note on the full text, beside its sentence.
      const at = item.anchors.filter((anchor) => anchor.location <= item.locations[0]! && !/^(h1|mark|span)$/.test(anchor.element)).pop();
      list.appendChild(document.createElement('li')).append(
        element('a', { href: at ? `${item.url}#${at.id}` : item.url, textContent: item.meta.title!, ...words }),
        // Every page search indexes has a title (its h1) and says what it is (`data-pagefind-meta="type:…"`).
        element('span', { className: 'kind', textContent: ` · ${at?.element === 'li' ? 'Claim' : item.meta.type}` }),
        // Pagefind's excerpt is the page's own text with <mark> around the matches.
        element('p', { innerHTML: item.excerpt, ...words }),
      );
    }
    status.textContent = query && `${results.length} result${results.length === 1 ? '' : 's'} for “${query}”`;
  };

  form.hidden = false;
  form.onsubmit = (event) => {
    event.preventDefault();
    void run();
  };
  input.oninput = run;
  // A search the address asks for (`?q=`, as the 404 page's form sends it); none runs as an empty one, which shows nothing.
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  void run();
}

export {};
