/**
 * Search stage: writes the site's search index with Pagefind's Node API, as planned by `planSearchIndex`: the base
 * index into `pagefind/` (past the site's shard size, its shards into `pagefind/`, `pagefind-2/`…) and the delta
 * into `pagefind-delta/`, each indexed anew (with its date table) or kept from the previous build. Pagefind runs
 * from a worker thread, so it indexes while this thread renders, and builds each index in memory; only the files
 * the search page loads go into the output, through the build's writer.
 */
import path from 'node:path';
import { BUCKET_FILTER, bucketOf, shardOf, type SearchIndexPlan } from './plan-index.ts';
import type { ArchiveArticle } from '../archive/index.ts';
import { baseShardDir, SEARCH_INDEX_DIRS, type SearchIndexKind } from '../output/index.ts';
import { buildDateTable } from './date-table.ts';
import { searchDateOf, type SearchRecord } from './records.ts';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../runtime.ts';

/** Where the search index goes: the build's output, with the previous build's beside it. */
export interface SearchOutput {
  /** Writes `file` (relative to the output) in the background; resolves once the writer has room for more. */
  write(file: string, content: Uint8Array): Promise<void>;
  /** Keeps the previous build's folder (relative to the output) in the new output; false when it is missing. */
  carry(dir: string): boolean;
}

export interface SearchIndexResult {
  /** Articles indexed by Pagefind in this build (base and delta). */
  indexed: number;
  baseIndexed: boolean;
  deltaArticles: number;
}

/** A file of a Pagefind index: its path in the index's folder, and its bytes. */
export interface IndexFile {
  path: string;
  content: Uint8Array;
}

/** An index for the Pagefind worker to make: its records, and which index it is (it keeps the files of that kind). */
export interface PagefindJob {
  records: SearchRecord[];
  kind: SearchIndexKind;
  /** The site's language, which Pagefind stems the words by. */
  language: string;
}

/** A Pagefind worker thread (`pagefind-worker.ts`), started before its jobs are known. */
export interface PagefindRunner {
  /**
   * Indexes `jobs` one after another, reporting the records indexed so far, and builds the indexes once `mayBuild`
   * has resolved: resolves with the files each job keeps, in order. The worker stops when they are built, unless it
   * is kept.
   */
  run(jobs: PagefindJob[], mayBuild: Promise<unknown>, onIndexed: (done: number) => void): Promise<IndexFile[][]>;
  /** Done without a job: stops the worker, or leaves a kept one waiting for the next build. */
  stop(): Promise<void>;
}

/**
 * The worker this process keeps between its builds (`npm run dev`), idle: starting a thread, loading its modules
 * and starting Pagefind's process took each rebuild's Pagefind worker about 0.3-0.5 s of CPU at a load of 20.
 */
let idleWorker: Worker | null = null;

/**
 * Megabytes of the Pagefind worker's young generation (V8's default for a thread: 48). What the worker holds lives
 * long (the records, until Pagefind has them); at the default, its heap kept 32 MiB of young generation, empty, while
 * Pagefind built its index.
 */
const PAGEFIND_WORKER_YOUNG_MB = 12;

/** A new Pagefind worker; with `keep`, one that waits for the next build's jobs once it has answered. */
function newPagefindWorker(keep: boolean): Worker {
  const worker = startWorker(
    'src/search/pagefind-worker',
    { keep },
    { resourceLimits: { maxYoungGenerationSizeMb: PAGEFIND_WORKER_YOUNG_MB } },
  );
  worker.once('exit', () => {
    if (idleWorker === worker) idleWorker = null;
  });
  return worker;
}

/** What the worker tells: its progress, its indexes' files, or why it failed. */
interface PagefindAnswer {
  progress?: number;
  built?: IndexFile[][];
  error?: string;
}

/** Listens to `worker`'s answers, and to its failure or its end before it answered; returns what stops listening. */
function listenTo(worker: Worker, fail: (error: Error) => void, onAnswer: (answer: PagefindAnswer) => void) {
  const onExit = (code: number) =>
    fail(new Error(`the Pagefind worker stopped with exit code ${code} before it answered`));
  worker.on('message', onAnswer);
  worker.on('error', fail);
  worker.on('exit', onExit);
  return () => {
    worker.off('message', onAnswer);
    worker.off('error', fail);
    worker.off('exit', onExit);
  };
}

/**
 * Starts the Pagefind worker: loading its modules and starting Pagefind take most of a second, which the build
 * spends planning instead of after it (for one added article, longer than its pages take to render). With `keep`,
 * the worker is the one the previous build of the process left (when it is still there), and is left for the next
 * once it has built a delta; a worker that has built a base index (a gigabyte of memory in Pagefind's process at
 * 10,000 articles) or failed stops.
 */
export function startPagefind(options: { keep?: boolean } = {}): PagefindRunner {
  const keep = options.keep === true;
  const worker = (keep && idleWorker) || newPagefindWorker(keep);
  idleWorker = null;
  worker.ref();
  let failure: Error | null = null;
  let settle: { resolve: (built: IndexFile[][]) => void; reject: (error: Error) => void } | null = null;
  let onIndexed: (done: number) => void = () => {};
  let done = false;
  const fail = (error: Error) => {
    failure ??= error;
    settle?.reject(failure);
  };
  const stopListening = listenTo(worker, fail, (message) => {
    if (message.progress) onIndexed(message.progress);
    if (message.error) fail(new Error(message.error));
    if (message.built) settle?.resolve(message.built);
  });
  /**
   * This build is done with the worker: it is left idle for the next build (it then does not keep the process
   * running), left to end by itself once it has answered, or stopped.
   */
  const release = async (next: 'idle' | 'end' | 'stop') => {
    if (done) return;
    done = true;
    stopListening();
    if (next === 'stop') await worker.terminate();
    if (next !== 'idle') return;
    worker.unref();
    idleWorker = worker;
  };
  return {
    run(jobs, mayBuild, progress) {
      onIndexed = progress;
      const next = !keep ? 'end' : jobs.every((job) => job.kind === 'delta') ? 'idle' : 'stop';
      const built = new Promise<IndexFile[][]>((resolve, reject) => {
        settle = { resolve, reject };
        if (failure) return reject(failure);
        worker.postMessage(jobs);
        // The worker has its own copy: this thread's goes.
        jobs.length = 0;
        mayBuild.then(() => worker.postMessage('build'), reject);
      });
      return built.then(
        async (files) => {
          await release(next);
          return files;
        },
        async (error: Error) => {
          await release('stop');
          throw error;
        },
      );
    },
    async stop() {
      await release(keep && !settle ? 'idle' : 'stop');
    },
  };
}

/**
 * The indexes Pagefind makes of `records` as `plan` says, with their folders: the base's shards (each record with
 * its bucket) and the delta, each when it is indexed anew; an index kept is carried from the previous output.
 */
function planJobs(records: SearchRecord[], plan: SearchIndexPlan, output: SearchOutput, language: string) {
  const inDelta = new Set(plan.keepDelta ? [] : plan.delta);
  const { shards } = plan.state;
  const jobs: PagefindJob[] = [];
  const folders: string[] = [];
  if (plan.rebuildBase) {
    for (const shard of shards.keys()) {
      jobs.push({ records: [], kind: shard === 0 ? 'base' : 'shard', language });
      folders.push(baseShardDir(shard));
    }
    for (const r of records) {
      const record = { ...r, filters: { ...r.filters, [BUCKET_FILTER]: [bucketOf(r.url)] } };
      jobs[shardOf(r.url, shards)]!.records.push(record);
    }
  } else {
    for (const shard of shards.keys())
      if (!output.carry(baseShardDir(shard))) throw new Error('the previous search index is missing');
  }
  if (plan.keepDelta) {
    if (!output.carry(SEARCH_INDEX_DIRS.delta)) throw new Error('the previous search delta is missing');
  } else if (inDelta.size) {
    jobs.push({ records: records.filter((r) => inDelta.has(r.url)), kind: 'delta', language });
    folders.push(SEARCH_INDEX_DIRS.delta);
  }
  return { jobs, folders };
}

/**
 * Writes the search index of `articles` as `plan` says with `pagefind`, keeping from the previous output what the
 * plan keeps (the caller has checked that the previous output holds it). `records` are the articles' search
 * records, in the same order; this takes them (the array is left empty), and Pagefind's thread takes them at once,
 * so they go from this thread before the indexes are built. Pagefind builds its indexes once `buildAfter`
 * resolves: building is when Pagefind needs the most memory, so the caller lets it build when its own memory is
 * freed. Resolves once every file of the indexes is handed to `output`.
 */
export async function writeSearchIndex(
  articles: ArchiveArticle[],
  records: SearchRecord[],
  plan: SearchIndexPlan,
  output: SearchOutput,
  pagefind: PagefindRunner,
  options: { language: string; buildAfter?: Promise<unknown>; onProgress?: (done: number, total: number) => void },
): Promise<SearchIndexResult> {
  const { buildAfter = Promise.resolve(), onProgress } = options;
  // Only `jobs` holds the jobs and their records, which `run` lets go once Pagefind's thread has them: a list of the
  // planned jobs beside it held this thread's copy of the records (17 MiB at 10,000 articles) while Pagefind built.
  const { jobs, folders } = planJobs(records.splice(0), plan, output, options.language);
  const total = jobs.reduce((sum, job) => sum + job.records.length, 0);
  let built: IndexFile[][] = [];
  if (jobs.length) built = await pagefind.run(jobs, buildAfter, (done) => onProgress?.(done, total));
  else await pagefind.stop();
  const dates = new Map(articles.map((a) => [a.url, searchDateOf(a)]));
  for (const [i, files] of built.entries()) {
    const table = buildDateTable(files, dates);
    for (const file of files) await output.write(path.join(folders[i]!, file.path), file.content);
    await output.write(path.join(folders[i]!, table.path), table.content);
  }
  onProgress?.(total, total);
  return { indexed: total, baseIndexed: plan.rebuildBase, deltaArticles: plan.delta.length };
}
