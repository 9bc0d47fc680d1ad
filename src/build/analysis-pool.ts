/**
 * Build: worker threads that analyse articles side by side, one per core, so a build that analyses thousands of
 * articles uses the whole machine. Each worker is given the taxonomy this thread loaded and loads the analysers
 * itself; files are handed out a few at a time to whichever worker has the fewest in hand. Each file's analysis runs
 * under a budget of time and memory: a worker that exceeds it is stopped and replaced, and the file rejected, so one
 * file never costs the build. Runs threads.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Taxonomy } from '../taxonomy/index.ts';
import type { AnalyzedArticle, Rejection } from '../types.ts';
import { startWorker } from '../runtime.ts';

/** What a worker needs to set itself up: its first message, sent once it is started. */
export interface AnalysisWorkerSetup {
  /** Parsed once for all: reading the YAML again took each worker a third of a second. */
  taxonomy: Taxonomy;
  retrieved: string | null;
}

export interface AnalysisJob {
  id: number;
  file: string;
  bytes: Uint8Array;
  /** The sha256 of `bytes`, which the build computed to look the file up in the cache. */
  hash: string;
}

/** What a worker sends: that it starts a job, or the job's outcome. */
export type AnalysisWorkerMessage = { started: number } | { id: number; result: AnalyzedArticle | Rejection };

/** How long one file's analysis may take, and how much memory its worker may hold while analysing it. */
export interface AnalysisBudget {
  /** Seconds on the clock from the moment its worker starts it, for any file... */
  seconds: number;
  /** ...and as many more for each megabyte of the file. */
  secondsPerMegabyte: number;
  /** Megabytes of the worker's heap (V8's old generation), the analysers and the taxonomy included. */
  megabytes: number;
}

/**
 * An article's analysis takes milliseconds and a 5 MB one a few seconds; the analysis is linear in its input, and
 * a machine loaded eight times over took more than 30 s for the 5 MB one, so this is room for any file on a loaded
 * machine (135 s for 5 MB, 360 s for 20 MB), and a stop for whatever else would run on.
 */
export const DEFAULT_ANALYSIS_BUDGET: AnalysisBudget = { seconds: 60, secondsPerMegabyte: 15, megabytes: 1536 };

/** Whole seconds `budget` gives the analysis of a file of `bytes`. */
export function secondsFor(budget: AnalysisBudget, bytes: number): number {
  return Math.round(budget.seconds + (budget.secondsPerMegabyte * bytes) / 1_000_000);
}

/** The module each worker runs: the analysis worker, or in tests one that stands for it. */
const ANALYSIS_WORKER = 'src/build/analysis-worker';

export interface AnalysisPool {
  analyze(file: string, bytes: Uint8Array, hash: string): Promise<AnalyzedArticle | Rejection>;
  /** Stops the workers. */
  close(): Promise<void>;
}

/** Files a worker holds at once: enough that it never waits for the next, few enough to share the work evenly. */
const JOBS_PER_WORKER = 4;
/** More workers than this load more analysers than they save time, even on a machine with many cores. */
const MAX_WORKERS = 8;

/** How many workers a pool on this machine runs. */
export function analysisWorkerCount(): number {
  return Math.max(1, Math.min(availableParallelism(), MAX_WORKERS));
}

/** One worker thread, the jobs it holds in the order it takes them, and the timer of the one it is on. */
interface PoolWorker {
  thread: Worker;
  inHand: AnalysisJob[];
  current: { id: number; timer: NodeJS.Timeout } | null;
  /** Stopped by the pool (over budget, or closing): whatever it still sends or does is ignored. */
  stopped: boolean;
}

/** What the pool does as a worker finishes a job, goes over its budget, or fails. */
interface PoolEvents {
  finished(id: number, result: AnalyzedArticle | Rejection): void;
  /** The worker went over its budget or stopped on the job it is on; `reason` says which. */
  overBudget(worker: PoolWorker, reason: string): void;
  /** The worker stopped before starting any job: it cannot analyse. */
  failed(error: Error): void;
}

/** A thread running `workerModule` under `budget`'s memory limit. */
function startThread(workerModule: string, budget: AnalysisBudget): Worker {
  return startWorker(workerModule, null, { resourceLimits: { maxOldGenerationSizeMb: budget.megabytes } });
}

/** The worker `prestartAnalysisWorker` started, until a pool takes it or the build drops it. */
let prestarted: { thread: Worker; stopped: boolean } | null = null;

/**
 * Starts an analysis worker now, for the next pool of the default budget to take as its first worker: a command
 * that builds calls it before it loads its own modules, so that the worker loads the analysers meanwhile (they
 * are the slowest start of a build that analyses a few files). `dropPrestartedWorker` stops it when no pool took
 * it: the build had nothing to analyse.
 */
export function prestartAnalysisWorker(): void {
  if (prestarted) return;
  const started = { thread: startThread(ANALYSIS_WORKER, DEFAULT_ANALYSIS_BUDGET), stopped: false };
  // A worker that stops before a pool takes it is not taken: the pool starts one of its own, which reports the failure.
  const onStop = () => (started.stopped = true);
  started.thread.on('error', onStop).on('exit', onStop).unref();
  prestarted = started;
}

/** Stops the prestarted worker if no pool took it. */
export function dropPrestartedWorker(): void {
  if (prestarted && !prestarted.stopped) void prestarted.thread.terminate();
  prestarted = null;
}

/** The prestarted worker, for a pool whose workers are the ones it runs, while it runs. */
function takePrestarted(budget: AnalysisBudget, workerModule: string): Worker | null {
  if (!prestarted || workerModule !== ANALYSIS_WORKER || budget.megabytes !== DEFAULT_ANALYSIS_BUDGET.megabytes)
    return null;
  const { thread, stopped } = prestarted;
  prestarted = null;
  return stopped ? null : thread;
}

/** Starts a worker (sent `setup`, when given) under `budget`'s memory limit, and times each job it starts against `budget`'s seconds. */
function startPoolWorker(
  setup: AnalysisWorkerSetup | null,
  budget: AnalysisBudget,
  events: PoolEvents,
  workerModule: string,
): PoolWorker {
  const thread = takePrestarted(budget, workerModule) ?? startThread(workerModule, budget);
  if (setup) thread.postMessage(setup);
  const worker: PoolWorker = { thread, inHand: [], current: null, stopped: false };
  // A worker with no file in hand does not keep the process running (a pool kept between builds waits so).
  thread.unref();
  thread.on('message', (message: AnalysisWorkerMessage) => {
    if (worker.stopped) return;
    if ('started' in message) {
      const seconds = secondsFor(budget, worker.inHand[0]!.bytes.length);
      const over = () => events.overBudget(worker, `analysis exceeded ${seconds} s`);
      worker.current = { id: message.started, timer: setTimeout(over, seconds * 1000) };
      return;
    }
    clearTimeout(worker.current?.timer);
    worker.current = null;
    worker.inHand.shift();
    if (!worker.inHand.length) thread.unref();
    events.finished(message.id, message.result);
  });
  const onStop = (error: Error & { code?: string }) => {
    if (worker.stopped) return;
    if (!worker.current) {
      worker.stopped = true;
      events.failed(error);
    } else if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
      events.overBudget(worker, `analysis exceeded ${budget.megabytes} MB of memory`);
    else events.overBudget(worker, `analysis stopped its worker: ${error.message}`);
  };
  // What stopped it is told on 'exit', once every message it sent before (that it started a file) is delivered.
  let error: Error | null = null;
  thread.on('error', (e) => (error ??= e));
  thread.on('exit', (code) => onStop(error ?? new Error(`exit code ${code}`)));
  return worker;
}

/** Stops `worker`'s thread and timer; what it still sends is ignored. */
function stopWorker(worker: PoolWorker): Promise<number> {
  worker.stopped = true;
  clearTimeout(worker.current?.timer);
  return worker.thread.terminate();
}

/**
 * Makes the setup once the workers are started, so that they load the analysers meanwhile (on a first build, while
 * the taxonomy is parsed), and sends it to each; stops them when it cannot be made.
 */
function sendSetup(setup: AnalysisWorkerSetup | (() => AnalysisWorkerSetup), workers: PoolWorker[]) {
  let ready: AnalysisWorkerSetup;
  try {
    ready = typeof setup === 'function' ? setup() : setup;
  } catch (error) {
    for (const worker of workers) void stopWorker(worker);
    throw error;
  }
  for (const worker of workers) worker.thread.postMessage(ready);
  return ready;
}

/** A job's promise, to settle. */
interface PendingJob {
  resolve: (result: AnalyzedArticle | Rejection) => void;
  reject: (error: Error) => void;
}

/** Starts `size` workers running `workerModule` (a module name as `startWorker` takes it) under `budget`. */
export function createAnalysisPool(
  setup: AnalysisWorkerSetup | (() => AnalysisWorkerSetup),
  size = analysisWorkerCount(),
  budget = DEFAULT_ANALYSIS_BUDGET,
  workerModule = ANALYSIS_WORKER,
): AnalysisPool {
  const pending = new Map<number, PendingJob>();
  const queue: AnalysisJob[] = [];
  let nextId = 0;
  let failure: Error | null = null;
  const dispatch = () => {
    while (queue.length) {
      const idle = workers.reduce((best, w) => (w.inHand.length < best.inHand.length ? w : best));
      if (idle.inHand.length >= JOBS_PER_WORKER) return;
      const job = queue.shift()!;
      idle.inHand.push(job);
      idle.thread.ref();
      idle.thread.postMessage(job);
    }
  };
  const events: PoolEvents = {
    finished(id, result) {
      pending.get(id)?.resolve(result);
      pending.delete(id);
      dispatch();
    },
    // The file it was on is rejected; the files it held after it go to a new worker in its place.
    overBudget(worker, reason) {
      void stopWorker(worker);
      const [job, ...rest] = worker.inHand;
      queue.unshift(...rest);
      workers[workers.indexOf(worker)] = startPoolWorker(ready, budget, events, workerModule);
      events.finished(job!.id, { file: job!.file, code: 'analysis-budget', reason });
    },
    failed(error) {
      failure ??= new Error(`an analysis worker stopped: ${error.message}`);
      for (const job of pending.values()) job.reject(failure);
      pending.clear();
    },
  };
  const workers = Array.from({ length: size }, () => startPoolWorker(null, budget, events, workerModule));
  const ready = sendSetup(setup, workers);
  return {
    analyze(file, bytes, hash) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        queue.push({ id, file, bytes, hash });
        dispatch();
      });
    },
    async close() {
      await Promise.all(workers.map(stopWorker));
    },
  };
}
