/**
 * Search with Pagefind, loaded from the built site's own index (under the base path) only when
 * someone searches. Without JavaScript the page shows a plain index instead.
 */
interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string; type?: string; lang?: string; dir?: string } }>;
}
interface Pagefind {
  options: (options: { baseUrl: string }) => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
}

const form = document.querySelector<HTMLFormElement>('form[data-bundle]');
const input = form?.querySelector<HTMLInputElement>('input[type=search]');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');

if (form && input && status && list) {
  const bundle = form.dataset['bundle'] ?? '/pagefind/';
  const base = form.dataset['base'] ?? '/';
  let engine: Promise<Pagefind> | undefined;
  const load = () => {
    engine ??= import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ baseUrl: base });
      return module;
    });
    return engine;
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
    const { results } = await (await load()).search(query);
    const found = await Promise.all(results.slice(0, 30).map((result) => result.data()));
    if (ticket !== latest) return;
    // A name finds its actor first: Pagefind ranks by how often a page uses the words, and a claim's
    // page can name its speaker more often than the speaker's own page does.
    const name = new RegExp(`(^|\\s)${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`, 'i');
    const named = (item: (typeof found)[number]) => Number(item.meta.type === 'Actor' && name.test(item.meta.title ?? ''));
    found.sort((a, b) => named(b) - named(a));
    list.replaceChildren(
      ...found.slice(0, 20).map((item) => {
        const entry = document.createElement('li');
        const link = Object.assign(document.createElement('a'), { href: item.url, textContent: item.meta.title ?? item.url });
        const kind = Object.assign(document.createElement('span'), { className: 'kind', textContent: item.meta.type ? ` · ${item.meta.type}` : '' });
        const excerpt = document.createElement('p');
        // Pagefind's excerpt is the page's own text with <mark> around the matches.
        excerpt.innerHTML = item.excerpt;
        // A result whose words are an article's in another language shows them in that language and direction.
        for (const words of [link, excerpt]) {
          if (item.meta.lang) words.lang = item.meta.lang;
          words.dir = item.meta.dir ?? 'auto';
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
