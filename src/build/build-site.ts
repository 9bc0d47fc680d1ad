/**
 * Build: the whole pipeline for one archive: analyse → group duplicates → archive model → Eleventy and Pagefind (side
 * by side) → report. Output is written to a temporary folder beside the target and swapped in only when everything
 * succeeded; pages whose bytes did not change are carried over from the previous output rather than rewritten.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import { buildArchive, type ArchiveModel } from '../archive/index.ts';
import { groupDuplicates } from '../dedupe/index.ts';
import { createReport, type BuildReport } from '../report/index.ts';
import { writeSearchIndex } from '../search/index.ts';
import { analyzeArchive } from './analyze-archive.ts';
import { countChanges } from './count-changes.ts';
import { REPO_ROOT, TEMPLATES_DIR, displayPath } from './paths.ts';
import { type Cleanup } from './remove-folder.ts';
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

/**
 * Renders the archive model with Eleventy and the templates in `templates/`. Eleventy renders every page but
 * writes none (dry run): each page goes through `writer`, which writes it only when its bytes changed.
 */
export async function renderSite(model: ArchiveModel, outDir: string, writer: OutputWriter, onPage?: () => void): Promise<void> {
  const eleventy = new Eleventy(path.join(TEMPLATES_DIR, 'pages'), outDir, {
    quietMode: true,
    configPath: path.join(REPO_ROOT, '.eleventy.ts'),
    config(eleventyConfig) {
      eleventyConfig.addGlobalData('archive', model);
      eleventyConfig.addTransform('write-if-changed', function (content) {
        if (this.page.outputPath) writer.write(path.relative(outDir, this.page.outputPath), content);
        onPage?.();
        return content;
      });
    },
  });
  eleventy.setDryRun(true);
  // Its summary would say "Wrote 0 files": the build's own summary counts what was written.
  eleventy.disableLogger();
  await eleventy.write();
  writer.copyTree(path.join(TEMPLATES_DIR, 'assets'), 'assets');
}

/** Pages Eleventy renders: one per article, one per listing page, and the single pages (home, archive, search). */
function countPages(model: ArchiveModel): number {
  const singlePages = 3;
  return model.articles.length + model.listPages.length + singlePages;
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const timings: Record<string, number> = {};
  const started = performance.now();
  const analyzed = await timed(timings, 'analyze', () =>
    analyzeArchive({ ...options, onProgress: options.onProgress && ((done, total) => options.onProgress!('analyze', done, total)) }),
  );
  const grouped = await timed(timings, 'dedupe', () => groupDuplicates(analyzed.articles));
  const model = await timed(timings, 'archive', () => buildArchive(grouped.kept, analyzed.taxonomy));
  const outDir = path.resolve(options.outDir);
  clearLeftovers(outDir);
  const staging = stagingDirFor(outDir);
  const writer = createOutputWriter(staging, existsSync(outDir) ? outDir : null);
  try {
    const pages = countPages(model);
    let rendered = 0;
    const onPage = options.onProgress && (() => options.onProgress!('render', ++rendered, pages));
    // Pagefind indexes in its own process, from the model: it runs while Eleventy renders.
    await Promise.all([
      timed(timings, 'render', () => renderSite(model, staging, writer, onPage)),
      timed(timings, 'search', () =>
        writeSearchIndex(model, path.join(staging, 'pagefind'), options.onProgress && ((done, total) => options.onProgress!('search', done, total))),
      ),
    ]);
    swapInOutput(staging, outDir, options.cleanup ?? 'wait');
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  timings.total = (performance.now() - started) / 1000;
  const previousReport = readPreviousReport(options.reportFile);
  const report: BuildReport = {
    ...createReport(displayPath(path.join(options.contentDir, 'articles')), analyzed.filesRead, model.articles, analyzed.rejected, timings, grouped.duplicates),
    counts: { ...countChanges(model.articles, previousReport), ...analyzed.counts },
    pages: writer.counts,
  };
  mkdirSync(path.dirname(options.reportFile), { recursive: true });
  writeFileSync(options.reportFile, `${JSON.stringify(report, null, 2)}\n`);
  return { report, model };
}

/** The report of the previous build, when there is one that can be read. */
function readPreviousReport(file: string): BuildReport | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BuildReport;
  } catch {
    return null;
  }
}
