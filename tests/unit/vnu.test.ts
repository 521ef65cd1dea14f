import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlErrors } from '../support/vnu';

const dir = mkdtempSync(join(tmpdir(), 'dossier-vnu-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (name: string, body: string) => {
  const file = join(dir, `${name}.html`);
  writeFileSync(file, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title></head><body>${body}</body></html>`);
  return file;
};

describe('the HTML check the quality gates run', () => {
  it('reports each error by file and line, and nothing for a valid page', () => {
    const valid = page('valid', '<main><p>Fine.</p></main>');
    const invalid = page('invalid', '<p><div>A block inside a paragraph.</p><a href="#x" id="a" id="b">twice</a>');
    const errors = htmlErrors([valid, invalid]);
    expect(errors.filter((error) => error.startsWith(valid))).toEqual([]);
    expect(errors.filter((error) => error.startsWith(`${invalid}:1: `)).length).toBeGreaterThanOrEqual(2);
  });
});
