/**
 * Build: worker threads that analyse articles side by side, one per core, so a build that analyses thousands of
 * articles uses the whole machine. Each worker is given the taxonomy this thread loaded and loads the analysers
 * itself; files are handed out a few at a time to whichever worker has the fewest in hand. Runs threads.
 */
import { availableParallelism } from 'node:os';
import type { Taxonomy } from '../taxonomy/index.ts';
import type { AnalyzedArticle, Rejection } from '../types.ts';
import { startWorker } from '../runtime.ts';

/** What a worker needs to set itself up. */
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

export function createAnalysisPool(setup: AnalysisWorkerSetup, size = analysisWorkerCount()): AnalysisPool {
  const pending = new Map<
    number,
    { resolve: (result: AnalyzedArticle | Rejection) => void; reject: (error: Error) => void }
  >();
  const queue: AnalysisJob[] = [];
  const workers = Array.from({ length: size }, () => ({
    thread: startWorker('src/build/analysis-worker', setup),
    inHand: 0,
  }));
  let nextId = 0;
  let failure: Error | null = null;
  let closing = false;
  const dispatch = () => {
    while (queue.length) {
      const idle = workers.reduce((best, w) => (w.inHand < best.inHand ? w : best));
      if (idle.inHand >= JOBS_PER_WORKER) return;
      idle.inHand++;
      idle.thread.postMessage(queue.shift());
    }
  };
  const fail = (error: Error) => {
    failure ??= new Error(`an analysis worker stopped: ${error.message}`);
    for (const job of pending.values()) job.reject(failure);
    pending.clear();
  };
  for (const worker of workers) {
    worker.thread.on('message', ({ id, result }: { id: number; result: AnalyzedArticle | Rejection }) => {
      worker.inHand--;
      pending.get(id)?.resolve(result);
      pending.delete(id);
      dispatch();
    });
    worker.thread.on('error', fail);
    worker.thread.on('exit', (code) => {
      if (!closing) fail(new Error(`exit code ${code}`));
    });
  }
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
      closing = true;
      await Promise.all(workers.map((w) => w.thread.terminate()));
    },
  };
}
