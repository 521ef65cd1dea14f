import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/build';

const folder = join(root, 'src/schemas');

/** Every module a file imports or re-exports, statically or not, as written. */
function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"]+)\1/g)].map((match) => match[2]!);
}

describe('src/schemas', () => {
  it('imports nothing from src/lib or elsewhere in the project: only other schemas and packages', () => {
    const files = readdirSync(folder).filter((file) => /\.[cm]?ts$/.test(file));
    expect(files.length).toBeGreaterThan(0);
    const outside = files.flatMap((file) =>
      importsOf(readFileSync(join(folder, file), 'utf8'))
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => relative(root, join(dirname(join(folder, file)), specifier)))
        .filter((path) => !path.startsWith('src/schemas/'))
        .map((path) => `${file} imports ${path}`),
    );
    expect(outside).toEqual([]);
  });

  it('reads every form of import the rule must see', () => {
    const source = "import { z } from 'astro/zod';\nimport type { Block } from '../lib/text/blocks';\nexport { idSchema } from './id';\nimport './side-effect';\nconst lazy = await import('../lib/lazy');";
    expect(importsOf(source)).toEqual(['astro/zod', '../lib/text/blocks', './id', './side-effect', '../lib/lazy']);
  });
});
