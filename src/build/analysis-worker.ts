/**
 * Build: a worker thread of the analysis pool (`analysis-pool.ts`). It loads the taxonomy and the analysers once,
 * then analyses the files it is sent, answering each with its analysis or its rejection.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalysisContext } from '../analyze/index.ts';
import { loadTaxonomy } from '../taxonomy/index.ts';
import { analyzeFile } from './analyze-file.ts';
import type { AnalysisJob, AnalysisWorkerSetup } from './analysis-pool.ts';

const setup = workerData as AnalysisWorkerSetup;
const context = createAnalysisContext(loadTaxonomy(setup.taxonomyDir, setup.taxonomyLabel), { retrieved: setup.retrieved });
parentPort!.on('message', (job: AnalysisJob) => parentPort!.postMessage({ id: job.id, result: analyzeFile(job.file, job.bytes, context) }));
