import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxAllowlist, readBody } from '../../src/lib/check/mdx-lint';
import { root } from '../support/build';

const noLinks = 'is not allowed: the body holds no links, because the capture carries no link targets; keep the words and drop the link';
const noImages = 'is not allowed: the body holds no images, because the capture carries none; where the original embedded a video, write <MissingVideo />';

/** Each problem the lint finds in a body, as `line: message`. */
const lint = (body: string) => readBody(body).problems.map((problem) => `${problem.line}: ${problem.message}`);

describe('the MDX lint', () => {
  it('allows only <MissingVideo /> and no imports, and says so', () => {
    expect(mdxAllowlist).toEqual({ components: ['MissingVideo'], imports: [] });
  });

  it('allows exactly the components the full text gives the body (src/components/full-text/Body.astro)', () => {
    const page = readFileSync(join(root, 'src/components/full-text/Body.astro'), 'utf8');
    const given = /const components = \{([^}]*)\}/.exec(page)?.[1]?.split(',').map((name) => name.trim());
    expect(given).toEqual(mdxAllowlist.components);
  });

  it('accepts Markdown and the one component', () => {
    const body = 'One paragraph with *emphasis*, **strong** words and `code`, an address in backticks: `https://example.org`, and bare, which stays words: www.example.org, news@example.org.\n\n## A heading\n\n<MissingVideo />\n\nA brace written as text: \\{ and a less-than: \\<.\n';
    expect(lint(body)).toEqual([]);
    expect(readBody(body).tree?.children).toHaveLength(4);
  });

  it.each([
    ['an import', 'Text.\n\nimport x from "node:fs"\n', ['3: imports "node:fs", which is not allowed: article bodies import nothing']],
    ['two imports, each on its line', 'import a from "a"\nimport b from "b"\n', ['1: imports "a", which is not allowed: article bodies import nothing', '2: imports "b", which is not allowed: article bodies import nothing']],
    ['an export', 'export const x = 1\n', ['1: exports JavaScript, which is not allowed: article bodies hold only text and Markdown']],
    ['an expression in text', 'One {1 + 1} two.\n', ['1: {1 + 1} is a JavaScript expression, which article bodies may not use; to show a brace as text, write \\{']],
    ['an expression on its own line', 'Text.\n\n{process.exit(1)}\n', ['3: {process.exit(1)} is a JavaScript expression, which article bodies may not use; to show a brace as text, write \\{']],
    ['<script>', '<script>alert(1)</script>\n', ['1: <script> is not allowed: it runs code, and article bodies hold only text and <MissingVideo />']],
    ['<iframe>', 'Text.\n\n<iframe src="https://example.org" />\n', ['3: <iframe> is not allowed: it embeds another page, and article bodies hold only text and <MissingVideo />']],
    ['<style> inside a paragraph', 'Text <style>x</style> more.\n', ['1: <style> is not allowed: it restyles the site, and article bodies hold only text and <MissingVideo />']],
    ['plain HTML', '<div>Text</div>\n', ['1: <div> is raw HTML, which is not allowed in the body: article bodies are Markdown, and the only component allowed is <MissingVideo />']],
    ['a misspelt component', '<MissingVdeo />\n', ['1: <MissingVdeo> is not allowed: article bodies are Markdown, and the only component allowed is <MissingVideo />; did you mean "MissingVideo"?']],
    ['a fragment', '<>Text</>\n', ['1: a fragment <>…</> is JSX, which article bodies do not use; the only component allowed is <MissingVideo />']],
    ['an event handler', '<MissingVideo onClick="alert(1)" />\n', ['1: <MissingVideo> has the event handler onClick=, which runs code; remove it']],
    [
      'an event handler on an element that is not allowed',
      '<img src="x.png" onerror="alert(1)" />\n',
      ['1: <img> is raw HTML, which is not allowed in the body: article bodies are Markdown, and the only component allowed is <MissingVideo />', '1: <img> has the event handler onerror=, which runs code; remove it'],
    ],
    ['an attribute on <MissingVideo />', '<MissingVideo\n  title="Clip"\n/>\n', ['2: <MissingVideo /> takes no attributes; remove title']],
    ['an expression attribute', '<MissingVideo title={x} />\n', ['1: <MissingVideo> sets title to the JavaScript expression {x}; article bodies run no JavaScript']],
    ['a spread attribute', '<MissingVideo {...props} />\n', ['1: <MissingVideo> spreads the JavaScript expression ...props; article bodies run no JavaScript']],
    ['content in <MissingVideo>', '<MissingVideo>A caption</MissingVideo>\n', ['1: <MissingVideo> takes no content; write it as <MissingVideo />']],
    ['<MissingVideo /> inside a paragraph', 'Watch it <MissingVideo /> now.\n', ['1: <MissingVideo /> stands inside a paragraph here; put it on a line of its own, with a blank line before and after']],
    ['a link', 'Read [more](https://example.org).\n', [`1: a link to "https://example.org" ${noLinks}`]],
    ['a data: link', 'Read [more](data:text/html,x).\n', [`1: a link to "data:text/html,x" ${noLinks}`]],
    ['a javascript: link', 'Read [more](javascript:alert(1)).\n', [`1: a link to "javascript:alert(1)", a javascript: URL that runs code, ${noLinks}`]],
    ['a javascript: link, however spelt', 'Read [more](JavaScript:alert(1)).\n', [`1: a link to "JavaScript:alert(1)", a javascript: URL that runs code, ${noLinks}`]],
    ['an image', '![x](../../package.json)\n', [`1: an image to "../../package.json" ${noImages}`]],
    ['a javascript: image', '![x](javascript:alert(1))\n', [`1: an image to "javascript:alert(1)", a javascript: URL that runs code, ${noImages}`]],
    ['a link by reference and its javascript: definition', 'Read [more][x].\n\n[x]: javascript:alert(1)\n', [`1: a link by reference [x] ${noLinks}`, `3: a link definition to "javascript:alert(1)", a javascript: URL that runs code, ${noLinks}`]],
    ['a javascript: attribute', '<a href="javascript:alert(1)">x</a>\n', ['1: <a> is raw HTML, which is not allowed in the body: article bodies are Markdown, and the only component allowed is <MissingVideo />', '1: <a> has href="javascript:alert(1)", a javascript: URL, which runs code; remove it']],
  ])('rejects %s, at its line', (_case, body, expected) => {
    expect(lint(body)).toEqual(expected);
  });

  it('says where MDX cannot be read, and keeps no tree', () => {
    const result = readBody('Text.\n\na < b and <3\n');
    expect(result.tree).toBeUndefined();
    expect(result.problems).toEqual([
      {
        path: 'body',
        line: 3,
        message:
          'the MDX cannot be read: Unexpected character `3` (U+0033) before name, expected a character that can start a name, such as a letter, `$`, or `_`; to write < or { as text, put a backslash before it: \\< or \\{',
      },
    ]);
  });

  it('says that HTML the MDX parser cannot read is raw HTML, not what the parser expected', () => {
    expect(lint('Text.\n\n<img src=x onerror=alert(1)>\n')).toEqual([
      '3: raw HTML is not allowed in the body (<img…>): article bodies are Markdown, and the only component allowed is <MissingVideo />; to write < as text, put a backslash before it: \\<',
    ]);
  });
});
