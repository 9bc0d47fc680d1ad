/**
 * Build: the whole pipeline for one archive: analyse → group duplicates → archive model → plan → Eleventy and
 * Pagefind (side by side) → keep what did not change → swap in → report. Output is written to a temporary folder
 * beside the target and swapped in only when everything succeeded (`src/output/`). From the previous output, pages
 * whose data did not change are kept without being rendered, pages rendered to the same bytes are kept rather than
 * rewritten, and the search index is kept and only its delta indexed (see `src/search/plan-index.ts`).
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ArchiveModel } from '../archive/index.ts';
import { isDiskFull, tellDiskFull } from '../disk-full.ts';
import { makeFolder } from '../make-folder.ts';
import {
  baseShardDir,
  BUILD_STATE_FILE,
  countChanges,
  createBuildState,
  describeHolder,
  lockSiteOutput,
  openSiteOutput,
  publishedFiles,
  SEARCH_INDEX_DIRS,
  type Cleanup,
  type KeptAside,
  type LeftBeside,
  type PublishedFiles,
  type SiteOutput,
} from '../output/index.ts';
import { siteDataOf } from '../render/index.ts';
import { createReport, type BuildReport } from '../report/index.ts';
import { releaseMemory, worthReleasing } from '../release-memory.ts';
import {
  startPagefind,
  writeSearchIndex,
  type PagefindRunner,
  type SearchIndexLayout,
  type SearchIndexResult,
} from '../search/index.ts';
import type { AnalysisMemory } from './analyze-archive.ts';
import { keptMemory, modelArchive, type ModelledArchive } from './model-archive.ts';
import type { Rejection } from '../types.ts';
import { checkOutputPaths } from './check-output-paths.ts';
import { checkArticlesFolder, displayPath } from './paths.ts';
import { planPages, restorePlanMemory, storePlanMemory, type PagePlan } from './plan-pages.ts';
import { loadEleventy, renderSite } from './render-site.ts';

/** Stages that report progress while they run. */
export type ProgressStage = 'analyze' | 'render' | 'search';

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  /** Where the full report is written as JSON. */
  reportFile: string;
  retrieved: string | null;
  /** Folder of the analysis cache; null or absent analyses every article on every build. */
  cacheDir?: string | null;
  /** Called as a long stage advances, for a progress display. */
  onProgress?: (stage: ProgressStage, done: number, total: number) => void;
  /** Fail, leaving the previous output as it was, when any file is rejected (for an archive's CI). */
  strict?: boolean;
  /** Whether to wait for the previous output to be removed after the swap (the default), or leave it to a background process. */
  cleanup?: Cleanup;
  /** What this process kept of its previous build's analysis (`npm run dev` builds again and again). */
  memory?: AnalysisMemory;
  /** Called once the new site is swapped in, before the report is written (`npm run dev` reloads the open tabs). */
  onPublished?: () => void;
  /** Called, with what to tell the user, when another build of the same site runs, which this one waits for. */
  onWaiting?: (message: string) => void;
}

export interface BuildResult {
  report: BuildReport;
  model: ArchiveModel;
}

/** Seconds per stage, as the report gives them. */
type Timings = Record<string, number>;

async function timed<T>(timings: Timings, stage: string, work: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  timings[stage] = (performance.now() - start) / 1000;
  return result;
}

/** Pages Eleventy renders besides those rendered one per item, for the progress display: home, archive, search… */
const SINGLE_PAGES = 3;

/** What rendering and indexing did. */
interface SiteWritten {
  search: SearchIndexResult;
  pagesRendered: number;
}

/** The progress callback of one stage, or undefined without a progress display. */
function progressOf(options: BuildOptions, stage: ProgressStage) {
  const { onProgress } = options;
  return onProgress && ((done: number, total: number) => onProgress(stage, done, total));
}

/**
 * Renders the planned pages and indexes the planned articles side by side. Pagefind indexes in its own thread,
 * from the model: it takes the records while Eleventy renders, and builds a base index once the pages are done and
 * the memory Eleventy used is given back to the system (both together would need half as much memory again); a
 * delta it builds at once. The writer then writes the index's files.
 */
async function renderAndIndex(
  { model, settings, analyzed }: ModelledArchive,
  plan: PagePlan,
  output: SiteOutput,
  pagefind: PagefindRunner,
  options: BuildOptions & { timings: Timings },
): Promise<SiteWritten> {
  const { timings } = options;
  const expected = plan.toRender.articles.length + plan.toRender.lists.length + SINGLE_PAGES;
  let pagesRendered = 0;
  const onPage = () => {
    pagesRendered++;
    options.onProgress?.('render', pagesRendered, expected);
  };
  const layout: SearchIndexLayout = {
    shardUrls: plan.searchPlan.state.shards.slice(1).map((_, i) => `/${baseShardDir(i + 1)}/`),
    deltaUrl: plan.searchPlan.delta.length ? `/${SEARCH_INDEX_DIRS.delta}/` : null,
    staleBuckets: plan.searchPlan.staleBuckets,
  };
  const releasing = plan.searchPlan.rebuildBase && worthReleasing(model.articles.length);
  const rendering = timed(timings, 'render', () =>
    renderSite(
      model,
      plan.toRender,
      { site: siteDataOf(settings), searchIndex: layout },
      output.stagingDir,
      output.writer,
      onPage,
    ),
  ).then(() => {
    // Two full collections of a heap holding the whole model took seconds: worth it before Pagefind builds the
    // base index of every article of a large archive, not before it builds a delta of a few.
    if (releasing) releaseMemory();
  });
  // While Pagefind builds the base index on one core, this thread, idle, writes the new cache entries and gives
  // their lines back (150 MiB at 10,000 articles) before Pagefind's memory peaks at the end of its build.
  const cacheSaved = releasing
    ? rendering
        .then(() => new Promise((resolve) => setImmediate(resolve)))
        .then(() => {
          analyzed.saveCache();
          releaseMemory();
        })
    : undefined;
  const [, search] = await Promise.all([
    cacheSaved ?? rendering,
    timed(timings, 'search', () =>
      writeSearchIndex(model.articles, plan.searchRecords, plan.searchPlan, output.writer, pagefind, {
        language: settings.language,
        // A delta of a few articles needs little memory: Pagefind builds it while the pages render.
        buildAfter: plan.searchPlan.rebuildBase ? rendering : undefined,
        onProgress: progressOf(options, 'search'),
      }),
    ),
  ]);
  return { search, pagesRendered };
}

/** Plans, renders, indexes and keeps the new site, then swaps it in; on failure the previous site stays. */
async function writeSite(
  archive: ModelledArchive,
  output: SiteOutput,
  options: BuildOptions & { timings: Timings; published: PublishedFiles },
): Promise<SiteWritten & { memoriesKept: Promise<unknown> }> {
  const { timings } = options;
  // A process that builds again and again (`npm run dev`) keeps the worker and Pagefind's process between builds.
  const pagefind = startPagefind({ keep: options.memory !== undefined });
  // What the next build process updates rather than makes again, written into the cache folder meanwhile.
  let memoriesKept: Promise<unknown> = Promise.resolve();
  try {
    const plan = await timed(timings, 'plan', () => {
      const memory = keptMemory(
        options,
        { name: 'plan', fromProcess: options.memory?.plan, read: archive.keptFiles.plan },
        { restore: restorePlanMemory, store: storePlanMemory },
      );
      const planned = planPages(
        archive.model,
        { analysisFingerprint: archive.analyzed.analysisFingerprint, settings: archive.settings },
        {
          state: output.previousState,
          search: output.previousSearchState(),
          writer: output.writer,
        },
        memory.memory,
      );
      memoriesKept = archive.keepMemories(memory);
      return planned;
    });
    const written = await renderAndIndex(archive, plan, output, pagefind, options);
    const pageKeys = Object.fromEntries(
      [...plan.itemPages.articles, ...plan.itemPages.lists].map((p) => [p.file, p.key]),
    );
    // In the order of their names, so that the same site has the same state whichever page was written first.
    const files = Object.fromEntries(
      Object.entries(output.writer.rootAndAssetFiles).sort(([a], [b]) => (a < b ? -1 : 1)),
    );
    const render = { fingerprint: plan.renderFingerprint, pages: pageKeys, files };
    const state = createBuildState(options.published, render, plan.searchPlan.state);
    // The unchanged pages: their folders move in whole at the swap where nothing else in them changed.
    await timed(timings, 'keep', () => output.keepPrevious(plan.toKeep, plan.dropped, pageKeys));
    await output.publish(state, options.cleanup ?? 'wait');
    return { ...written, memoriesKept };
  } catch (error) {
    await pagefind.stop();
    await output.abandon();
    throw error;
  }
}

/** The warning that the previous site's state could not be read (`reason`), and what the build did without it. */
function unusableStateWarning(reason: string | null, outDir: string): BuildReport['warnings'] {
  if (!reason) return [];
  return [
    {
      file: displayPath(path.join(outDir, BUILD_STATE_FILE)),
      level: 'warning',
      stage: 'render',
      code: 'state-unreadable',
      message:
        `the previous build's record of its pages could not be read (${reason}), so none of the previous site's ` +
        `pages was taken for the build's: those this build does not write are kept in the site as yours, and those ` +
        `it writes anew kept aside beside them; delete those you do not want`,
    },
  ];
}

/** A warning for each file of the archivist's the new site took the path of, saying where it is kept (`keepAside`). */
function keptAsideWarnings(keptAside: KeptAside[], outDir: string): BuildReport['warnings'] {
  return keptAside.map(({ file, keptAs }) => ({
    file: displayPath(path.join(outDir, file)),
    level: 'warning',
    stage: 'render',
    code: 'own-file-kept-aside',
    message: `the new site has its own here; the file that was here, which no build wrote, is kept as ${displayPath(path.join(outDir, keptAs))}`,
  }));
}

/**
 * A warning for each folder builds killed before left beside the site, which no build deletes as it may hold what is
 * not the build's (`clearLeftovers`), saying what it is and what to do with it.
 */
function leftBesideWarnings(leftBeside: LeftBeside[]): BuildReport['warnings'] {
  const messages: Record<LeftBeside['kind'], (staging: string) => string> = {
    'swapped-aside': (staging) =>
      `a build stopped in the middle of its swap left the previous site here, which could not be put back for ` +
      `certain` +
      (staging
        ? `, and the new site it was swapping in beside it (${staging}); neither is deleted, as either may hold ` +
          `files of yours: move what you want of them into the site, then delete both`
        : `; it is not deleted, as it may hold files of yours: move what you want of it into the site, then delete it`),
    'moved-out': () =>
      `a build stopped in the middle of its swap left its new site here; the previous site is back in place, but ` +
      `the record of the folders moved out of it into this one could not be read, so it is not deleted: move what ` +
      `the site lacks of it (folders of pages, files of yours) back into the site, then delete it`,
    'old-site': () =>
      `an earlier site a build left here to be removed, holding files no build writes there or a build state ` +
      `that cannot be read, so it is not deleted: move what you want of it into the site, then delete it`,
  };
  return leftBeside.map(({ folder, kind, staging }) => ({
    file: displayPath(folder),
    level: 'warning',
    stage: 'render',
    code: 'leftover-kept',
    message: messages[kind](staging ? displayPath(staging) : ''),
  }));
}

/** The build report: what happened to every file, what changed since the previous site, and what was written. */
function reportBuild(
  options: BuildOptions,
  { analyzed, grouped, model }: ModelledArchive,
  written: SiteWritten & { output: SiteOutput; timings: Timings; published: PublishedFiles },
): BuildReport {
  const { output, timings, published } = written;
  const articlesDir = displayPath(path.join(options.contentDir, 'articles'));
  const base = createReport(
    articlesDir,
    analyzed.filesRead,
    model.articles,
    [...analyzed.rejected, ...grouped.rejected],
    timings,
    grouped.duplicates,
  );
  return {
    ...base,
    warnings: [
      ...analyzed.taxonomyWarnings,
      ...analyzed.cacheWarnings(),
      ...unusableStateWarning(output.unusableState, options.outDir),
      ...keptAsideWarnings(output.keptAside, options.outDir),
      ...leftBesideWarnings(output.leftBeside),
      ...base.warnings,
    ],
    counts: { ...countChanges(published, output.previousState?.published ?? null), ...analyzed.counts },
    pages: { ...output.writer.counts, rendered: written.pagesRendered },
    search: written.search,
  };
}

/** Rejections listed in a `--strict` failure; the report of a build without `--strict` lists them all. */
const STRICT_LISTED = 10;

/** Why a `--strict` build stops: how many files were rejected, the first of them with their reasons. */
function strictFailure(rejected: Rejection[]): string {
  const listed = rejected.slice(0, STRICT_LISTED).map((r) => `\n  rejected ${r.file}: ${r.reason}`);
  const more = rejected.length > STRICT_LISTED ? `\n  and ${rejected.length - STRICT_LISTED} more` : '';
  return `--strict: ${rejected.length} file(s) rejected; the site was left as it was${listed.join('')}${more}`;
}

/** Writes the site of `archive` and swaps it in (not under `--strict` with a file rejected), then tells `onPublished`. */
async function publishSite(archive: ModelledArchive, options: BuildOptions & { timings: Timings }) {
  if (options.strict && archive.analyzed.rejected.length) throw new Error(strictFailure(archive.analyzed.rejected));
  const output = openSiteOutput(path.resolve(options.outDir));
  const published = publishedFiles(archive.model.articles);
  const written = await writeSite(archive, output, { ...options, published });
  options.onPublished?.();
  return { output, published, written };
}

/**
 * Builds the site of `options.contentDir` into `options.outDir`, and writes the report; a report that cannot be
 * written once the site is in place is a `ReportNotWrittenError`. A failure for want of room says "disk full" and
 * names the output folder (`tellDiskFull`): the system's "ENOSPC: no space left on device" names neither.
 */
export function buildSite(options: BuildOptions): Promise<BuildResult> {
  return buildAndReport(options).catch((error: unknown) => {
    throw error instanceof ReportNotWrittenError
      ? error
      : tellDiskFull(error, displayPath(options.outDir), 'build again');
  });
}

async function buildAndReport(options: BuildOptions): Promise<BuildResult> {
  const timings: Timings = {};
  const started = performance.now();
  checkArticlesFolder(options.contentDir);
  checkOutputPaths(options);
  // One build of a site at a time: a second (`npm run build` while `npm run dev` builds) waits here.
  const lock = await lockSiteOutput(path.resolve(options.outDir), (holder, file) =>
    options.onWaiting?.(
      `another build of ${displayPath(options.outDir)} is running (${describeHolder(holder)}); waiting for it to ` +
        `finish (Ctrl+C stops this one; should that build be gone, remove ${displayPath(file)})`,
    ),
  );
  let built;
  try {
    // The other build may have made or replaced the output folder.
    if (lock.waited) checkOutputPaths(options);
    // Loads while the articles are analysed, rather than before; a failure to load is reported by the render stage.
    loadEleventy().catch(() => {});
    const archive = await modelArchive(
      { ...options, onProgress: progressOf(options, 'analyze'), saveCacheLater: true },
      (step, work) => timed(timings, step, work),
    );
    // The new cache entries and the stat index are written once the new site is in place: `npm run dev`'s tab
    // reloads first.
    built = { archive, ...(await publishSite(archive, { ...options, timings }).finally(archive.analyzed.saveCache)) };
  } finally {
    lock.release();
  }
  const { archive, output, published, written } = built;
  timings.total = (performance.now() - started) / 1000;
  const report = reportBuild(options, archive, { ...written, output, timings, published });
  const reportFailure = writeReport(report, options.reportFile);
  await written.memoriesKept;
  if (reportFailure) throw new ReportNotWrittenError(report, options.reportFile, reportFailure);
  return { report, model: archive.model };
}

/**
 * The build succeeded and its site is in place, but its report could not be written (a full disk): the report is
 * here, the error says which file and why.
 */
export class ReportNotWrittenError extends Error {
  constructor(
    readonly report: BuildReport,
    reportFile: string,
    cause: Error,
  ) {
    const diskFull = isDiskFull(cause) ? ' (disk full)' : '';
    super(`the report could not be written to ${displayPath(reportFile)}${diskFull}: ${cause.message}`, { cause });
  }
}

/**
 * Writes the report into `reportFile` through a temporary file, so that a reader (npm run dev's, a benchmark) never
 * sees half of it; returns the error when it could not, the temporary file removed.
 */
function writeReport(report: BuildReport, reportFile: string): Error | null {
  const temporary = `${reportFile}.${process.pid}.tmp`;
  try {
    makeFolder(path.dirname(reportFile));
    writeFileSync(temporary, `${JSON.stringify(report)}\n`);
    renameSync(temporary, reportFile);
    return null;
  } catch (error) {
    rmSync(temporary, { force: true });
    return error as Error;
  }
}
