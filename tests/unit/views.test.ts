/*
 * The view modules (src/views/), one per page kind, built from fixture data with no `astro:content`,
 * as Starlight tests its route data: the story fixture's three articles, Southby's stance on the shared
 * ferry changing twice (unclear in February, conditional in March, supports in the undated launch).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyOrder } from '../../src/lib/corpus/related';
import { stanceHistories } from '../../src/lib/corpus/timeline';
import { actorArchiveViews, actorView, LATEST_ARTICLES } from '../../src/views/actor';
import { claimView } from '../../src/views/claim';
import { fullTextView } from '../../src/views/full-text';
import { archiveViews, FEED_LATEST, HOME_LATEST, homeView } from '../../src/views/home';
import { articlesOnQuestion, NEIGHBOURS, neighboursView } from '../../src/views/neighbours';
import { questionArchiveViews, questionView, RECENT_RUNS } from '../../src/views/question';
import { summaryView } from '../../src/views/summary';
import { UNDATED, UNDATED_GROUPS } from '../../src/views/periods';
import { root } from '../support/build';
import { storyFixture } from '../support/story';

const site = new URL('https://example.org/');
const { articles, actors, histories, names } = storyFixture();
const story = storyOrder(articles);
const onQuestion = articlesOnQuestion(articles);
const bySlug = (slug: string) => articles.find((article) => article.slug === slug)!;
const headlines = (refs: readonly { article: { headline: string } }[]) => refs.map((ref) => ref.article.headline);

describe('neighboursView', () => {
  it('lists the articles nearest in the story on the same questions, each way, and the question pages for the rest', () => {
    const view = neighboursView(bySlug('harbour-talks'), story, onQuestion);
    expect(headlines(view.earlier)).toEqual(['Southby delays its ferry vote']);
    expect(headlines(view.later)).toEqual(['The shared ferry makes its first crossing']);
    expect(view.questions).toEqual([{ id: 'shared-ferry', label: 'A shared ferry', articles: 3 }]);
    expect(view.later[0]!.shared.map((question) => question.id)).toEqual(['shared-ferry']);
  });

  it('lists at most NEIGHBOURS each way in a long story', () => {
    const vote = bySlug('ferry-vote');
    const long = Array.from({ length: 30 }, (_, n) => ({ ...vote, slug: `day-${n}`, published: new Date(Date.UTC(2025, 0, 1 + n)) }));
    const view = neighboursView(long[15]!, long, articlesOnQuestion(long));
    expect([view.earlier.map((entry) => entry.article.slug), view.later.map((entry) => entry.article.slug)]).toEqual([
      Array.from({ length: NEIGHBOURS }, (_, n) => `day-${14 - n}`),
      Array.from({ length: NEIGHBOURS }, (_, n) => `day-${16 + n}`),
    ]);
    expect(view.questions[0]!.articles).toBe(30);
  });
});

describe('one claim model for every list of claims', () => {
  it('gives the summary’s claims and the full text’s notes the same model, numbered as in the article', () => {
    const article = bySlug('harbour-talks');
    const summary = summaryView(article, site, story, onQuestion);
    const notes = [...fullTextView(article, site, story, onQuestion).notes.values()].flat();
    expect(notes.toSorted((a, b) => a.n! - b.n!)).toEqual(summary.claims);
    expect(summary.claims.map((note) => [note.n, note.anchor, note.url, note.inText, note.speaker?.name, note.via?.name])).toEqual([
      [1, 'claim-reyes-one-boat', '/articles/harbour-talks/claims/reyes-one-boat/', '/articles/harbour-talks/full/#excerpt-reyes-one-boat', 'Ana Reyes', undefined],
      [2, 'claim-gazette-cost', '/articles/harbour-talks/claims/gazette-cost/', '/articles/harbour-talks/full/#excerpt-gazette-cost', undefined, 'The Gazette'],
    ]);
  });

  it('keeps a claim’s retired anchors on its note and on its page', () => {
    const article = { ...bySlug('harbour-talks'), retired: { 'claim-one-boat': 'claim-reyes-one-boat', 'p-old': 'p-northport-and-southby-agreed-on-monday' } };
    const claim = article.analysis.claims[0]!;
    expect(claimView(article, claim, site).note.retired).toEqual(['claim-one-boat']);
    expect(claimView(article, claim, site).address).toBe('https://example.org/articles/harbour-talks/claims/reyes-one-boat/');
  });
});

describe('questionView', () => {
  const view = questionView('shared-ferry', histories, names);

  it('gives each actor’s stance now, since the article where it began, citing its latest sentence', () => {
    expect(view.current.map((row) => [row.actor.name, row.stance, row.since.headline, row.changes])).toEqual([
      ['Southby', 'supports', 'The shared ferry makes its first crossing', 2],
      ['Ana Reyes', 'supports', 'Southby delays its ferry vote', 0],
      ['Eastville', 'unclear', 'The shared ferry makes its first crossing', 0],
    ]);
    expect(view.current[1]!.cite).toMatch(/^\/articles\/harbour-talks\/full\/#p-/);
  });

  it('tells the history of an actor that changed as runs, each citing where it began and naming the change that ended it', () => {
    expect(view.history.map((entry) => entry.actor.id)).toEqual(['southby']);
    const [southby] = view.history;
    expect(southby!.runs.map((run) => [run.stance, run.from.headline, run.articles, run.ended])).toEqual([
      ['unclear', 'Southby delays its ferry vote', 1, 'Unclear → Conditional, 4 March 2025'],
      ['conditional', 'Harbour towns agree to share a ferry', 1, 'Conditional → Supports, in an undated article'],
      ['supports', 'The shared ferry makes its first crossing', 1, undefined],
    ]);
    expect(southby!.runs[0]!.cite).toBe('/articles/ferry-vote/full/#p-southby-put-off-its-vote-on');
    expect(southby!.earlier).toBe(0);
  });

  it('lists the months of the full record, oldest first, undated last', () => {
    expect(view.periods).toEqual([
      { period: '2025-02', label: 'February 2025', articles: 1 },
      { period: '2025-03', label: 'March 2025', articles: 1 },
      { period: 'undated', label: 'Undated articles', articles: 1 },
    ]);
  });

  it('shows only an actor’s latest RECENT_RUNS runs, however often it changed', () => {
    const vote = bySlug('ferry-vote');
    const stances = ['unclear', 'supports', 'opposes'] as const;
    const long = Array.from({ length: 12 }, (_, n) => ({
      ...vote,
      slug: `day-${n}`,
      published: new Date(Date.UTC(2025, 0, 1 + n * 20)),
      analysis: { ...vote.analysis, positions: vote.analysis.positions.map((position) => ({ ...position, stance: stances[n % 3]! })) },
    }));
    const southby = questionView('shared-ferry', stanceHistories(long), names).history.find((entry) => entry.actor.id === 'southby')!;
    expect(southby.runs).toHaveLength(RECENT_RUNS);
    expect(southby.earlier).toBe(12 - RECENT_RUNS);
    expect(southby.runs.at(-1)!.from.slug).toBe('day-11');
  });
});

describe('questionArchiveViews', () => {
  const archives = questionArchiveViews('shared-ferry', histories, names);

  it('holds the full actor × article record of each month, every cell citing its sentence, changes marked across months', () => {
    expect(archives.map((archive) => archive.period)).toEqual(['2025-02', '2025-03', 'undated-06', 'undated']);
    const march = archives[1]!;
    expect(march.columns.map((column) => column.headline)).toEqual(['Harbour towns agree to share a ferry']);
    expect(march.rows.map((row) => [row.actor.name, row.cells.map((cell) => [cell.step?.position.stance, cell.change])])).toEqual([
      ['Southby', [['conditional', 'Unclear → Conditional, 4 March 2025']]],
      ['Ana Reyes', [['supports', undefined]]],
    ]);
    expect(march.rows.flatMap((row) => row.cells.map((cell) => cell.cite))).toEqual([
      '/articles/harbour-talks/full/#p-southby-agreed-on-condition-that-the',
      '/articles/harbour-talks/full/#p-one-boat-serves-us-both-said',
    ]);
    expect([march.previous?.period, march.next?.period]).toEqual(['2025-02', 'undated-06']);
  });

  it('keeps a month’s record as it was when a later article joins the story', () => {
    const later = { ...bySlug('harbour-talks'), slug: 'april-talks', headline: 'April talks', published: new Date('2025-04-02') };
    const grown = questionArchiveViews('shared-ferry', stanceHistories([...articles, later]), names);
    const { next: _next, ...february } = archives[0]!;
    const { next: _grownNext, ...grownFebruary } = grown[0]!;
    expect(grownFebruary).toEqual(february);
    expect(grown.map((archive) => archive.period)).toEqual(['2025-02', '2025-03', '2025-04', 'undated-06', 'undated']);
  });
});

describe('actorView and actorArchiveViews', () => {
  const southby = actors.find((actor) => actor.id === 'southby')!;
  const view = actorView(southby, names);

  it('gives its distinct roles with the articles that use them, and its positions as runs', () => {
    expect(view.roles.map((role) => [role.role, role.first.headline, role.last.headline, role.articles])).toEqual([
      ['A harbour town council', 'Harbour towns agree to share a ferry', 'Harbour towns agree to share a ferry', 1],
      ['The town council that put off the vote', 'Southby delays its ferry vote', 'Southby delays its ferry vote', 1],
    ]);
    expect(view.positions.map((entry) => [entry.question, entry.runs.map((run) => run.stance)])).toEqual([['shared-ferry', ['unclear', 'conditional', 'supports']]]);
  });

  it('shows its latest articles in full, newest first, and the months of its full record', () => {
    expect(view.latest.map((entry) => entry.article.headline)).toEqual(['Harbour towns agree to share a ferry', 'Southby delays its ferry vote', 'The shared ferry makes its first crossing'].slice(0, LATEST_ARTICLES));
    expect(view.latest[0]!.positions.map((entry) => entry.change)).toEqual(['Unclear → Conditional, 4 March 2025']);
    expect(view.periods.map((period) => period.period)).toEqual(['2025-02', '2025-03', 'undated']);
  });

  it('puts every article that lists it in exactly one month of its record', () => {
    const archives = actorArchiveViews(southby, names);
    expect(archives.flatMap((archive) => archive.articles.map((entry) => entry.article.slug))).toEqual(['ferry-vote', 'harbour-talks', 'ferry-launch']);
    expect(archives[2]!.articles[0]!.positions[0]!.change).toBe('Conditional → Supports, in an undated article');
  });
});

describe('homeView and archiveViews', () => {
  it('shows the latest articles with their key points and every month of the archive, newest first', () => {
    const view = homeView(articles);
    expect(view.latest.map((article) => article.headline)).toEqual(['Harbour towns agree to share a ferry', 'Southby delays its ferry vote', 'The shared ferry makes its first crossing']);
    expect(view.latest[0]!.keyPoints).toEqual(['Two towns agreed to run one ferry.']);
    expect(view.periods.map((period) => period.period)).toEqual(['undated', '2025-03', '2025-02']);
  });

  it('shows at most HOME_LATEST articles on the home page, fewer than the feed carries', () => {
    const vote = bySlug('ferry-vote');
    const many = Array.from({ length: 40 }, (_, n) => ({ ...vote, slug: `day-${n}`, published: new Date(Date.UTC(2025, 0, 40 - n)) }));
    const view = homeView(many);
    expect(view.latest.map((article) => article.slug)).toEqual(many.slice(0, HOME_LATEST).map((article) => article.slug));
    expect(view.total).toBe(40);
    expect(view.periods.map((period) => [period.period, period.articles])).toEqual([['2025-02', 9], ['2025-01', 31]]);
    expect(HOME_LATEST).toBeLessThan(FEED_LATEST);
  });

  it('holds each month’s articles oldest first, the months either side linked', () => {
    const archives = archiveViews(articles);
    expect(archives.map((archive) => [archive.period, archive.articles.map((article) => article.slug), archive.previous?.period, archive.next?.period])).toEqual([
      ['2025-02', ['ferry-vote'], undefined, '2025-03'],
      ['2025-03', ['harbour-talks'], '2025-02', 'undated-06'],
      ['undated-06', ['ferry-launch'], '2025-03', undefined],
      ['undated', [], '2025-03', undefined],
    ]);
  });
});

/** Every module a file imports or re-exports, statically or not, as written. */
const importsOf = (source: string) => [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"]+)\1/g)].map((match) => match[2]!);

/** The project's modules a module reaches through relative imports, itself included, and every outside specifier they name. */
function reach(file: string, seen = new Map<string, string[]>()): Map<string, string[]> {
  if (seen.has(file)) return seen;
  const specifiers = importsOf(readFileSync(file, 'utf8'));
  seen.set(file, specifiers.filter((specifier) => !specifier.startsWith('.')));
  for (const specifier of specifiers.filter((specifier) => specifier.startsWith('.'))) {
    const target = ['', '.ts', '/index.ts'].map((ending) => resolve(dirname(file), specifier + ending)).find((path) => existsSync(path) && path.endsWith('.ts'));
    if (target) reach(target, seen);
  }
  return seen;
}

describe('undated articles', () => {
  const launch = bySlug('ferry-launch');
  /** `n` undated articles with slugs of their own, as a story whose sources state no dates would hold. */
  const undated = (n: number, from = 0) => Array.from({ length: n }, (_, index) => ({ ...launch, slug: `undated-story-${from + index}`, published: undefined }));
  const groupsOf = (views: ReturnType<typeof archiveViews>) => new Map(views.filter((view) => view.period.startsWith('undated-')).map((view) => [view.period, view.articles.map((article) => article.slug)]));

  it('fall into fixed groups by slug, each keeping its articles as more undated articles join the story', () => {
    const before = groupsOf(archiveViews(undated(40)));
    const after = groupsOf(archiveViews(undated(400)));
    for (const [period, slugs] of before) expect(after.get(period)!.filter((slug) => slugs.includes(slug)), period).toEqual(slugs);
    const placed = [...after.values()].flat();
    expect(placed.toSorted()).toEqual(undated(400).map((article) => article.slug).toSorted());
  });

  it('are spread over all UNDATED_GROUPS groups, so that no group holds more than a few times its share', () => {
    const groups = groupsOf(archiveViews(undated(400)));
    expect(groups.size).toBe(UNDATED_GROUPS);
    expect(Math.max(...[...groups.values()].map((slugs) => slugs.length))).toBeLessThan((2 * 400) / UNDATED_GROUPS);
  });

  it('keep the address undated as the index of their groups, and lists name them once', () => {
    const views = archiveViews(undated(40));
    const index = views.find((view) => view.period === UNDATED)!;
    expect(index.articles).toEqual([]);
    expect(index.groups!.map((group) => group.period)).toEqual([...groupsOf(views).keys()]);
    expect(index.groups!.reduce((sum, group) => sum + group.articles, 0)).toBe(40);
    expect(homeView(undated(40)).periods).toEqual([{ period: UNDATED, label: 'Undated articles', articles: 40 }]);
    expect(questionArchiveViews('shared-ferry', stanceHistories(undated(40)), names).at(-1)!.groups).toEqual(index.groups);
  });
});

describe('src/views', () => {
  it('reaches no astro:content and no virtual module, directly or through what it imports: the views take plain data', () => {
    const folder = join(root, 'src/views');
    const modules = readdirSync(folder).filter((file) => file.endsWith('.ts'));
    expect(modules.length).toBeGreaterThanOrEqual(8);
    const found = modules.flatMap((module) =>
      [...reach(join(folder, module))].flatMap(([file, outside]) =>
        outside.filter((specifier) => specifier.startsWith('astro:') || specifier.startsWith('virtual:')).map((specifier) => `${module} → ${relative(root, file)} imports ${specifier}`),
      ),
    );
    expect(found).toEqual([]);
  });

  it('sees an import of astro:content wherever it is', () => {
    expect(importsOf("import { getCollection } from 'astro:content';\nconst x = await import('virtual:dossier/project');")).toEqual(['astro:content', 'virtual:dossier/project']);
  });
});
