import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { formatProblems } from '../lib/source/problems';
import { corpusOf, readCorpus } from '../lib/corpus/corpus';
import { loaderCorpusOptions } from './corpus-options';
import { registryFolders, type RegistryKind } from '../lib/registry/registry';

/**
 * Loads a registry, `content/actors/` or `content/questions/`, one entry per `<id>.yaml`, from the corpus
 * (`src/lib/corpus/corpus.ts`), so the collection holds exactly what the check passed. A registry's problems are
 * reported, with every other problem of the corpus, by the articles' loader, which stops the build. In
 * `astro dev` the registry is read again when a file changes; an edit the check refuses is named in the
 * terminal and leaves the registry as it was.
 */
export function registryLoader(kind: RegistryKind): Loader {
  return {
    name: `dossier-${kind}`,
    load: async ({ config, store, parseData, generateDigest, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const folder = join(root, registryFolders[kind]);
      // Each entry is stored with a digest of its data, so that reading the folder again (the watcher reports
      // every file once when it starts) changes nothing, and reloads no page, unless an entry changed.
      const load = async (reload = false) => {
        const corpusOptions = loaderCorpusOptions({ config, watcher });
        const { registry, registryProblems: problems } = reload ? readCorpus(root, corpusOptions) : corpusOf(root, corpusOptions);
        // In `astro dev`, an edit the check refuses is named in the terminal and the last good registry stays, rather
        // than pages quietly losing the entry. On the first load, the articles' loader reports it with every other problem.
        if (reload && problems.length > 0) {
          logger.error(`${formatProblems(problems)}\nThe registry is left as it was until this is fixed.`);
          return;
        }
        const entries = registry[kind];
        for (const id of store.keys()) if (!entries.has(id)) store.delete(id);
        for (const entry of entries.values()) {
          const data = await parseData({ id: entry.id, data: { ...entry.data } });
          store.set({ id: entry.id, data, filePath: entry.file, digest: generateDigest(data) });
        }
      };
      await load();
      watcher?.add(folder);
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(folder)) void load(true);
      });
    },
  };
}
