import type { RegistryActor } from '../../schemas/actor';
import type { RegistryQuestion } from '../../schemas/question';

/** Where the registries live, relative to the project root: one `<id>.yaml` file per entry. */
export const registryFolders = { actors: 'content/actors', questions: 'content/questions' } as const;

export type RegistryKind = keyof typeof registryFolders;

/** One registry entry as read from its file: its id (the file's name), its fields, and where each is written. */
export interface RegistryEntry<T> {
  id: string;
  /** The file, relative to the project root, e.g. `content/actors/keir-starmer.yaml`. */
  file: string;
  data: T;
  /** The line of a field, e.g. `name`. */
  lineOf(path: string): number;
}

/** Both registries, by id: what every article refers to. */
export interface Registry {
  actors: ReadonlyMap<string, RegistryEntry<RegistryActor>>;
  questions: ReadonlyMap<string, RegistryEntry<RegistryQuestion>>;
}

/** The registries' values alone, as the build's data collections hold them. */
export interface RegistryData {
  actors: ReadonlyMap<string, RegistryActor>;
  questions: ReadonlyMap<string, RegistryQuestion>;
}

/** A registry without entries: a project that keeps every actor in its articles. */
export const emptyRegistry: Registry = { actors: new Map(), questions: new Map() };

/** The registries' values alone, by id. */
export function registryData(registry: Registry): RegistryData {
  const values = <T>(entries: ReadonlyMap<string, RegistryEntry<T>>) => new Map([...entries].map(([id, entry]) => [id, entry.data]));
  return { actors: values(registry.actors), questions: values(registry.questions) };
}
