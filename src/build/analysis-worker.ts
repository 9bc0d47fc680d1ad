/**
 * Build: a worker thread of the analysis pool (`analysis-pool.ts`). It loads the analysers, compiles the
 * taxonomy its first message gives it, then analyses the files it is sent, saying when it starts each (the pool times it
 * from there) and answering each with its analysis or its rejection. Every article is matched against the gazetteer's
 * place names, so their matcher (its names by first word) is made as soon as the analysers are loaded, while the build
 * may still be making the taxonomy it sends (on a first build): else the first file would wait for it.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeFile, createAnalysisContext } from '../analyze/index.ts';
import { placeMatcher } from '../tag/gazetteer.ts';
import type { AnalysisJob, AnalysisWorkerMessage, AnalysisWorkerSetup } from './analysis-pool.ts';

let context: ReturnType<typeof createAnalysisContext> | null = null;
const send = (message: AnalysisWorkerMessage) => parentPort!.postMessage(message);
parentPort!.on('message', (message: AnalysisWorkerSetup | AnalysisJob) => {
  if (!context) {
    const setup = message as AnalysisWorkerSetup;
    context = createAnalysisContext(setup.taxonomy, { retrieved: setup.retrieved });
    return;
  }
  const job = message as AnalysisJob;
  send({ started: job.id });
  send({ id: job.id, result: analyzeFile(job.file, job.bytes, context, job.hash) });
});
placeMatcher();
