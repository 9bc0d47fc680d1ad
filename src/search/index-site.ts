/**
 * Search stage: writes the site's search index with Pagefind's Node API, as planned by `planSearchIndex`: the base
 * index into `pagefind/` and the delta into `pagefind-delta/`, each indexed anew (with its date table) or kept
 * from the previous build. Pagefind runs from a worker thread, so it indexes while this thread renders. Only the
 * files the search page loads are kept in the output. Touches the disk (and runs Pagefind).
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { BUCKET_FILTER, bucketOf, type SearchIndexPlan } from './plan-index.ts';
import type { ArchiveArticle } from '../archive/index.ts';
import { writeDateTable } from './date-table.ts';
import { buildSearchRecord, searchDateOf, type SearchRecord } from './records.ts';
import { startTypeScriptWorker } from '../worker-thread.ts';

/** Folders of the indexes in the site, which are also their URLs. */
export const BASE_INDEX_DIR = 'pagefind';
export const DELTA_INDEX_DIR = 'pagefind-delta';

/**
 * What the search page loads of Pagefind's files in the base: the index itself, and Pagefind's search script and
 * WebAssembly (it runs Pagefind without a web worker, so not the worker's script).
 */
const BASE_FILES = /^(pagefind-entry\.json|pagefind\.js|wasm\.[\w-]+\.pagefind|[^/]+\.pf_meta|(index|filter|fragment)\/.*)$/;
/** What it loads of the delta: the index alone (the base's script and WebAssembly search both). */
const DELTA_FILES = /^(pagefind-entry\.json|[^/]+\.pf_meta|(index|filter|fragment)\/.*)$/;

/** Where the previous build's indexes are kept from, and where this build's go. */
export interface SearchOutput {
  /** The folder being built. */
  stagingDir: string;
  /** Keeps the previous build's folder (relative to the output) in the new output; false when it is missing. */
  carry(dir: string): boolean;
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

/** A Pagefind worker thread (`pagefind-worker.ts`), started before its jobs are known. */
export interface PagefindRunner {
  /**
   * Indexes `jobs`, reporting the records indexed so far, and writes the indexes once `mayWrite` has resolved.
   * The worker stops when they are written.
   */
  run(jobs: PagefindJob[], mayWrite: Promise<unknown>, onIndexed: (done: number) => void): Promise<void>;
  /** Stops the worker without a job. */
  stop(): Promise<void>;
}

/**
 * Starts the Pagefind worker: loading its modules and starting Pagefind take most of a second, which the build
 * spends planning instead of after it (for one added article, longer than its pages take to render).
 */
export function startPagefind(): PagefindRunner {
  const worker = startTypeScriptWorker(new URL('./pagefind-worker.ts', import.meta.url), null);
  let failure: Error | null = null;
  let settle: { resolve: () => void; reject: (error: Error) => void } | null = null;
  let onIndexed: (done: number) => void = () => {};
  const fail = (error: Error) => {
    failure ??= error;
    settle?.reject(failure);
  };
  worker.on('message', (message: { progress?: number; done?: true; error?: string }) => {
    if (message.progress) onIndexed(message.progress);
    if (message.error) fail(new Error(message.error));
    if (message.done) settle?.resolve();
  });
  worker.on('error', fail);
  worker.on('exit', (code) => (code ? fail(new Error(`the Pagefind worker stopped with exit code ${code}`)) : settle?.resolve()));
  return {
    run(jobs, mayWrite, progress) {
      onIndexed = progress;
      return new Promise<void>((resolve, reject) => {
        settle = { resolve, reject };
        if (failure) return reject(failure);
        worker.postMessage(jobs);
        // The worker has its own copy: this thread's goes.
        jobs.length = 0;
        mayWrite.then(() => worker.postMessage('write'), reject);
      });
    },
    async stop() {
      await worker.terminate();
    },
  };
}

/**
 * Writes the search index of `articles` as `plan` says with `pagefind`, keeping from the previous output what the
 * plan keeps.
 * The caller has checked that the previous output holds what the plan keeps. Pagefind takes the records at once
 * (they are made here and let go once the worker has its copy) and writes its files once `writeAfter` resolves:
 * writing is when Pagefind needs the most memory, so the caller lets it write when its own memory is freed.
 */
export async function writeSearchIndex(
  articles: ArchiveArticle[],
  plan: SearchIndexPlan,
  output: SearchOutput,
  pagefind: PagefindRunner,
  options: { writeAfter?: Promise<unknown>; onProgress?: (done: number, total: number) => void } = {},
): Promise<SearchIndexResult> {
  const { writeAfter = Promise.resolve(), onProgress } = options;
  const inDelta = new Set(plan.keepDelta ? [] : plan.delta);
  const jobs: PagefindJob[] = [];
  if (plan.rebuildBase) {
    const records = articles.map(buildSearchRecord).map((r) => ({ ...r, filters: { ...r.filters, [BUCKET_FILTER]: [bucketOf(r.url)] } }));
    jobs.push({ records, outputPath: path.join(output.stagingDir, BASE_INDEX_DIR) });
  } else if (!output.carry(BASE_INDEX_DIR)) throw new Error('the previous search index is missing');
  if (plan.keepDelta) {
    if (!output.carry(DELTA_INDEX_DIR)) throw new Error('the previous search delta is missing');
  } else if (inDelta.size) {
    const records = articles.filter((a) => inDelta.has(a.url)).map(buildSearchRecord);
    jobs.push({ records, outputPath: path.join(output.stagingDir, DELTA_INDEX_DIR) });
  }
  const written = jobs.map((job) => job.outputPath);
  const total = jobs.reduce((sum, job) => sum + job.records.length, 0);
  if (jobs.length) await pagefind.run(jobs, writeAfter, (done) => onProgress?.(done, total));
  else await pagefind.stop();
  if (plan.rebuildBase) pruneBundle(path.join(output.stagingDir, BASE_INDEX_DIR), BASE_FILES);
  if (inDelta.size) pruneBundle(path.join(output.stagingDir, DELTA_INDEX_DIR), DELTA_FILES);
  const dates = new Map(articles.map((a) => [a.url, searchDateOf(a)]));
  await Promise.all(written.map((dir) => writeDateTable(dir, dates)));
  onProgress?.(total, total);
  return { indexed: total, baseIndexed: plan.rebuildBase, deltaArticles: plan.delta.length };
}
