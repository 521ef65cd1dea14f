import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ArticleData } from '../../schemas/article';
import type { AnchorManifest } from '../../schemas/manifest';
import { analyse, type Analysis } from '../analysis/model';
import { compareAnchors, currentAnchors, manifestLine, manifestPath, parseManifest } from '../anchors/manifest';
import { conflictsAcross, inspectArticle, type InspectedFile, type Inspection } from '../check/check-articles';
import { registryProblems } from '../check/corpus-rules';
import type { DraftPolicy } from '../check/drafts';
import { readRegistry } from '../check/registry-files';
import { registryData, type Registry, type RegistryData } from '../registry/registry';
import { resolveArticle } from '../registry/resolve';
import { articlesFolder, readArticleFiles, type ArticleFile } from '../source/article-files';
import { codeDigest, digestOfParts, keptReadings } from './kept';
import { sharingStrings } from './shared-strings';
import type { LocatedProblem } from '../source/problems';
import type { Block, BodyTree } from '../text/blocks';
import type { BlockLayout } from '../text/layout';
import { layoutText } from '../text/layout';

/** An article of the corpus: read, checked, resolved against the registry and placed, once. */
export interface CorpusArticle {
  slug: string;
  /** Its path from the project root, e.g. `content/articles/harbour-talks.mdx`. */
  file: string;
  /** The body as the check parsed it, without positions: what the full text is rendered from (`src/plugins/index.ts`). */
  tree: BodyTree;
  /** The frontmatter as the schema passed it. */
  data: ArticleData;
  blocks: Block[];
  /** Every block with its claims' excerpts and its mentions placed: the page's marks and links, and the analysis. */
  layout: BlockLayout[];
  /** The analysis resolved against the registry and the body: what every view renders. */
  analysis: Analysis;
  /** Every anchor it publishes: its blocks' ids and its claims' entries. */
  anchors: string[];
  /** Its published-anchor manifest, `content/anchors/<slug>.json`, if it has one yet. */
  manifest?: AnchorManifest;
  /**
   * A digest of everything it is read from: its file's path and text, the registries, the draft policy, the code
   * that reads it, and its manifest. Two articles with one digest are the same in every field; the build's cache
   * keys take it for the article's (`src/data/cache-keys.ts`).
   */
  digest: string;
}

/** An article file as the corpus keeps it: where it is and a digest of its text (a story's texts would be a hundred megabytes). */
export interface CorpusFile extends Omit<ArticleFile, 'source'> {
  digest: string;
}

/** A project's content, read once: the registries, every article file, what the check found, and the articles it passed. */
export interface Corpus {
  registry: Registry;
  /** The registries' values alone, by id. */
  registryData: RegistryData;
  /** Every file in the articles folder, those the check refuses included: its path and a digest of its text, which is not kept. */
  files: CorpusFile[];
  /** Every article the check passed, by slug. */
  articles: ReadonlyMap<string, CorpusArticle>;
  /**
   * Every article whose frontmatter the schema passes, by slug, whether or not the rest of the check does:
   * what the editor's listings read while an article is being written.
   */
  frontmatter: ReadonlyMap<string, ArticleData>;
  /** The content check's problems: the registries', then every article's, then those across articles. */
  problems: LocatedProblem[];
  /** The registries' problems alone (also in `problems`). */
  registryProblems: LocatedProblem[];
  /** Anchors the articles would drop or publish unrecorded (unless drafts pass), against their manifests; see `npm run anchors:update`. */
  anchorProblems: LocatedProblem[];
}

/** How a corpus is read. */
export interface CorpusOptions {
  /** Whether unconfirmed drafts pass (`astro dev`, the editor's listings) or are refused (the build, the check). */
  drafts?: DraftPolicy;
  /** The articles folder, relative to the project root. */
  articlesFolder?: string;
  /**
   * A folder where what is read of each article the check passes is kept for the next read, in another process
   * (the build's, in Astro's cache): an article whose text, registries and code are unchanged is not read again
   * (`src/lib/corpus/kept.ts`).
   */
  keptIn?: string;
}

/** How often the corpus did the costly work, for the tests that prove it is done once per build. */
export interface CorpusCounts {
  /** Article bodies parsed (and frontmatter read and checked): once per file and content. */
  articlesParsed: number;
  /** Times the registries were read from disk. */
  registryReads: number;
}

/**
 * What the corpus keeps between calls. One store per process, on `globalThis`: Astro loads the content
 * config and the pages as separate module graphs in one process, and both must see the one corpus.
 */
interface Store {
  /** The corpus of each project root as last read, and how it was read. */
  corpora: Map<string, { options: string; corpus: Corpus }>;
  /** In `astro dev`, each article file's inspection, by its path, its text's digest, the registry's digest and the draft policy. */
  inspections: Map<string, Inspection>;
  counts: CorpusCounts;
}

const storeKey = Symbol.for('dossier.corpus');
const store: Store = ((globalThis as Record<symbol, Store | undefined>)[storeKey] ??= {
  corpora: new Map(),
  inspections: new Map(),
  counts: { articlesParsed: 0, registryReads: 0 },
});

// `DOSSIER_CORPUS_COUNTS=<file>` writes the counts there when the process ends (the build tests read it).
const countsFile = process.env.DOSSIER_CORPUS_COUNTS;
if (countsFile && !(globalThis as Record<symbol, unknown>)[Symbol.for('dossier.corpus.counts')]) {
  (globalThis as Record<symbol, unknown>)[Symbol.for('dossier.corpus.counts')] = true;
  process.on('exit', () => writeFileSync(countsFile, JSON.stringify(store.counts)));
}

/** The digest of both registries' values: an article is checked again when it changes. */
function registryDigest(registry: Registry): string {
  return digestOfParts(JSON.stringify([[...registry.actors.values()].map((entry) => [entry.file, entry.data]), [...registry.questions.values()].map((entry) => [entry.file, entry.data])]));
}

const optionsKey = ({ drafts = 'refuse', articlesFolder: folder = articlesFolder }: CorpusOptions) => `${folder}\0${drafts}`;

/** Checks a file, or takes its inspection from the last time its text (`text`, its digest) and the registry were the same. */
function inspect(file: ArticleFile, text: string, drafts: DraftPolicy, registry: Registry, registryKey: string): Inspection {
  const key = `${file.file}\0${text}\0${registryKey}\0${drafts}\0${file.refused ? 'refused' : ''}`;
  let inspection = store.inspections.get(key);
  if (!inspection) {
    inspection = inspectArticle(file, drafts, registry);
    store.counts.articlesParsed += 1;
    for (const old of store.inspections.keys()) if (old.startsWith(`${file.file}\0`)) store.inspections.delete(old);
    // Kept where files are read again as they change (`astro dev`, where drafts pass). A build or a command reads
    // each file once, and an inspection holds its file's text (to say on which line a later problem is): at a
    // thousand articles, keeping them would hold every text for the length of the build.
    if (drafts === 'allow') store.inspections.set(key, inspection);
  }
  return inspection;
}

/** Reads an article's manifest once (its text too), and what its anchors would drop or publish unrecorded against it. */
function withManifest(root: string, slug: string, anchors: readonly string[], unrecorded: DraftPolicy): { manifest?: AnchorManifest; text?: string; problems: LocatedProblem[] } {
  const file = manifestPath(slug);
  if (!existsSync(join(root, file))) return { problems: [] };
  const text = readFileSync(join(root, file), 'utf8');
  const manifest = parseManifest(text, file);
  const problems = compareAnchors(anchors, manifest, file, unrecorded).map((problem) => ({ ...problem, file, line: manifestLine(text, problem.path) }));
  return { manifest, text, problems };
}

/**
 * What reading an article the check passed yields but for its manifest: its tree, data and blocks, resolved against
 * the registry and placed, and what it writes out in full (to check it against the other articles). A build keeps
 * it between builds (`CorpusOptions.keptIn`).
 */
type Reading = Pick<CorpusArticle, 'tree' | 'data' | 'blocks' | 'layout' | 'analysis' | 'anchors'> & Pick<Inspection, 'own'>;

/** An article's reading from what its check read. */
function placed({ data, blocks, tree }: NonNullable<Inspection['read']>, known: RegistryData, own: Inspection['own']): Reading {
  const resolved = resolveArticle(data, known);
  const layout = layoutText(resolved, blocks);
  const anchors = currentAnchors(
    blocks.map((block) => block.id),
    data.claims.map((claim) => claim.id),
  );
  return { tree, data, blocks, layout, analysis: analyse(resolved, blocks, layout), anchors, ...(own ? { own } : {}) };
}

/**
 * The inspection of a file whose reading was kept: it passed the check as it is, so it has no problems. The lines
 * of its fields, which a conflict with another article names, are found by checking it again, if one is asked for.
 */
function keptInspection(file: ArticleFile, { data, blocks, tree, own }: Reading, drafts: DraftPolicy, registry: Registry): Inspection {
  let checked: Inspection | undefined;
  return {
    problems: [],
    ...(own ? { own } : {}),
    read: { data, blocks, tree },
    lineOf: (path) => (checked ??= inspectArticle(file, drafts, registry)).lineOf(path),
  };
}

/**
 * Reads a project's content from disk: the registries, then every article file, each checked against
 * them on its own and all against each other, as `npm run check:content` prints it. An article whose
 * text and registry are unchanged since the last read is not parsed or checked again, so that `astro dev`
 * redoes only what changed. The result is kept for `corpusOf`.
 */
export function readCorpus(root: string, options: CorpusOptions = {}): Corpus {
  const drafts = options.drafts ?? 'refuse';
  const { registry, problems: readProblems } = readRegistry(root);
  store.counts.registryReads += 1;
  const registryKey = registryDigest(registry);
  const known = registryData(registry);
  const read = readArticleFiles(root, options.articlesFolder);
  const files = read.map(({ source, ...file }): CorpusFile => ({ ...file, digest: digestOfParts(source) }));
  const code = codeDigest(root);
  const kept = options.keptIn === undefined ? undefined : keptReadings<Reading>(options.keptIn);
  // Each file's inspection and, if the check passes it, its reading, under the digest of what it is read from:
  // kept from an earlier build, or made now.
  const inspected: InspectedFile[] = [];
  const readings = new Map<string, { key: string; reading: Reading }>();
  const shareStrings = sharingStrings();
  read.forEach((file, index) => {
    const key = digestOfParts(code, file.file, files[index]!.digest, registryKey, drafts);
    const found = kept?.get(key);
    if (found) {
      shareStrings(found);
      inspected.push({ file, inspection: keptInspection(file, found, drafts, registry) });
      readings.set(file.file, { key, reading: found });
      return;
    }
    const inspection = inspect(file, files[index]!.digest, drafts, registry, registryKey);
    inspected.push({ file, inspection });
    // Placing the text needs excerpts the check has proved are in the body: only an article the check passes is read on.
    if (!inspection.read || inspection.problems.length > 0) return;
    const reading = placed(inspection.read, known, inspection.own);
    kept?.set(key, reading);
    shareStrings(reading);
    readings.set(file.file, { key, reading });
  });
  kept?.finish();
  const registryIssues = [...readProblems, ...registryProblems(registry)];
  const problems = [...registryIssues, ...inspected.flatMap(({ inspection }) => inspection.problems), ...conflictsAcross(inspected)];
  const articles = new Map<string, CorpusArticle>();
  const frontmatter = new Map(inspected.flatMap(({ file, inspection }) => (inspection.read ? [[file.slug, inspection.read.data] as const] : [])));
  const anchorProblems: LocatedProblem[] = [];
  for (const { file } of inspected) {
    const found = readings.get(file.file);
    if (!found) continue;
    const { own: _own, ...article } = found.reading;
    // Where drafts pass (`astro dev`), so do anchors not yet recorded: nothing is published from there.
    const { manifest, text, problems: lost } = withManifest(root, file.slug, article.anchors, drafts);
    anchorProblems.push(...lost);
    articles.set(file.slug, { slug: file.slug, file: file.file, ...article, ...(manifest ? { manifest } : {}), digest: digestOfParts(found.key, text === undefined ? 'no manifest' : `manifest ${text}`) });
  }
  const corpus: Corpus = { registry, registryData: known, files, articles, frontmatter, problems, registryProblems: registryIssues, anchorProblems };
  // One key for one project whichever way its root is written (Astro's ends in a slash, a command's does not).
  store.corpora.set(resolve(root), { options: optionsKey(options), corpus });
  return corpus;
}

/**
 * The corpus of a project as last read in this process, read now if it was not, or if `options` ask for it
 * read another way: every reader in one build (the loaders, which say how, then the pages, which take it as the
 * loaders read it) shares one read.
 */
export function corpusOf(root: string, options?: CorpusOptions): Corpus {
  const kept = store.corpora.get(resolve(root));
  return kept && (options === undefined || kept.options === optionsKey(options)) ? kept.corpus : readCorpus(root, options);
}

/** How often the corpus did its costly work in this process. */
export function corpusCounts(): CorpusCounts {
  return { ...store.counts };
}
