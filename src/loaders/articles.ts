import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { ArticleData } from '../schemas/article';
import { parseBlocks } from '../lib/blocks';
import { ContentError } from '../lib/problems';
import { checkArticle } from '../lib/validate';

/** Options for `articleLoader`. */
export interface ArticleLoaderOptions {
  /** Folder of the `.mdx` articles, relative to the project root. */
  base?: string;
}

type Store = LoaderContext['store'];

/**
 * Checks each entry against its body as the glob loader stores it, and throws a
 * `ContentError` naming the file and every failing field, which stops the build.
 */
function checkingStore(store: Store): Store {
  const set: Store['set'] = (entry) => {
    const file = entry.filePath ?? entry.id;
    // The glob loader stores data only after the collection schema has parsed it.
    const problems = checkArticle(entry.data as unknown as ArticleData, parseBlocks(entry.body ?? ''));
    if (problems.length > 0) throw new ContentError(file, problems);
    return store.set(entry);
  };
  return new Proxy(store, {
    get: (target, property) => {
      if (property === 'set') return set;
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Loads `content/articles/*.mdx`: the glob loader plus the rules that need the body. */
export function articleLoader(options: ArticleLoaderOptions = {}): Loader {
  const inner = glob({ pattern: '**/*.mdx', base: options.base ?? './content/articles' });
  return {
    name: 'dossier-articles',
    load: (context) => inner.load({ ...context, store: checkingStore(context.store) }),
  };
}
