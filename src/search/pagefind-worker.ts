/**
 * Search stage: a worker thread that runs Pagefind for `writeSearchIndex`. Pagefind's Node API waits on the
 * thread that feeds it; in a thread of its own it keeps indexing while the build's thread renders pages. It
 * indexes each index it is sent in turn, reports its progress, and answers when all are written.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { PagefindJob } from './index-site.ts';
import type { SearchRecord } from './records.ts';

/**
 * Records sent to Pagefind before waiting for its answers. Sending one at a time waits for a round trip per
 * article; sending all at once buffers the whole archive's text in the pipe. 64 took a third less time than one
 * at a time on 1,000 corpus articles and more did not help.
 */
const RECORDS_IN_FLIGHT = 64;
/** Records between two progress reports. */
const PROGRESS_STEP = 100;

let done = 0;
const onRecord = () => {
  if (++done % PROGRESS_STEP === 0) parentPort!.postMessage({ progress: done });
};

/** Indexes `records` into a new Pagefind index written at `outputPath`. */
async function indexRecords(records: SearchRecord[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let next = 0;
  const send = async () => {
    while (next < records.length) {
      const record = records[next++]!;
      const response = await index.addCustomRecord(record);
      if (response.errors.length) throw new Error(`Pagefind rejected ${record.url}: ${response.errors.join('; ')}`);
      onRecord();
    }
  };
  await Promise.all(Array.from({ length: RECORDS_IN_FLIGHT }, send));
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
}

try {
  for (const job of workerData as PagefindJob[]) await indexRecords(job.records, job.outputPath);
  parentPort!.postMessage({ done: true });
} catch (error) {
  parentPort!.postMessage({ error: (error as Error).message });
} finally {
  await pagefind.close();
}
