/**
 * Search stage: writes the site's search index with Pagefind's Node API, as planned by `planSearchIndex`: the base
 * index into `pagefind/` and the delta into `pagefind-delta/`, each indexed anew or kept from the previous build.
 * Pagefind runs from a worker thread, so it indexes while this thread renders. Only the files the search page
 * loads are kept in the output. Touches the disk (and runs Pagefind).
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { BUCKET_FILTER, bucketOf, type SearchIndexPlan } from './plan-index.ts';
import type { SearchRecord } from './records.ts';
import { startTypeScriptWorker } from '../worker-thread.ts';

/** Folders of the two indexes in the site, and their URLs. */
export const BASE_INDEX_DIR = 'pagefind';
export const DELTA_INDEX_DIR = 'pagefind-delta';

/** What the search page loads of the base index: the index itself, and Pagefind's search script and WebAssembly. */
const BASE_FILES = /^(pagefind-entry\.json|pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind|[^/]+\.pf_meta|(index|filter|fragment)\/.*)$/;
/** What it loads of the delta: the index alone (the base's script and WebAssembly search both). */
const DELTA_FILES = /^(pagefind-entry\.json|[^/]+\.pf_meta|(index|filter|fragment)\/.*)$/;

/** Where the previous build's indexes are kept from, and where this build's go. */
export interface SearchOutput {
  /** The folder being built. */
  stagingDir: string;
  /** Links the previous build's folder (relative to the output) into the new output; false when it is missing. */
  keepTree(dir: string): boolean;
}

export interface SearchIndexResult {
  /** Articles indexed by Pagefind in this build (base and delta). */
  indexed: number;
  baseIndexed: boolean;
  deltaArticles: number;
}

/** Removes from a Pagefind bundle every file the search page does not load (the stock UIs and their styles). */
function pruneBundle(dir: string, keep: RegExp): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    if (!keep.test(path.relative(dir, full).split(path.sep).join('/'))) rmSync(full);
  }
}

/** An index for the Pagefind worker to write: its records, and the folder it goes to. */
export interface PagefindJob {
  records: SearchRecord[];
  outputPath: string;
}

/** Runs Pagefind on `jobs` in a worker thread (`pagefind-worker.ts`), reporting the records indexed so far. */
function runPagefind(jobs: PagefindJob[], onIndexed: (done: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = startTypeScriptWorker(new URL('./pagefind-worker.ts', import.meta.url), jobs);
    worker.on('message', (message: { progress?: number; done?: true; error?: string }) => {
      if (message.progress) onIndexed(message.progress);
      if (message.error) reject(new Error(message.error));
      if (message.done) resolve();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => (code ? reject(new Error(`the Pagefind worker stopped with exit code ${code}`)) : resolve()));
  });
}

/**
 * Writes the search index of `records` (by URL) as `plan` says, keeping from the previous output what the plan
 * keeps. The caller has checked that the previous output holds what the plan keeps.
 */
export async function writeSearchIndex(
  records: Map<string, SearchRecord>,
  plan: SearchIndexPlan,
  output: SearchOutput,
  onProgress?: (done: number, total: number) => void,
): Promise<SearchIndexResult> {
  const base = plan.rebuildBase ? [...records.values()].map((r) => ({ ...r, filters: { ...r.filters, [BUCKET_FILTER]: [bucketOf(r.url)] } })) : [];
  const delta = plan.keepDelta ? [] : plan.delta.map((url) => records.get(url)!);
  const total = base.length + delta.length;
  const jobs: PagefindJob[] = [];
  if (plan.rebuildBase) jobs.push({ records: base, outputPath: path.join(output.stagingDir, BASE_INDEX_DIR) });
  else if (!output.keepTree(BASE_INDEX_DIR)) throw new Error('the previous search index is missing');
  if (plan.keepDelta) {
    if (!output.keepTree(DELTA_INDEX_DIR)) throw new Error('the previous search delta is missing');
  } else if (delta.length) jobs.push({ records: delta, outputPath: path.join(output.stagingDir, DELTA_INDEX_DIR) });
  if (jobs.length) await runPagefind(jobs, (done) => onProgress?.(done, total));
  if (plan.rebuildBase) pruneBundle(path.join(output.stagingDir, BASE_INDEX_DIR), BASE_FILES);
  if (delta.length) pruneBundle(path.join(output.stagingDir, DELTA_INDEX_DIR), DELTA_FILES);
  onProgress?.(total, total);
  return { indexed: total, baseIndexed: plan.rebuildBase, deltaArticles: plan.delta.length };
}
