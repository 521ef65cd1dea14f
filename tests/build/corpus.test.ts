import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEditedInOrder, buildProject, fixtureProject, removeFixtureBuilds, root, type BuildResult } from '../support/build';
import { expectedLines, problemLines } from '../support/fixture';
import { brokenLinks, readPage } from '../support/site';
import { htmlErrors } from '../support/vnu';
import { stances } from '../../src/schemas/vocabularies';

/** A stance as its badge reads: symbol and label. */
const badge = (stance: keyof typeof stances) => `${stances[stance].symbol} ${stances[stance].label}`;

/**
 * The story fixture (tests/fixtures/story): three articles sharing a registry of five actors and two
 * questions, dated out of file order (ferry-vote 10 February 2025, harbour-talks 4 March 2025) and one
 * undated (ferry-launch). Southby's stance on the shared ferry goes unclear → conditional → supports.
 */
let build: BuildResult;
let page: (path: string) => Root;
let project: string;

beforeAll(() => {
  project = fixtureProject('story');
  build = buildProject(project, [], { DOSSIER_CORPUS_COUNTS: join(project, 'corpus-counts.json') });
  page = (path) => readPage(build.outDir, path);
}, 300_000);
afterAll(removeFixtureBuilds);

const text = (node: Element | Root | undefined) => (node ? toString(node).replace(/\s+/g, ' ').trim() : '');
const hrefs = (root: Element | Root, selector: string) => selectAll(selector, root).map((link) => String(link.properties.href));

describe('a corpus of three articles on one story', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('parses each article and reads the registries once in the whole build, for the loaders and the pages alike', () => {
    const articles = readdirSync(join(root, 'tests/fixtures/story')).filter((name) => name.endsWith('.mdx')).length;
    expect(articles).toBeGreaterThan(1);
    const counts = JSON.parse(readFileSync(join(project, 'corpus-counts.json'), 'utf8')) as Record<string, number>;
    expect(counts, JSON.stringify(counts)).toEqual({ articlesParsed: articles, registryReads: 1 });
  });

  it('compiles no article into a module of its own: the full text is rendered from the tree the corpus keeps', () => {
    // Astro lists here every entry it would bundle and import to render (an MDX body is one such module).
    expect(readFileSync(join(project, '.astro/content-modules.mjs'), 'utf8').trim()).toBe('export default new Map();');
    const full = page('articles/harbour-talks/full/index.html');
    expect(selectAll('.body p[id]', full).length).toBeGreaterThan(0);
  });

  describe('the question page and its months', () => {
    const question = () => page('questions/shared-ferry/index.html');
    const months = ['2025-02', '2025-03', 'undated-06'];
    const tables = () => months.map((month) => select('table', page(`questions/shared-ferry/${month}/index.html`))!);
    /** Each row as its actor, then each cell as its badge and its change mark, or the words an empty cell has for screen readers. */
    const rows = (table: Element) =>
      selectAll('tbody tr', table).map((row) => [
        text(select('th', row)),
        ...selectAll('td', row).map((cell) => [text(select('.stance', cell) ?? select('.visually-hidden', cell)), text(select('.change', cell))].filter(Boolean).join(' | ')),
      ]);

    it('gives each actor’s stance now, since the article where it began, linked to its latest sentence', () => {
      const now = select('table', question())!;
      expect(selectAll('tbody tr', now).map((row) => selectAll('th, td', row).map(text))).toEqual([
        ['Southby', badge('supports'), 'The shared ferry makes its first crossing, date not stated', '2'],
        ['Ana Reyes', badge('supports'), 'Southby delays its ferry vote, Southby Courier, 10 February 2025', '0'],
        ['Eastville', badge('unclear'), 'The shared ferry makes its first crossing, date not stated', '0'],
      ]);
      expect(hrefs(now, 'td > a')).toEqual([
        '/articles/ferry-launch/full/#p-southby-now-backs-the-ferry-it',
        '/articles/harbour-talks/full/#p-one-boat-serves-us-both-said',
        '/articles/ferry-launch/full/#p-eastville-is-watching-the-crossing',
      ]);
    });

    it('tells Southby’s changes as runs, each linked to the sentence where it began, and links every month of the record', () => {
      const runs = selectAll('.runs > li', question());
      expect(runs.map((run) => [text(select('.stance', run)), text(select('.change', run))])).toEqual([
        [badge('unclear'), 'Changed: Unclear → Conditional, 4 March 2025'],
        [badge('conditional'), 'Changed: Conditional → Supports, in an undated article'],
        [badge('supports'), ''],
      ]);
      expect(runs.map((run) => String(select('a', run)!.properties.href))).toEqual([
        '/articles/ferry-vote/full/#p-southby-put-off-its-vote-on',
        '/articles/harbour-talks/full/#p-southby-agreed-on-condition-that-the',
        '/articles/ferry-launch/full/#p-southby-now-backs-the-ferry-it',
      ]);
      // The undated articles are listed once, as the index of their groups.
      expect(hrefs(select('.periods', question())!, 'a')).toEqual(['2025-02', '2025-03', 'undated'].map((month) => `/questions/shared-ferry/${month}/`));
    });

    it('has each month’s articles as columns, with outlet and date', () => {
      expect(tables().map((table) => selectAll('thead th', table).slice(1).map(text))).toEqual([
        ['Southby delays its ferry vote, Southby Courier, 10 February 2025'],
        ['Harbour towns agree to share a ferry, Example Gazette, 4 March 2025'],
        ['The shared ferry makes its first crossing, date not stated'],
      ]);
      expect(tables().flatMap((table) => selectAll('thead time', table).map((time) => time.properties.dateTime))).toEqual(['2025-02-10', '2025-03-04']);
    });

    it('has a row per actor with a stance that month, every change marked against the months before', () => {
      expect(tables().map(rows)).toEqual([
        [['Southby', badge('unclear')], ['Ana Reyes', badge('supports')]],
        [['Southby', `${badge('conditional')} | Changed: Unclear → Conditional, 4 March 2025`], ['Ana Reyes', badge('supports')]],
        [['Southby', `${badge('supports')} | Changed: Conditional → Supports, in an undated article`], ['Eastville', badge('unclear')]],
      ]);
    });

    it('links each stance to the paragraph it rests on, in its own article', () => {
      expect(tables().flatMap((table) => hrefs(table, 'td a'))).toEqual([
        '/articles/ferry-vote/full/#p-southby-put-off-its-vote-on',
        '/articles/ferry-vote/full/#p-ana-reyes-who-proposed-the-shared',
        '/articles/harbour-talks/full/#p-southby-agreed-on-condition-that-the',
        '/articles/harbour-talks/full/#p-one-boat-serves-us-both-said',
        '/articles/ferry-launch/full/#p-southby-now-backs-the-ferry-it',
        '/articles/ferry-launch/full/#p-eastville-is-watching-the-crossing',
      ]);
    });

    it('is listed with its counts on the list of questions', () => {
      const list = page('questions/index.html');
      expect(hrefs(list, '.question-rows a')).toEqual(['/questions/shared-ferry/', '/questions/ferry-fares/']);
      expect(text(select('.question-rows li', list))).toContain('3 actors · 3 articles · 2 changes of stance');
    });
  });

  describe('an actor page', () => {
    const southby = () => page('actors/southby/index.html');

    it('lists the actor’s stances on each question as runs in date order, undated last, with the changes that ended them', () => {
      const steps = selectAll('#positions ~ .question .runs > li, .question .runs > li', southby());
      expect(steps.map((step) => [text(select('.stance', step)), text(select('cite', step))])).toEqual([
        [badge('unclear'), 'Southby delays its ferry vote'],
        [badge('conditional'), 'Harbour towns agree to share a ferry'],
        [badge('supports'), 'The shared ferry makes its first crossing'],
      ]);
      expect(steps.map((step) => text(select('.change', step)))).toEqual(['Changed: Unclear → Conditional, 4 March 2025', 'Changed: Conditional → Supports, in an undated article', '']);
    });

    it('lists each distinct role the articles give the actor on its own, never joined, the latest first, and the articles that give none not at all', () => {
      expect(selectAll('.facts .roles', southby())[0]!.children.filter((node) => node.type === 'element').map(text)).toEqual([
        'A harbour town council (in Harbour towns agree to share a ferry, Example Gazette, 4 March 2025)',
        'The town council that put off the vote (in Southby delays its ferry vote, Southby Courier, 10 February 2025)',
      ]);
    });

    it('keeps its full record by month, every article that lists it in one month, each mention linked to its paragraph', () => {
      expect(hrefs(select('#record ~ .periods, .periods', southby())!, 'a')).toEqual(['/actors/southby/2025-02/', '/actors/southby/2025-03/', '/actors/southby/undated/']);
      const march = page('actors/southby/2025-03/index.html');
      expect(selectAll('.in-article h2 cite', march).map(text)).toEqual(['Harbour towns agree to share a ferry']);
      expect(hrefs(march, '.mentions a')).toEqual(['/articles/harbour-talks/full/#p-northport-and-southby-agreed-on-monday', '/articles/harbour-talks/full/#p-southby-agreed-on-condition-that-the']);
    });

    it('gives the registry’s Wikidata item and address as sameAs in its JSON-LD', () => {
      const northport = readFileSync(join(build.outDir, 'actors/northport/index.html'), 'utf8');
      const json = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(northport)![1]!) as { '@graph': { sameAs?: string[] }[] };
      expect(json['@graph'][0]!.sameAs).toEqual(['https://www.wikidata.org/wiki/Q1000001', 'https://northport.example/']);
    });
  });

  describe('the links between the articles of one story', () => {
    it('lists, on the summary and the full text, the nearest articles on the same questions in story order, around this one, and the question for the rest', () => {
      for (const view of ['articles/harbour-talks/index.html', 'articles/harbour-talks/full/index.html']) {
        const aside = select('.also-on', page(view))!;
        expect(hrefs(aside, 'cite a'), view).toEqual(['/articles/ferry-vote/', '/articles/ferry-launch/']);
        expect(selectAll('li', aside).map(text), view).toEqual(['Southby delays its ferry vote, 10 February 2025', 'This article', 'The shared ferry makes its first crossing, date not stated']);
        expect(text(select('p', aside)), view).toBe('Every article on A shared ferry (3)');
        expect(hrefs(aside, 'p a'), view).toEqual(['/questions/shared-ferry/']);
      }
    });

    it('lists the articles on the home page newest first with their dates, outlets and questions', () => {
      const home = page('index.html');
      expect(selectAll('.articles h2', home).map(text)).toEqual([
        'Harbour towns agree to share a ferry',
        'Southby delays its ferry vote',
        'The shared ferry makes its first crossing',
      ]);
      expect(selectAll('.articles .meta', home).map((meta) => selectAll('span', meta).map(text).join(' · '))).toEqual([
        'Date: 4 March 2025 · Outlet: Example Gazette · Author and address: not stated in the source',
        'Date: 10 February 2025 · Outlet: Southby Courier · Author and address: not stated in the source',
        'Date, author, outlet and address: not stated in the source',
      ]);
      expect(hrefs(select('.articles li', home)!, '.on-questions a')).toEqual(['/questions/shared-ferry/']);
    });
  });

  describe('the pages a story adds: the months of a question, of an actor and of the archive', () => {
    const archives = ['questions/shared-ferry/2025-03/index.html', 'actors/southby/2025-03/index.html', 'archive/2025-03/index.html', 'questions/shared-ferry/index.html', 'actors/southby/index.html', 'index.html'];

    it('are valid HTML (Nu HTML Checker)', () => {
      expect(htmlErrors(archives.map((path) => join(build.outDir, path)))).toEqual([]);
    });

    it('leave no internal link or fragment of the story broken', () => {
      expect(brokenLinks(build.outDir)).toEqual([]);
    });

    it('give an actor in one article no months of its own: its page is its whole record', () => {
      expect(() => page('actors/eastville/undated/index.html')).toThrow();
      expect(select('.periods', page('actors/eastville/index.html'))).toBeUndefined();
    });
  });

  describe('the exports', () => {
    const json = <T,>(path: string) => JSON.parse(readFileSync(join(build.outDir, path), 'utf8')) as T;

    interface Step {
      article: string;
      published: string | null;
      stance: string;
      changedFrom: string | null;
      citations: { paragraph: string }[];
    }
    interface Periods {
      periods: { period: string; articles: number; url: string }[];
    }
    /** Each period's file named in an index file, read from the build: the URLs are site paths. */
    const periodFiles = <T,>({ periods }: Periods) => periods.map((period) => json<T>(period.url.slice(1)));

    it('serve every question with each actor’s stance now in /questions.json, and every dated, cited step in its period’s file', () => {
      const index = json<{ questions: { id: string; label: string; stances: { actor: string; now: Step }[] }[] } & Periods>('questions.json');
      expect(index.questions.map((question) => [question.id, question.label])).toEqual([['shared-ferry', 'A shared ferry'], ['ferry-fares', 'Ferry fares']]);
      expect(index.questions[0]!.stances.find((stance) => stance.actor === 'southby')!.now).toMatchObject({ article: 'ferry-launch', stance: 'supports', changedFrom: 'conditional' });
      expect(index.periods.map(({ period, articles, url }) => [period, articles, url])).toEqual([
        ['2025-02', 1, '/archive/2025-02/questions.json'],
        ['2025-03', 1, '/archive/2025-03/questions.json'],
        ['undated-06', 1, '/archive/undated-06/questions.json'],
      ]);
      const southby = periodFiles<{ period: string; questions: { id: string; stances: { actor: string; steps: Step[] }[] }[] }>(index).flatMap((file) =>
        file.questions.filter((question) => question.id === 'shared-ferry').flatMap((question) => question.stances.filter((stance) => stance.actor === 'southby').flatMap((stance) => stance.steps)),
      );
      expect(southby.map(({ article, published, stance, changedFrom }) => [article, published, stance, changedFrom])).toEqual([
        ['ferry-vote', '2025-02-10', 'unclear', null],
        ['harbour-talks', '2025-03-04', 'conditional', 'unclear'],
        ['ferry-launch', null, 'supports', 'conditional'],
      ]);
      expect(southby[0]!.citations[0]!.paragraph).toBe('p-southby-put-off-its-vote-on');
    });

    it('serve the registry’s fields in /actors.json and, in each period’s file, for each position and claim, the article, its date and the paragraph', () => {
      interface Article {
        slug: string;
        published: string | null;
        positions: { question: string; article: { slug: string; published: string | null }; citations: { paragraph: string }[] }[];
        claims: { id: string; paragraph: string; article: { published: string | null } }[];
      }
      const index = json<{ actors: { id: string; wikidata: string | null; website: string | null; aliases: string[]; articleCount: number }[] } & Periods>('actors.json');
      const northport = index.actors.find((actor) => actor.id === 'northport')!;
      expect([northport.wikidata, northport.website, northport.aliases]).toEqual(['Q1000001', 'https://northport.example/', ['Northport']]);
      expect(index.actors.find((actor) => actor.id === 'ana-reyes')!.articleCount).toBe(3);
      const reyes = periodFiles<{ actors: { id: string; articles: Article[] }[] }>(index).flatMap((file) => file.actors.filter((actor) => actor.id === 'ana-reyes').flatMap((actor) => actor.articles));
      expect(reyes.map((article) => article.slug)).toEqual(['ferry-vote', 'harbour-talks', 'ferry-launch']);
      const vote = reyes[0]!;
      expect(vote.positions[0]).toMatchObject({ question: 'shared-ferry', article: { slug: 'ferry-vote', published: '2025-02-10' }, citations: [{ paragraph: 'p-ana-reyes-who-proposed-the-shared' }] });
      expect(vote.claims[0]).toMatchObject({ id: 'reyes-will-wait', paragraph: 'p-ana-reyes-who-proposed-the-shared', article: { published: '2025-02-10' } });
    });
  });
});

describe('a corpus whose articles disagree with the registry or with each other', () => {
  it('fails, each problem in the file being edited, naming the registry file or the other article with its line, and builds nothing', () => {
    // harbour-fees.mdx is the file being edited: changed last.
    const result = buildEditedInOrder('story-conflict', ['harbour-dues.mdx', 'harbour-fees.mdx']);
    expect(result.status).not.toBe(0);
    expect(problemLines(result.output)).toEqual(expectedLines('story-conflict'));
    expect(result.output).not.toMatch(/Stack trace|\n\s+at /);
  }, 300_000);
});
