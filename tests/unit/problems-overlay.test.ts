import { describe, expect, it } from 'vitest';
import { problemsOverlay } from '../../src/integrations/project';

describe('content problems in the dev error overlay', () => {
  const problems = [
    { file: 'content/articles/harbour-talks.mdx', line: 12, path: 'claims.0.excerpt', message: 'excerpt "<b>One & two</b>" is not in the body verbatim' },
    { file: 'content/articles/ferry.mdx', line: 3, path: 'file', message: 'the file is not UTF-8: byte 0xE9 at offset 40' },
  ];

  it('shows every problem as the terminal prints it, its markup as text, with no stack trace', () => {
    const { type, err } = problemsOverlay(problems, '/site');
    expect(type).toBe('error');
    expect(err.title).toBe('2 problems in 2 files');
    expect(err.message.split('\n')).toEqual([
      'content/articles/harbour-talks.mdx:12: claims.0.excerpt: excerpt &#34;&#60;b&#62;One &#38; two&#60;/b&#62;&#34; is not in the body verbatim',
      'content/articles/ferry.mdx:3: file: the file is not UTF-8: byte 0xE9 at offset 40',
    ]);
    expect(err.stack).toBe('');
    expect(err.hint).toContain('saving the fix clears this page');
  });

  it('opens the first problem in the editor at its line', () => {
    expect(problemsOverlay(problems, '/site').err.loc).toEqual({ file: '/site/content/articles/harbour-talks.mdx', line: 12, column: 0 });
  });
});
