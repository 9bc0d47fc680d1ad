/**
 * Build: the whole pipeline for one archive: analyse → group duplicates → archive model → Eleventy → Pagefind → report.
 * Output is written to a temporary folder beside the target and swapped in only when everything succeeded.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import { buildArchive, type ArchiveModel } from '../archive/index.ts';
import { groupDuplicates } from '../dedupe/index.ts';
import { createReport, type BuildReport } from '../report/index.ts';
import { writeSearchIndex } from '../search/index.ts';
import { analyzeArchive } from './analyze-archive.ts';
import { REPO_ROOT, TEMPLATES_DIR, displayPath } from './paths.ts';
import { clearLeftovers, stagingDirFor, swapInOutput } from './swap-output.ts';

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  /** Where the full report is written as JSON. */
  reportFile: string;
  retrieved: string | null;
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

/** Renders the archive model into `outDir` with Eleventy and the templates in `templates/`. */
export async function renderSite(model: ArchiveModel, outDir: string): Promise<void> {
  const eleventy = new Eleventy(path.join(TEMPLATES_DIR, 'pages'), outDir, {
    quietMode: true,
    configPath: path.join(REPO_ROOT, '.eleventy.ts'),
    config(eleventyConfig: { addGlobalData(name: string, data: unknown): void }) {
      eleventyConfig.addGlobalData('archive', model);
    },
  });
  await eleventy.write();
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const timings: Record<string, number> = {};
  const analyzed = await timed(timings, 'analyze', () => analyzeArchive(options));
  const grouped = await timed(timings, 'dedupe', () => groupDuplicates(analyzed.articles));
  const model = await timed(timings, 'archive', () => buildArchive(grouped.kept, analyzed.taxonomy));
  const outDir = path.resolve(options.outDir);
  clearLeftovers(outDir);
  const staging = stagingDirFor(outDir);
  try {
    await timed(timings, 'render', () => renderSite(model, staging));
    await timed(timings, 'search', () => writeSearchIndex(model, path.join(staging, 'pagefind')));
    swapInOutput(staging, outDir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const report = createReport(displayPath(path.join(options.contentDir, 'articles')), analyzed.filesRead, model.articles, analyzed.rejected, timings, grouped.duplicates);
  mkdirSync(path.dirname(options.reportFile), { recursive: true });
  writeFileSync(options.reportFile, `${JSON.stringify(report, null, 2)}\n`);
  return { report, model };
}
