import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../support/build';
import { listFiles } from '../support/site';

const dist = join(root, 'dist');

/** The cascade layers in the order `src/styles/global.css` declares them, its first statement. */
const declared = /@layer\s+([\w\s,-]+);/.exec(readFileSync(join(root, 'src/styles/global.css'), 'utf8'))![1]!.split(/\s*,\s*/);

/** The preludes of a stylesheet's top-level statements (`@layer components`, `.a .b`), strings and comments skipped. */
function topLevelPreludes(css: string): string[] {
  const preludes: string[] = [];
  let depth = 0;
  let prelude = '';
  for (let at = 0; at < css.length; at++) {
    const char = css[at]!;
    if (char === '/' && css[at + 1] === '*') {
      at = css.indexOf('*/', at + 2) + 1;
      continue;
    }
    if (char === '"' || char === "'") {
      let end = at + 1;
      while (css[end] !== char) end += css[end] === '\\' ? 2 : 1;
      if (depth === 0) prelude += css.slice(at, end + 1);
      at = end;
      continue;
    }
    if (char === '{') {
      if (depth === 0) preludes.push(prelude.trim());
      depth++;
    } else if (char === '}') depth--;
    else if (char === ';' && depth === 0) {
      preludes.push(prelude.trim());
      prelude = '';
    } else if (depth === 0) prelude += char;
    if (char === '}' && depth === 0) prelude = '';
  }
  return preludes;
}

/** The site’s own stylesheets (Pagefind’s, in `pagefind/`, no page links). */
let sheets: { file: string; preludes: string[] }[] = [];

beforeAll(() => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  sheets = listFiles(dist)
    .filter((file) => file.startsWith('_astro/') && file.endsWith('.css'))
    .map((file) => ({ file, preludes: topLevelPreludes(readFileSync(join(dist, file), 'utf8')) }));
});

describe('the built stylesheets', () => {
  it('reads a stylesheet’s top-level statements', () => {
    expect(topLevelPreludes('@layer a, b;@layer a{.x{content:"}"}}/* { */.y{color:red}@media print{@layer b{.z{}}}')).toEqual(['@layer a, b', '@layer a', '.y', '@media print']);
  });

  it('hold every rule inside a cascade layer, so that none outranks the layers (print included)', () => {
    expect(sheets.length).toBeGreaterThan(0);
    const outside = sheets.flatMap(({ file, preludes }) => preludes.filter((prelude) => !prelude.startsWith('@layer')).map((prelude) => `${file}: ${prelude}`));
    expect(outside, 'wrap the component’s or page’s styles in `@layer components { … }`').toEqual([]);
  });

  it('meet the layers first in the order global.css declares them (a page imports Base before its components)', () => {
    expect(declared).toContain('components');
    const misordered = sheets.flatMap(({ file, preludes }) => {
      const met: string[] = [];
      for (const prelude of preludes) {
        for (const name of prelude.replace(/^@layer\s*/, '').split(/\s*,\s*/)) if (!met.includes(name)) met.push(name);
      }
      const expected = declared.filter((name) => met.includes(name));
      return met.join(',') === expected.join(',') ? [] : [`${file}: ${met.join(', ')}`];
    });
    expect(misordered, `each page must import src/layouts/Base.astro (which imports global.css) before any component with styles; layers: ${declared.join(', ')}`).toEqual([]);
  });
});
