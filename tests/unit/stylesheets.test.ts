import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { joinStylesheets } from '../../src/integrations/stylesheets';

let site = '';
afterEach(() => rmSync(site, { recursive: true, force: true }));

/** A built site in a temporary folder: each entry a file and its text. */
function build(files: Record<string, string>): string {
  site = mkdtempSync(join(tmpdir(), 'dossier-stylesheets-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), text);
  }
  return site;
}

const link = (href: string) => `<link rel="stylesheet" href="${href}">`;
const page = (...hrefs: string[]) => `<!DOCTYPE html><html><head>${hrefs.map(link).join('')}</head><body><p>Words</p></body></html>`;
const linkedBy = (path: string) => [...readFileSync(join(site, path), 'utf8').matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((match) => match[1]!);

describe('joinStylesheets', () => {
  it("joins each page's stylesheets, in the order it links them, into one file that pages of the same kind share", () => {
    build({
      'a/index.html': page('/news/_astro/Nav.1.css', '/news/_astro/Base.2.css', '/news/_astro/a.3.css'),
      'b/index.html': page('/news/_astro/Nav.1.css', '/news/_astro/Base.2.css', '/news/_astro/a.3.css'),
      'c/index.html': page('/news/_astro/Base.2.css', '/news/_astro/c.4.css'),
      '_astro/Nav.1.css': '.nav{color:red}\n',
      '_astro/Base.2.css': '@layer base{a{color:blue}}',
      '_astro/a.3.css': '.a{margin:0}',
      '_astro/c.4.css': '.c{padding:0}',
    });
    expect(joinStylesheets(site, '_astro', '/news/_astro/')).toEqual({ joined: 2, pieces: 4 });
    const [a] = linkedBy('a/index.html');
    expect(linkedBy('a/index.html')).toEqual([a]);
    expect(linkedBy('b/index.html')).toEqual([a]);
    expect(a).toMatch(/^\/news\/_astro\/style\.[\w-]{8}\.css$/);
    expect(readFileSync(join(site, a!.slice('/news/'.length)), 'utf8')).toBe('.nav{color:red}\n@layer base{a{color:blue}}\n.a{margin:0}\n');
    const [c] = linkedBy('c/index.html');
    expect(c).not.toBe(a);
    expect(readFileSync(join(site, c!.slice('/news/'.length)), 'utf8')).toBe('@layer base{a{color:blue}}\n.c{padding:0}\n');
    expect(readFileSync(join(site, 'a/index.html'), 'utf8')).toBe(page(a!));
    expect(readdirSync(join(site, '_astro')).sort()).toEqual([a, c].map((href) => href!.slice('/news/_astro/'.length)).sort());
  });

  it('leaves a page with one stylesheet, and the pieces such a page still links, as they are', () => {
    build({
      'one/index.html': page('/_astro/Base.2.css'),
      'two/index.html': page('/_astro/Base.2.css', '/_astro/two.5.css'),
      'other/index.html': page('https://example.org/x.css', '/_astro/Base.2.css'),
      '_astro/Base.2.css': '.base{}',
      '_astro/two.5.css': '.two{}',
    });
    expect(joinStylesheets(site, '_astro', '/_astro/')).toEqual({ joined: 1, pieces: 2 });
    expect(linkedBy('one/index.html')).toEqual(['/_astro/Base.2.css']);
    expect(linkedBy('other/index.html')).toEqual(['https://example.org/x.css', '/_astro/Base.2.css']);
    expect(existsSync(join(site, '_astro/Base.2.css'))).toBe(true);
    expect(existsSync(join(site, '_astro/two.5.css'))).toBe(false);
    expect(linkedBy('two/index.html')).toHaveLength(1);
  });
});
