import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../support/build';
import { corpusCodeFolders } from '../../src/lib/corpus/kept';

/**
 * The import rules of src/, read by dependency-cruiser from the code itself: the layers of src/lib
 * (a source layer under both the check and the corpus, no two folders importing each other), and
 * view models that take plain data (no `astro:content`).
 */
let graph: ICruiseResult;

beforeAll(async () => {
  const result = await cruise(
    ['src'],
    {
      baseDir: root,
      tsPreCompilationDeps: true,
      doNotFollow: { path: 'node_modules' },
      exclude: { path: '\\.astro$' },
      ruleSet: {
        forbidden: [
          {
            name: 'views-take-plain-data',
            comment: 'A page kind\'s view model imports no astro:content, so unit tests build it from fixture data.',
            severity: 'error',
            from: { path: '^src/views/' },
            to: { path: '^astro:content$' },
          },
          {
            name: 'lib-takes-plain-data',
            comment: 'Domain logic in src/lib takes plain data: no astro:content, no virtual modules.',
            severity: 'error',
            from: { path: '^src/lib/' },
            to: { path: '^(astro:|virtual:)' },
          },
        ],
      },
    },
    { extensions: ['.ts', '.mjs', '.js'] },
  );
  graph = result.output as ICruiseResult;
});

/** Each src/lib folder and the src/lib folders its modules import. */
function libFolderImports(): Map<string, Set<string>> {
  const folderOf = (path: string) => /^src\/lib\/([^/]+)\//.exec(path)?.[1];
  const imports = new Map<string, Set<string>>();
  for (const module of graph.modules) {
    const from = folderOf(module.source);
    if (!from) continue;
    const targets = imports.get(from) ?? new Set<string>();
    for (const dependency of module.dependencies) {
      const to = folderOf(dependency.resolved);
      if (to && to !== from) targets.add(to);
    }
    imports.set(from, targets);
  }
  return imports;
}

describe('the import rules of src/', () => {
  it('reads every module of src/lib', () => {
    const folders = [...libFolderImports().keys()].sort();
    expect(folders).toEqual(expect.arrayContaining(['analysis', 'anchors', 'check', 'corpus', 'registry', 'source', 'text']));
  });

  it('has no two src/lib folders that import each other, directly or round a cycle', () => {
    const imports = libFolderImports();
    const cycles: string[] = [];
    // A depth-first walk from each folder; a path that comes back to where it started is a cycle.
    const walk = (start: string, at: string, path: string[]) => {
      for (const next of imports.get(at) ?? []) {
        if (next === start) cycles.push([...path, next].join(' → '));
        else if (!path.includes(next)) walk(start, next, [...path, next]);
      }
    };
    for (const folder of imports.keys()) walk(folder, folder, [folder]);
    expect(cycles).toEqual([]);
  });

  it('keeps the source layer under the check and the corpus', () => {
    const imports = libFolderImports();
    expect([...(imports.get('source') ?? [])]).toEqual([]);
    expect(imports.get('check')).toContain('source');
    expect(imports.get('corpus')).toContain('source');
  });

  it('reads the corpus with code only from the folders whose change reads every article again (src/lib/corpus/kept.ts)', () => {
    const dependencies = new Map(graph.modules.map((module) => [module.source, module.dependencies.map((dependency) => dependency.resolved)]));
    const reached = new Set<string>();
    const walk = (path: string) => {
      if (reached.has(path) || !path.startsWith('src/')) return;
      reached.add(path);
      for (const next of dependencies.get(path) ?? []) walk(next);
    };
    walk('src/lib/corpus/corpus.ts');
    expect(reached.size).toBeGreaterThan(20);
    expect([...reached].filter((path) => !corpusCodeFolders.some((folder) => path.startsWith(`${folder}/`)))).toEqual([]);
  });

  it('breaks none of the rules on where astro:content may be imported', () => {
    expect(graph.summary.violations.map(({ rule, from, to }) => `${rule.name}: ${from} → ${to}`)).toEqual([]);
  });
});
