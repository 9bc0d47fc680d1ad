/**
 * Test helpers: a worker that stands in for the analysis worker in the pool's tests. It answers each file at once,
 * except "endless.txt" (never done), "greedy.txt" (takes memory until there is none) and "crash.txt" (throws).
 */
import { parentPort } from 'node:worker_threads';
import type { AnalysisJob, AnalysisWorkerMessage } from '../../src/build/analysis-pool.ts';

const send = (message: AnalysisWorkerMessage) => parentPort!.postMessage(message);
const held: number[][] = [];

let setUp = false;
parentPort!.on('message', (job: AnalysisJob) => {
  // The first message is the setup, which a stand-in does not need.
  if (!setUp) {
    setUp = true;
    return;
  }
  send({ started: job.id });
  if (job.file === 'endless.txt') for (;;);
  if (job.file === 'greedy.txt') for (;;) held.push(Array.from({ length: 100_000 }, (_, i) => i));
  if (job.file === 'crash.txt') throw new Error('the analysis broke');
  send({ id: job.id, result: { file: job.file, code: 'stand-in', reason: `${job.bytes.length} bytes read` } });
});
