/**
 * Build: a worker thread of the analysis pool (`analysis-pool.ts`). It loads the analysers and compiles the
 * taxonomy it is given once, then analyses the files it is sent, saying when it starts each (the pool times it
 * from there) and answering each with its analysis or its rejection.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeFile, createAnalysisContext } from '../analyze/index.ts';
import type { AnalysisJob, AnalysisWorkerMessage, AnalysisWorkerSetup } from './analysis-pool.ts';

const setup = workerData as AnalysisWorkerSetup;
const context = createAnalysisContext(setup.taxonomy, { retrieved: setup.retrieved });
const send = (message: AnalysisWorkerMessage) => parentPort!.postMessage(message);
parentPort!.on('message', (job: AnalysisJob) => {
  send({ started: job.id });
  send({ id: job.id, result: analyzeFile(job.file, job.bytes, context, job.hash) });
});
