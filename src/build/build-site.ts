/**
 * Build: the whole pipeline for one archive: analyse → group duplicates → archive model → plan → Eleventy and
 * Pagefind (side by side) → report. Output is written to a temporary folder beside the target and swapped in only
 * when everything succeeded. From the previous output, pages whose data did not change are kept without being
 * rendered, pages rendered to the same bytes are kept rather than rewritten, and the search index is kept and
 * only its delta indexed (see `src/search/plan-index.ts`).
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildArchive, type ArchiveArticle, type ArchiveModel, type ListPage } from '../archive/index.ts';
import { fingerprintSources } from '../cache/index.ts';
import { groupDuplicates } from '../dedupe/index.ts';
import { createReport, type BuildReport } from '../report/index.ts';
import { itemPagesOf, resolveSiteUrl } from '../render/index.ts';
import {
  BASE_INDEX_DIR,
  buildSearchRecord,
  DELTA_INDEX_DIR,
  hashSearchRecord,
  planSearchIndex,
  startPagefind,
  writeSearchIndex,
  type SearchIndexLayout,
  type SearchIndexResult,
  type SearchIndexState,
} from '../search/index.ts';
import { releaseMemory } from '../release-memory.ts';
import { BUILD_STATE_FILE, createBuildState, readBuildState, type BuildState } from './build-state.ts';
import { analyzeArchive } from './analyze-archive.ts';
import { countChanges, publishedFiles } from './count-changes.ts';
import { REPO_ROOT, TEMPLATES_DIR, displayPath } from './paths.ts';
import { type Cleanup } from './remove-folder.ts';
import { planCarry } from './carry-folders.ts';
import { checkOutputPaths } from './check-output-paths.ts';
import { clearLeftovers, stagingDirFor, swapInOutput } from './swap-output.ts';
import { createOutputWriter, type OutputWriter } from './write-output.ts';

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
  /** Whether to wait for the previous output to be removed after the swap (the default), or leave it to a background process. */
  cleanup?: Cleanup;
}

export interface BuildResult {
  report: BuildReport;
  model: ArchiveModel;
}

async function timed<T>(timings: Record<string, number>, stage: string, work: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  timings[stage] = (performance.now() - start) / 1000;
  return result;
}

/** The pages to render of those rendered one per item: the others are kept from the previous build. */
export interface PagesToRender {
  articles: ArchiveArticle[];
  lists: ListPage[];
}

/**
 * Eleventy, loaded once, when first needed: loading it takes the build's thread most of a second, which a build
 * spends while the analysis workers start (`buildSite` asks for it first).
 */
let eleventyLoading: Promise<typeof import('@11ty/eleventy')> | null = null;
const loadEleventy = () => (eleventyLoading ??= import('@11ty/eleventy'));

/**
 * Renders the archive model with Eleventy and the templates in `templates/`: the single pages, and of the pages
 * rendered one per item those in `pages`. Eleventy renders but writes nothing (dry run): each page goes through
 * `writer`, which writes it only when its bytes changed; resolves once every page is on disk.
 */
export async function renderSite(
  model: ArchiveModel,
  pages: PagesToRender,
  searchIndex: SearchIndexLayout,
  outDir: string,
  writer: OutputWriter,
  onPage?: () => void,
): Promise<void> {
  const { default: Eleventy } = await loadEleventy();
  const eleventy = new Eleventy(path.join(TEMPLATES_DIR, 'pages'), outDir, {
    quietMode: true,
    configPath: path.join(REPO_ROOT, '.eleventy.ts'),
    config(eleventyConfig) {
      eleventyConfig.addGlobalData('archive', model);
      eleventyConfig.addGlobalData('pages', pages);
      eleventyConfig.addGlobalData('searchIndex', searchIndex);
      // Each page is handed to the writer, and Eleventy keeps an empty string in its place: it holds every page it
      // rendered until the end, and a dry run needs none of them (10,000 pages are hundreds of megabytes).
      eleventyConfig.addTransform('write-if-changed', async function (content) {
        if (this.page.outputPath) await writer.write(path.relative(outDir, this.page.outputPath), content);
        onPage?.();
        return '';
      });
    },
  });
  eleventy.setDryRun(true);
  // Its summary would say "Wrote 0 files": the build's own summary counts what was written.
  eleventy.disableLogger();
  await eleventy.write();
  await writer.copyTree(path.join(TEMPLATES_DIR, 'assets'), 'assets');
  await writer.settled();
}

/** Pages Eleventy renders besides those rendered one per item, for the progress display: home, archive, search… */
const SINGLE_PAGES = 3;

/** The rendering code, the templates and the site's address: what makes the same page data give the same page. */
function fingerprintRendering(): string {
  return `${fingerprintSources(REPO_ROOT, ['src', 'templates'], path.join(REPO_ROOT, 'package.json'))}\0${resolveSiteUrl()}`;
}

/** The previous build's search index state, when the previous output still holds the indexes it describes. */
function previousSearchState(previousDir: string | null, state: BuildState | null): SearchIndexState | null {
  if (!previousDir || !state || !existsSync(path.join(previousDir, BASE_INDEX_DIR, 'pagefind-entry.json'))) return null;
  const deltaThere = existsSync(path.join(previousDir, DELTA_INDEX_DIR, 'pagefind-entry.json'));
  return deltaThere ? state.search : { ...state.search, deltaKey: null };
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const timings: Record<string, number> = {};
  const started = performance.now();
  checkOutputPaths(options);
  // Loads while the articles are analysed, rather than before; a failure to load is reported by the render stage.
  loadEleventy().catch(() => {});
  const analyzed = await timed(timings, 'analyze', () =>
    analyzeArchive({
      ...options,
      onProgress: options.onProgress && ((done, total) => options.onProgress!('analyze', done, total)),
    }),
  );
  const grouped = await timed(timings, 'dedupe', () => groupDuplicates(analyzed.articles, analyzed.fingerprints));
  const model = await timed(timings, 'archive', () => buildArchive(grouped.kept, analyzed.taxonomy));
  const outDir = path.resolve(options.outDir);
  clearLeftovers(outDir);
  const previousDir = existsSync(outDir) ? outDir : null;
  const previousState = previousDir ? readBuildState(previousDir) : null;
  const staging = stagingDirFor(outDir);
  const writer = createOutputWriter(staging, previousDir);
  let search: SearchIndexResult;
  let pagesRendered: number;
  const pagefind = startPagefind();
  const published = publishedFiles(model.articles);
  try {
    const { searchPlan, itemPages, renderFingerprint, toRender, toKeep, dropped } = await timed(timings, 'plan', () => {
      const entries = model.articles.map(buildSearchRecord).map((r) => ({ url: r.url, hash: hashSearchRecord(r) }));
      const searchFingerprint = fingerprintSources(
        path.join(REPO_ROOT, 'src'),
        ['search'],
        path.join(REPO_ROOT, 'package.json'),
      );
      const searchPlan = planSearchIndex(entries, previousSearchState(previousDir, previousState), searchFingerprint);
      const renderFingerprint = fingerprintRendering();
      const itemPages = itemPagesOf(model, analyzed.analysisFingerprint);
      const previousKeys = previousState?.render.fingerprint === renderFingerprint ? previousState.render.pages : {};
      const unchanged = (p: { file: string; key: string }) => previousKeys[p.file] === p.key && writer.had(p.file);
      const toRender: PagesToRender = {
        articles: itemPages.articles.filter((p) => !unchanged(p)).map((p) => p.article),
        lists: itemPages.lists.filter((p) => !unchanged(p)).map((p) => p.list),
      };
      const toKeep = [...itemPages.articles, ...itemPages.lists].filter(unchanged).map((p) => p.file);
      const keeping = new Set(toKeep);
      const dropped = Object.keys(previousKeys).filter((file) => !keeping.has(file));
      return { searchPlan, itemPages, renderFingerprint, toRender, toKeep, dropped };
    });
    const expected = toRender.articles.length + toRender.lists.length + SINGLE_PAGES;
    pagesRendered = 0;
    const onPage = () => {
      pagesRendered++;
      options.onProgress?.('render', pagesRendered, expected);
    };
    const layout: SearchIndexLayout = {
      deltaUrl: searchPlan.delta.length ? `/${DELTA_INDEX_DIR}/` : null,
      staleBuckets: searchPlan.staleBuckets,
    };
    // Pagefind indexes in its own process, from the model: it takes the records while Eleventy renders, and
    // builds its index once the pages are done and the memory Eleventy used is given back to the system (both
    // together would need half as much memory again); the writer then writes the index's files.
    const rendering = timed(timings, 'render', () => renderSite(model, toRender, layout, staging, writer, onPage)).then(
      releaseMemory,
    );
    [, search] = await Promise.all([
      rendering,
      timed(timings, 'search', () =>
        writeSearchIndex(model.articles, searchPlan, writer, pagefind, {
          buildAfter: rendering,
          onProgress: options.onProgress && ((done, total) => options.onProgress!('search', done, total)),
        }),
      ),
    ]);
    const pageKeys = Object.fromEntries([...itemPages.articles, ...itemPages.lists].map((p) => [p.file, p.key]));
    await writer.write(
      BUILD_STATE_FILE,
      `${JSON.stringify(createBuildState(published, { fingerprint: renderFingerprint, pages: pageKeys }, searchPlan.state))}\n`,
    );
    // The unchanged pages: their folders move in whole at the swap where nothing else in them changed.
    await timed(timings, 'keep', async () => {
      const plan = planCarry(toKeep, [...writer.written, ...dropped]);
      await writer.keepAll(plan.files);
      for (const { folder, files } of plan.folders) {
        if (!writer.carry(folder, files))
          throw new Error(`the previous build's ${folder} went missing during the build`);
      }
    });
    swapInOutput(staging, outDir, options.cleanup ?? 'wait', writer.carried);
  } catch (error) {
    await pagefind.stop();
    // Files still being written would land in the folder after it is removed.
    await writer.settled().catch(() => {});
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  timings.total = (performance.now() - started) / 1000;
  const report: BuildReport = {
    ...createReport(
      displayPath(path.join(options.contentDir, 'articles')),
      analyzed.filesRead,
      model.articles,
      analyzed.rejected,
      timings,
      grouped.duplicates,
    ),
    counts: { ...countChanges(published, previousState?.published ?? null), ...analyzed.counts },
    pages: { ...writer.counts, rendered: pagesRendered },
    search,
  };
  mkdirSync(path.dirname(options.reportFile), { recursive: true });
  writeFileSync(options.reportFile, `${JSON.stringify(report, null, 2)}\n`);
  return { report, model };
}
