import { describe, expect, it } from 'vitest';
import { lineAt, readFrontmatter } from '../../src/lib/source/frontmatter';
import { splitArticle } from '../../src/lib/source/mdx-file';

const article = [
  '---', // 1
  'headline: "Harbour talks"', // 2
  'published: 2025-03-04', // 3
  'actors:', // 4
  '  - id: northport', // 5
  '    name: 1843', // 6
  '    aliases: ["Northport", North Port]', // 7
  '---', // 8
  '', // 9
  'Northport agreed.', // 10
].join('\n');

describe('splitArticle', () => {
  it('cuts where Astro cuts: the YAML between the fences, the body from the end of the closing one', () => {
    const parts = splitArticle(article)!;
    expect(parts.yaml.startsWith('\nheadline:')).toBe(true);
    expect(article.slice(parts.yamlOffset, parts.yamlOffset + parts.yaml.length)).toBe(parts.yaml);
    expect(parts.body).toBe('\n\nNorthport agreed.');
    expect(lineAt(article, parts.bodyOffset)).toBe(8);
  });

  it('finds no frontmatter where the file does not start with ---', () => {
    expect(splitArticle('Just text.\n---\nx: 1\n---\n')).toBeUndefined();
  });
});

describe('readFrontmatter', () => {
  const frontmatter = readFrontmatter(article, splitArticle(article)!);

  it('reads the values js-yaml gives the build', () => {
    expect(frontmatter.problems).toEqual([]);
    expect(frontmatter.data).toEqual({
      headline: 'Harbour talks',
      published: new Date('2025-03-04T00:00:00Z'),
      actors: [{ id: 'northport', name: 1843, aliases: ['Northport', 'North Port'] }],
    });
  });

  it.each([
    [['headline'], 2],
    [['actors'], 4],
    [['actors', 0], 5],
    [['actors', 0, 'name'], 6],
    [['actors', 0, 'aliases', 1], 7],
    [['actors', 0, 'role'], 5],
    [['actors', 3, 'id'], 4],
    [['missing'], 2],
  ])('puts %j at line %i (or its nearest written ancestor)', (path, line) => {
    expect(frontmatter.lineOf(path)).toBe(line);
  });

  it('says how a scalar was written', () => {
    expect(frontmatter.written(['actors', 0, 'name'])).toEqual({ text: '1843', plain: true });
    expect(frontmatter.written(['headline'])).toEqual({ text: '"Harbour talks"', plain: false });
    expect(frontmatter.written(['actors'])).toBeUndefined();
  });

  it.each([
    ['an unclosed quote', 'headline: "Harbour\nactors: []\n', 2, 'a value opened with " has no closing "; end it with "'],
    ['an unclosed single quote', "headline: 'Harbour''s talks\nkeyPoints:\n  - 'One'\nactors: []\n", 2, "a value opened with ' has no closing '; end it with '"],
    ['a colon in a plain value', 'headline: Ferry: yes\n', 2, 'nested mappings are not allowed in compact mappings; a value that contains ": " must be put in quotes, and a nested field must be indented under its parent'],
    ['a field twice', 'headline: a\nheadline: b\n', 3, 'map keys must be unique; a field may appear only once: keep one of them'],
    ['a tab for indentation', 'actors:\n\t- id: x\n', 3, 'tabs are not allowed as indentation; indent with spaces, not tabs'],
  ])('reports YAML with %s at its line', (_case, yaml, line, message) => {
    const source = `---\n${yaml}---\n\nText.\n`;
    const result = readFrontmatter(source, splitArticle(source)!);
    expect(result.data).toBeUndefined();
    expect(result.problems).toEqual([{ path: 'frontmatter', line, message: `the YAML does not parse: ${message}` }]);
  });
});
