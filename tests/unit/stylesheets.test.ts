import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readStylesheetRecord, writeJoinedStylesheets } from '../../src/integrations/stylesheets';
import { joinLinks, recordPage, type StylesheetRecord } from '../../src/lib/publish/stylesheets';

let folder = '';
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** An assets folder in a temporary folder: each entry a file and its text. */
function assets(files: Record<string, string>): string {
  folder = mkdtempSync(join(tmpdir(), 'dossier-stylesheets-'));
  mkdirSync(join(folder, '_astro'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, '_astro', name), text);
  return join(folder, '_astro');
}

const link = (href: string) => `<link rel="stylesheet" href="${href}">`;
const page = (...hrefs: string[]) => `<!DOCTYPE html><html><head>${hrefs.map(link).join('')}</head><body><p>Words</p></body></html>`;
const linked = (html: string) => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((match) => match[1]!);

describe('joinLinks, as each page is rendered', () => {
  it("joins a page's links to the site's stylesheets into one, named from the pieces in their order, the same for pages that link the same", () => {
    const a = joinLinks(page('/news/_astro/Nav.1.css', '/news/_astro/Base.2.css', '/news/_astro/a.3.css'), '/news/_astro/');
    const b = joinLinks(page('/news/_astro/Nav.1.css', '/news/_astro/Base.2.css', '/news/_astro/a.3.css'), '/news/_astro/');
    const reordered = joinLinks(page('/news/_astro/Base.2.css', '/news/_astro/Nav.1.css', '/news/_astro/a.3.css'), '/news/_astro/');
    expect(a.joined).toEqual({ name: expect.stringMatching(/^style\.[\w-]{8}\.css$/), pieces: ['Nav.1.css', 'Base.2.css', 'a.3.css'] });
    expect(a.html).toBe(page(`/news/_astro/${a.joined!.name}`));
    expect(b).toEqual(a);
    // Another order is another cascade: another file.
    expect(reordered.joined!.name).not.toBe(a.joined!.name);
  });

  it('leaves a page with one stylesheet as it is, and another site’s stylesheet where it is', () => {
    expect(joinLinks(page('/_astro/Base.2.css'), '/_astro/')).toEqual({ html: page('/_astro/Base.2.css'), single: 'Base.2.css' });
    const other = joinLinks(page('https://example.org/x.css', '/_astro/Base.2.css', '/_astro/two.5.css'), '/_astro/');
    expect(linked(other.html)).toEqual(['https://example.org/x.css', `/_astro/${other.joined!.name}`]);
    expect(joinLinks('<p>No stylesheet</p>', '/_astro/')).toEqual({ html: '<p>No stylesheet</p>' });
  });
});

describe('writeJoinedStylesheets, once the build is done', () => {
  it('writes each joined stylesheet from its pieces in order, and removes the pieces no page links alone', () => {
    const dir = assets({ 'Nav.1.css': '.nav{color:red}\n', 'Base.2.css': '@layer base{a{color:blue}}', 'a.3.css': '.a{margin:0}', 'c.4.css': '.c{padding:0}' });
    const record: StylesheetRecord = { joined: {}, single: [] };
    for (const html of [page('/_astro/Nav.1.css', '/_astro/Base.2.css', '/_astro/a.3.css'), page('/_astro/Base.2.css', '/_astro/c.4.css'), page('/_astro/c.4.css')]) recordPage(record, joinLinks(html, '/_astro/'));
    const [a, c] = Object.keys(record.joined);
    const written = writeJoinedStylesheets(dir, record);
    expect(written).toEqual({ record, joined: 2, pieces: 4 });
    expect(readFileSync(join(dir, a!), 'utf8')).toBe('.nav{color:red}\n@layer base{a{color:blue}}\n.a{margin:0}\n');
    expect(readFileSync(join(dir, c!), 'utf8')).toBe('@layer base{a{color:blue}}\n.c{padding:0}\n');
    // `c.4.css` is linked alone by a page; the other pieces only inside joined files.
    expect(readdirSync(dir).sort()).toEqual([a!, c!, 'c.4.css'].sort());
  });

  it('writes again the stylesheets of pages kept from an earlier build, and forgets those whose pieces this build did not emit', () => {
    const dir = assets({ 'Base.2.css': '.base{}', 'two.5.css': '.two{}' });
    const kept: StylesheetRecord = { joined: { 'style.kept.css': ['Base.2.css', 'two.5.css'], 'style.gone.css': ['Base.1.css', 'two.5.css'] }, single: ['Base.1.css'] };
    const { record } = writeJoinedStylesheets(dir, kept);
    expect(record).toEqual({ joined: { 'style.kept.css': ['Base.2.css', 'two.5.css'] }, single: [] });
    expect(readdirSync(dir)).toEqual(['style.kept.css']);
    expect(existsSync(join(dir, 'style.gone.css'))).toBe(false);
  });

  it('reads a kept record, or starts from none where the file is missing or not a record', () => {
    const dir = assets({});
    writeFileSync(join(dir, 'record.json'), JSON.stringify({ joined: { 'style.x.css': ['a.css', 'b.css'] }, single: ['c.css'] }));
    writeFileSync(join(dir, 'broken.json'), '{');
    expect(readStylesheetRecord(join(dir, 'record.json'))).toEqual({ joined: { 'style.x.css': ['a.css', 'b.css'] }, single: ['c.css'] });
    expect(readStylesheetRecord(join(dir, 'broken.json'))).toEqual({ joined: {}, single: [] });
    expect(readStylesheetRecord(join(dir, 'missing.json'))).toEqual({ joined: {}, single: [] });
  });
});
