import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderArticleBody } from '../support/article-body';
import { root } from '../support/build';

/** Renders Markdown as the body of `content/articles/<slug>.mdx`, through the production article chain, with the given frontmatter. */
async function render(markdown: string, frontmatter: Record<string, unknown> = {}, options: { root?: string; slug?: string } = {}): Promise<string> {
  return renderArticleBody(markdown, frontmatter, { root: options.root ?? root, slug: options.slug ?? 'example' });
}

const actor = (id: string, aliases: string[], demonyms: string[] = []) => ({ id, name: id, kind: 'other', role: 'A role', aliases, demonyms });

describe('block ids', () => {
  it('gives top-level headings and paragraphs ids from their own words, and nested paragraphs none', async () => {
    await expect(await render('## Mixed reactions\n\nRussia remains staunchly opposed, it said.\n\n> Quoted words here.\n')).toMatchFileSnapshot(
      '__snapshots__/plugins/block-ids.html',
    );
  });
});

describe('claim marks', () => {
  const frontmatter = {
    actors: [actor('ana-reyes', ['Reyes'])],
    claims: [
      { id: 'reyes-boat', kind: 'quote', speaker: 'ana-reyes', excerpt: '"One boat," said Reyes.', summary: 'Reyes wants one boat.' },
      { id: 'gazette-cost', kind: 'assertion', excerpt: 'it costs less', summary: 'It is cheaper.' },
    ],
  };

  it('marks each excerpt and follows it with a numbered marker that opens its claim’s note, keeping the words', async () => {
    await expect(await render('Then "One boat," said Reyes. The Gazette says it costs less.\n', frontmatter)).toMatchFileSnapshot(
      '__snapshots__/plugins/claim-marks.html',
    );
  });

  it('marks the pieces of an excerpt that crosses inline markup, with one id and one marker', async () => {
    const only = { ...frontmatter, claims: frontmatter.claims.slice(1) };
    await expect(await render('Yes it *costs* less.\n', only)).toMatchFileSnapshot('__snapshots__/plugins/claim-marks-markup.html');
  });

  it('keeps an excerpt’s last word and its number together, never cutting a linked name', async () => {
    const withName = {
      actors: [actor('ana-reyes', ['Ana Reyes'])],
      claims: [
        { id: 'boat', kind: 'quote', speaker: 'ana-reyes', excerpt: 'one boat, said Ana Reyes', summary: 'Reyes wants one boat.' },
        { id: 'cost', kind: 'assertion', excerpt: 'it costs less', summary: 'It is cheaper.' },
      ],
    };
    const html = await render('Then one boat, said Ana Reyes; it costs less.\n', withName);
    const ends = [...html.matchAll(/<span>(.*?)<\/span>/g)].map(([, inside]) => inside!.replace(/<[^>]*>/g, ''));
    // Words only: the number is drawn from `data-n` by CSS.
    expect(ends).toEqual(['Ana Reyes', 'less']);
    expect(html).toContain('<mark class="claim-mark" id="excerpt-boat">one boat, said <span><a class="mention" href="../../../actors/ana-reyes/">Ana Reyes</a><button');
    expect(html).toContain('aria-label="Claim 2" data-n="2"></button></span></mark>.');
  });

  it('marks an excerpt after a hard line break where it is, the break counting as the line break it renders', async () => {
    const only = { ...frontmatter, claims: frontmatter.claims.slice(1) };
    await expect(await render('First line,  \nand it costs less.\n', only)).toMatchFileSnapshot('__snapshots__/plugins/claim-marks-break.html');
  });
});

describe('mentions', () => {
  it('links an actor once, at its first mention, never by a demonym, longest name first', async () => {
    const frontmatter = {
      actors: [actor('ana-reyes', ['Ana Reyes', 'Reyes']), actor('northport', ['Northport'], ['Northportian']), { ...actor('analysts', ['Analysts']), unnamed: true }],
    };
    const markdown = 'Ana Reyes of Northport met Reyes.\n\nNorthportian crews, Analysts and Reyes.\n\n## Later\n\nReyes and Northport again.\n';
    await expect(await render(markdown, frontmatter, { slug: 'harbour' })).toMatchFileSnapshot('__snapshots__/plugins/mentions.html');
  });

  it('links nothing in a file that declares no actors', async () => {
    await expect(await render('Plain words.\n')).toMatchFileSnapshot('__snapshots__/plugins/plain.html');
  });
});

describe('retired anchors', () => {
  it('puts each retired anchor at the start of its successor, from the manifest under the root it is given', async () => {
    const project = mkdtempSync(join(tmpdir(), 'dossier-retired-'));
    mkdirSync(join(project, 'content/anchors'), { recursive: true });
    writeFileSync(join(project, 'content/anchors/a.json'), JSON.stringify({ anchors: ['p-new-words'], retired: { 'p-old-words': 'p-new-words', 'claim-x': 'claim-y' } }));
    const html = await render('New words.\n', { actors: [actor('someone', [])] }, { root: project, slug: 'a' });
    await expect(html).toMatchFileSnapshot('__snapshots__/plugins/retired-anchors.html');
  });
});
