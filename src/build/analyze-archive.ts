/**
 * Build: reads every article of an archive and analyses it, or takes its analysis from the cache. The only
 * pipeline step that reads article files. Many articles to analyse are shared out to worker threads, one per core;
 * a few go to one worker, so that every file's analysis runs under the pool's budget of time and memory.
 */
import { statSync, type Stats } from 'node:fs';
import path from 'node:path';
import {
  createKeptFileStats,
  fingerprintAnalysis,
  fingerprintPipeline,
  openAnalysisCache,
  openFileStatIndex,
  type AnalysisCache,
  type FileStatIndex,
  type KeptFileStats,
} from '../cache/index.ts';
import { isDiskFull } from '../disk-full.ts';
import { reachKillPoint } from '../output/index.ts';
import { formatOf, hashBytes, listArticleFiles } from '../read/files.ts';
import { isRejection, readArticleBytes } from '../read/read-article.ts';
import { createModelMemory, createRelatedMemory, type ModelMemory, type RelatedMemory } from '../archive/index.ts';
import { createDedupeMemory, type DedupeMemory } from '../dedupe/index.ts';
import { createPlanMemory, type PlanMemory } from './plan-pages.ts';
import { checkTaxonomy, parseTaxonomy, type Taxonomy, type TaxonomyWarning } from '../taxonomy/index.ts';
import { keptTaxonomy } from '../taxonomy/kept.ts';
import { isAnalyzed } from '../analyze/outcome.ts';
import type { AnalyzedArticle, Diagnostic, Rejection } from '../types.ts';
import {
  analysisWorkerCount,
  createAnalysisPool,
  DEFAULT_ANALYSIS_BUDGET,
  dropPrestartedWorker,
  type AnalysisBudget,
} from './analysis-pool.ts';
import { REPO_ROOT, displayPath, taxonomyDirFor, taxonomySourcesFor } from './paths.ts';

export interface AnalyzeOptions {
  contentDir: string;
  /** Retrieval date for relative dates in articles whose front matter gives none. */
  retrieved: string | null;
  /** Folder of the analysis cache; null or absent analyses every article. */
  cacheDir?: string | null;
  /** Called as articles are done, for a progress display. */
  onProgress?: (done: number, total: number) => void;
  /** What this process kept from its previous build, for a process that builds again and again (`npm run dev`). */
  memory?: AnalysisMemory;
  /** The workers' budget for each file (`DEFAULT_ANALYSIS_BUDGET`), and in tests a module standing in for theirs. */
  pool?: { budget?: AnalysisBudget; workerModule?: string };
  /**
   * Leaves the new cache entries and the stat index to the caller's `saveCache` (a build writes them once its site
   * is swapped in, off the way to it); by default they are written before `analyzeArchive` resolves.
   */
  saveCacheLater?: boolean;
  /**
   * Called once every file is read, while the files to analyse are analysed (a worker loading the analysers, which
   * the build's thread would otherwise wait for): work of the caller that does not need the analysis.
   */
  whileAnalysing?: () => void;
}

/** How many articles were analysed and how many came from the cache. */
export interface AnalysisCounts {
  analyzed: number;
  cached: number;
}

export interface AnalyzedArchive {
  taxonomy: Taxonomy;
  /** Identifies everything besides an article's bytes that decides its analysis (code, taxonomy, settings). */
  analysisFingerprint: string;
  /** Every entry found under the articles folder: each ends up in `articles` or in `rejected`. */
  filesRead: number;
  /** Files read and hashed: those the stat index did not know unchanged (see `src/cache/file-stats.ts`). */
  filesHashed: number;
  /** The article records, in file order. */
  articles: AnalyzedArticle[];
  /** Files that could not be published, and entries that are not read (symbolic links, other file types). */
  rejected: Rejection[];
  counts: AnalysisCounts;
  /** Warnings about the taxonomy as a whole (a file with no entries), for the build report. */
  taxonomyWarnings: TaxonomyWarning[];
  /** Writes the new cache entries and the stat index (done already, and nothing to do, unless `saveCacheLater`). */
  saveCache(): void;
  /** Once the cache is saved: the warning that it could not be written, naming its folder and why, for the build report. */
  cacheWarnings(): Array<{ file: string } & Diagnostic>;
}

/**
 * Articles to analyse from which on worker threads share the work: below, starting the workers (each loads the
 * analysers) costs more than it saves.
 */
const WORKERS_FROM = 64;
/**
 * Bytes to analyse from which worker threads, one per core, are started whatever the number of files: a file this
 * large takes longer to analyse than the workers take to start.
 */
const WORKERS_FROM_BYTES = 1_000_000;

type Analyze = (file: string, bytes: Uint8Array, hash: string) => Promise<AnalyzedArticle | Rejection>;

interface Analyzer {
  analyze: Analyze;
  close: () => Promise<void>;
}

/** `size` worker threads, each analysing a file at a time under the budget (`analysis-pool.ts`); `taxonomy` is asked for once they are started. */
function openWorkerAnalyzer(
  taxonomy: () => Taxonomy,
  retrieved: string | null,
  size: number,
  options: AnalyzeOptions['pool'] = {},
): Analyzer {
  const { budget = DEFAULT_ANALYSIS_BUDGET, workerModule } = options;
  const pool = createAnalysisPool(() => ({ taxonomy: taxonomy(), retrieved }), size, budget, workerModule);
  return { analyze: pool.analyze, close: pool.close };
}

/** The taxonomy, the fingerprint of everything that decides an analysis, and the cache opened under it. */
interface AnalysisSetup {
  taxonomy: Taxonomy;
  analysisFingerprint: string;
  cache: AnalysisCache | null;
}

/**
 * What a process that builds again and again keeps between its builds: the fingerprint of the analysis code
 * (which does not change while it runs), the setup of its last build with the cache as that build left it, the
 * worker that analysed a build's few files (with its analysers loaded), and the records of its last build by file, taken again for files the stat index finds
 * unchanged without reading their cache entries. All of it is dropped when the analysis' fingerprint changes. And
 * the candidates for related articles of its last archive model, which the next model updates where few changed.
 */
export interface AnalysisMemory {
  pipeline: string | null;
  setup: (AnalysisSetup & { cacheDir: string | null }) | null;
  fewFilesAnalyzer: Analyzer | null;
  records: Map<string, AnalyzedArticle>;
  related: RelatedMemory;
  /** And its last archive model, of which the next keeps what the articles new, changed or gone do not touch. */
  model: ModelMemory;
  /** And the groups of duplicates of its last build, which the next grouping updates where few changed. */
  dedupe: DedupeMemory;
  /** And the hashes of the search records its last plan made (see `planPages`). */
  plan: PlanMemory;
  /** And the stat index as its last build wrote it. */
  fileStats: KeptFileStats;
}

export function createAnalysisMemory(): AnalysisMemory {
  return {
    pipeline: null,
    setup: null,
    fewFilesAnalyzer: null,
    records: new Map(),
    related: createRelatedMemory(),
    model: createModelMemory(),
    dedupe: createDedupeMemory(),
    plan: createPlanMemory(),
    fileStats: createKeptFileStats(),
  };
}

/** The setup of the memory's last build, for this build, when its fingerprint and cache folder are this build's. */
function recallSetup(memory: AnalysisMemory | undefined, fingerprint: string, cacheDir: string | null) {
  const setup = memory?.setup;
  if (!setup || setup.analysisFingerprint !== fingerprint || setup.cacheDir !== cacheDir) return null;
  return { ...setup, cache: setup.cache?.nextBuild() ?? null };
}

/** Remembers this build's setup; a new fingerprint forgets the records and stops the worker of the old one. */
function rememberSetup(memory: AnalysisMemory | undefined, setup: AnalysisSetup, cacheDir: string | null) {
  if (!memory) return;
  if (memory.setup?.analysisFingerprint !== setup.analysisFingerprint) {
    memory.records.clear();
    void memory.fewFilesAnalyzer?.close();
    memory.fewFilesAnalyzer = null;
  }
  memory.setup = { ...setup, cacheDir };
}

/** Reads the archive's taxonomy (or takes it parsed from the cache) and opens the cache under the analysis' fingerprint. */
function openAnalysisSetup(options: AnalyzeOptions): AnalysisSetup {
  const { memory } = options;
  const sources = taxonomySourcesFor(options.contentDir);
  const pipeline =
    memory?.pipeline ?? fingerprintPipeline(path.join(REPO_ROOT, 'src'), path.join(REPO_ROOT, 'package.json'));
  if (memory) memory.pipeline = pipeline;
  const analysisFingerprint = fingerprintAnalysis({
    pipeline,
    taxonomy: sources.fingerprint,
    settings: { retrieved: options.retrieved },
  });
  const cacheDir = options.cacheDir ?? null;
  const recalled = recallSetup(memory, analysisFingerprint, cacheDir);
  if (recalled) {
    memory!.setup = recalled;
    return recalled;
  }
  const cache = cacheDir ? openAnalysisCache(cacheDir, analysisFingerprint) : null;
  // The same fingerprint means the same taxonomy files and the same code reading them: what an earlier build parsed.
  let taxonomy = cache?.taxonomy() ?? null;
  const setup = {
    // Parsed when first asked for: a first build starts its analysis worker before, which then loads meanwhile.
    get taxonomy() {
      if (!taxonomy) {
        taxonomy = keptTaxonomy(analysisFingerprint, sources.fingerprint, () => parseTaxonomy(sources));
        cache?.storeTaxonomy(taxonomy);
      }
      return taxonomy;
    },
    analysisFingerprint,
    cache,
  };
  rememberSetup(memory, setup, cacheDir);
  return setup;
}

/** The outcome of every file, in file order, as the files are read, taken from the cache or analysed. */
interface Outcomes {
  /** Records the outcome of the file at `index`. */
  settle(index: number, outcome: AnalyzedArticle | Rejection): void;
  readonly list: Array<AnalyzedArticle | Rejection>;
  readonly counts: AnalysisCounts;
}

function createOutcomes(total: number, onProgress: AnalyzeOptions['onProgress']): Outcomes {
  const list: Array<AnalyzedArticle | Rejection> = new Array(total);
  let done = 0;
  return {
    list,
    counts: { analyzed: 0, cached: 0 },
    settle(index, outcome) {
      list[index] = outcome;
      onProgress?.(++done, total);
    },
  };
}

/** Analyses one file with `analyzer` and settles its outcome, stored in the cache when it is an article. */
async function analyzeInto(
  analyzer: Analyzer,
  file: string,
  { index, bytes, hash }: { index: number; bytes: Uint8Array; hash: string },
  cache: AnalysisCache | null,
  outcomes: Outcomes,
): Promise<void> {
  const outcome = await analyzer.analyze(file, bytes, hash);
  if (isAnalyzed(outcome)) {
    outcomes.counts.analyzed++;
    cache?.set(outcome);
  }
  outcomes.settle(index, outcome);
  reachKillPoint('analyze');
}

/**
 * Analyses the files not in the cache, each on a worker under the budget. Loading the analysers (NLP and date
 * libraries) takes seconds, so it is done only when some article is not in the cache; once there are enough for
 * worker threads, one per core, they start loading them while the remaining files are read. Fewer go to a single
 * worker (the one kept in `memory`, if any), started before the files are read when the stat index already tells
 * that a few files are new or changed (`expect`), else once it is known that no more are coming.
 */
function createAnalysisScheduler(setup: AnalysisSetup, options: AnalyzeOptions, files: string[], outcomes: Outcomes) {
  const { retrieved, memory } = options;
  let waiting: Array<{ index: number; bytes: Uint8Array; hash: string }> = [];
  let added = 0;
  let addedBytes = 0;
  let analyzer: Analyzer | null = null;
  let expected: Analyzer | null = null;
  const opened: Analyzer[] = [];
  const analyses: Array<Promise<void>> = [];
  // On a single core, a pool would only add threads to it.
  const workersFrom = analysisWorkerCount() > 1 ? WORKERS_FROM : Infinity;
  const enough = (count: number, bytes: number) => count >= workersFrom || bytes >= WORKERS_FROM_BYTES;
  const open = (size: number) => {
    const opening = () => openWorkerAnalyzer(() => setup.taxonomy, retrieved, size, options.pool);
    analyzer = size === 1 && memory ? (memory.fewFilesAnalyzer ??= opening()) : opening();
    opened.push(analyzer);
  };
  const startWaiting = () => {
    for (const { index, bytes, hash } of waiting)
      analyses.push(analyzeInto(analyzer!, files[index]!, { index, bytes, hash }, setup.cache, outcomes));
    waiting = [];
  };
  return {
    /**
     * Starts the single worker now when `count` files of `bytes` in all are likely to need analysis and they are
     * too few for the pool: it loads the analysers while the build reads the other files and the cache.
     */
    expect(count: number, bytes: number) {
      if (count === 0 || enough(count, bytes)) return;
      open(1);
      expected = analyzer;
    },
    /** Analyses the file at `index` once an analyser is there. */
    add(index: number, bytes: Uint8Array, hash: string) {
      waiting.push({ index, bytes, hash });
      added++;
      addedBytes += bytes.length;
      // Enough files for the pool, even if a single worker was expected to do: the pool takes the next ones.
      if ((!analyzer || analyzer === expected) && enough(added, addedBytes)) {
        expected = null;
        open(analysisWorkerCount());
      }
      if (analyzer) startWaiting();
    },
    /** Resolves once every file added is analysed. */
    async finish() {
      if (waiting.length) {
        if (!analyzer) open(1);
        startWaiting();
      }
      await Promise.all(analyses);
    },
    /** Stops the analysers, but the worker `memory` keeps. */
    async close() {
      await Promise.all(opened.filter((a) => a !== memory?.fewFilesAnalyzer).map((a) => a.close()));
    },
  };
}

/**
 * The record of `file` that this process's previous build made, when its bytes are those hashed `hash`; its
 * cache entry is kept as used (stored again if it went missing), as a build reading it would.
 */
function remembered(
  memory: AnalysisMemory | undefined,
  cache: AnalysisCache | null,
  file: string,
  hash: string,
): AnalyzedArticle | null {
  const record = memory?.records.get(file);
  if (record?.hash !== hash) return null;
  if (cache && !cache.keep(hash, record.format)) cache.set(record);
  return record;
}

/** What reading a file gave: its outcome when it is unreadable or in the cache, else its bytes, to analyse. */
type ReadOrRecalled =
  { outcome: AnalyzedArticle | Rejection; cached: boolean; hashed: boolean } | { bytes: Uint8Array; hash: string };

/** The file's stat, or null when it has none (reading it then says why it cannot be read). */
function statOf(fullPath: string): Stats | null {
  try {
    return statSync(fullPath);
  } catch {
    return null;
  }
}

/**
 * Takes the file's record from the cache without reading it when its stat is the one the stat index recorded with
 * its hash; else reads and hashes it, and looks the hash up in the cache.
 */
function readOrRecall(
  fullPath: string,
  file: string,
  stat: Stats | null,
  { cache, stats, memory }: { cache: AnalysisCache | null; stats: FileStatIndex | null; memory?: AnalysisMemory },
): ReadOrRecalled {
  const known = stat && stats?.hashOf(file, stat);
  // The record itself, not a copy: the archive model kept in the process keeps what it made of the same records.
  const kept = known ? remembered(memory, cache, file, known) : null;
  if (kept) return { outcome: kept, cached: true, hashed: false };
  const recalled = known ? cache?.get(known, formatOf(file), file) : null;
  if (recalled) return { outcome: recalled, cached: true, hashed: false };
  const bytes = readArticleBytes(fullPath, file, stat?.size);
  if (isRejection(bytes)) return { outcome: bytes, cached: false, hashed: false };
  const hash = hashBytes(bytes);
  if (stat) stats?.record(file, stat, hash);
  const same = remembered(memory, cache, file, hash);
  if (same) return { outcome: same, cached: true, hashed: true };
  const stored = cache?.get(hash, formatOf(file), file);
  if (!stored) return { bytes, hash };
  return { outcome: stored, cached: true, hashed: true };
}

/**
 * Writes a build's new cache entries, and the stat index of the files it listed, `files`, once (called again, it does
 * nothing): then lets the cache go, so that a process that keeps no memory frees its entries' lines (15 MiB for 1,000
 * new entries), keeping the error it met writing them for the warning on `cacheDir`.
 */
function cacheWriter(
  cache: AnalysisCache | null,
  stats: FileStatIndex | null,
  files: string[],
  cacheDir?: string | null,
) {
  let failure: Error | null = null;
  const saveCache = () => {
    cache?.flush();
    stats?.save(files);
    failure = cache?.writeFailure() ?? failure;
    [cache, stats] = [null, null];
  };
  return { saveCache, cacheWarnings: () => cacheWarnings(cacheDir, failure) };
}

/**
 * The warning that the analysis cache in `cacheDir` could not be written (`failure`): the build goes on without it,
 * as its site does not depend on it, but every build would analyse the same articles again, unsaid.
 */
function cacheWarnings(
  cacheDir: string | null | undefined,
  failure: Error | null,
): Array<{ file: string } & Diagnostic> {
  if (!cacheDir || !failure) return [];
  const [why, remedy] = isDiskFull(failure)
    ? [`disk full: ${failure.message}`, 'make room on its disk']
    : [failure.message, 'give --cache a folder this user may write'];
  const message =
    `the analysis cache could not be written (${why}), so the next build analyses these articles again; ` +
    `${remedy}, or build with --no-cache`;
  return [{ file: displayPath(cacheDir), level: 'warning', stage: 'read', code: 'cache-not-written', message }];
}

/**
 * The places of the files in the order to read them: those whose stat `known` does not know first, as they are likely
 * to need analysis, which a worker then does while the build's thread takes the others from the cache; and how many
 * of them there are, and their bytes.
 */
function readingOrder(fileStats: Array<Stats | null>, known: (stat: Stats | null, index: number) => boolean) {
  const places = fileStats.map((_, index) => index);
  const isKnown = fileStats.map(known);
  const unknown = places.filter((i) => !isKnown[i]);
  return {
    order: [...unknown, ...places.filter((i) => isKnown[i])],
    unknown: unknown.length,
    unknownBytes: unknown.reduce((sum, i) => sum + (fileStats[i]?.size ?? 0), 0),
  };
}

/** The stat index of the files of `articlesDir` when there is a cache, the one the process kept if it is still on disk. */
function statIndexOf({ cacheDir, memory }: AnalyzeOptions, articlesDir: string): FileStatIndex | null {
  return cacheDir ? openFileStatIndex(cacheDir, articlesDir, Date.now(), memory?.fileStats) : null;
}

/**
 * The paths of the listed `files` (relative, entry names joined by '/') in `articlesDir` (normalised by `path.join`):
 * the strings `path.join` gives, without normalising each again (10,000 of them took 95 ms of CPU in a fresh process).
 */
const pathsIn = (articlesDir: string, files: string[]) => files.map((file) => `${articlesDir}/${file}`);

/** Reads and analyses every article of `options.contentDir`, taking from the cache what it holds. */
export async function analyzeArchive(options: AnalyzeOptions): Promise<AnalyzedArchive> {
  const setup = openAnalysisSetup(options);
  const articlesDir = path.join(options.contentDir, 'articles');
  const stats = statIndexOf(options, articlesDir);
  const { files, skipped } = listArticleFiles(articlesDir);
  let hashed = 0;
  const outcomes = createOutcomes(files.length, options.onProgress);
  const scheduler = createAnalysisScheduler(setup, options, files, outcomes);
  const paths = pathsIn(articlesDir, files);
  const fileStats = paths.map(statOf);
  // Without a cache every file is analysed; with one, those the stat index does not know are likely to be.
  const { order, unknown, unknownBytes } = readingOrder(fileStats, (stat, i) =>
    Boolean(setup.cache && stat && stats?.hashOf(files[i]!, stat)),
  );
  scheduler.expect(unknown, unknownBytes);
  // A worker started before the build knew (`prestartAnalysisWorker`) would load the analysers for nothing.
  if (!unknown) dropPrestartedWorker();
  try {
    for (const index of order) {
      const file = files[index]!;
      const read = readOrRecall(paths[index]!, file, fileStats[index] ?? null, {
        cache: setup.cache,
        stats,
        memory: options.memory,
      });
      if ('bytes' in read || read.hashed) hashed++;
      if ('bytes' in read) {
        scheduler.add(index, read.bytes, read.hash);
        continue;
      }
      if (read.cached) outcomes.counts.cached++;
      outcomes.settle(index, read.outcome);
    }
    options.whileAnalysing?.();
    await scheduler.finish();
  } catch (error) {
    // A failed analysis keeps the entries of the files it did analyse.
    setup.cache?.flush();
    throw error;
  } finally {
    await scheduler.close();
    dropPrestartedWorker();
  }
  const cacheWriting = cacheWriter(setup.cache, stats, files, options.cacheDir);
  if (!options.saveCacheLater) cacheWriting.saveCache();
  options.onProgress?.(files.length, files.length);
  const articles = outcomes.list.filter(isAnalyzed);
  if (options.memory) options.memory.records = new Map(articles.map((a) => [a.file, a]));
  return {
    taxonomy: setup.taxonomy,
    analysisFingerprint: setup.analysisFingerprint,
    filesRead: files.length + skipped.length,
    filesHashed: hashed,
    articles,
    rejected: [...skipped, ...outcomes.list.filter((o): o is Rejection => 'reason' in o)],
    counts: outcomes.counts,
    taxonomyWarnings: checkTaxonomy(setup.taxonomy, displayPath(taxonomyDirFor(options.contentDir))),
    ...cacheWriting,
  };
}
