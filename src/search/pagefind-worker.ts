/**
 * Search stage: a worker thread that runs Pagefind for `writeSearchIndex`. Pagefind's Node API waits on the
 * thread that feeds it; in a thread of its own it keeps indexing while the build's thread renders pages. It
 * starts before the build knows what to index. Each run is two messages: the indexes to make, then the build's
 * thread allowing it to build them. It indexes and builds them one after another (Pagefind's process closed after
 * each shard of the base but the last), reporting its progress, and answers with the files of each, for the
 * build's thread to write. Without `workerData.keep` it stops after one run; kept (`npm run dev`), it
 * waits for the next with Pagefind's process started.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { isLoadedBySearchPage, WORD_TABLE_FILE } from '../output/index.ts';
import { releaseMemory, worthReleasing } from '../release-memory.ts';
import type { IndexFile, PagefindJob } from './index-site.ts';
import type { SearchRecord } from './records.ts';
import { WordCounter } from './word-table.ts';

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

/** The next message from the build's thread (messages wait in the port until one is taken). */
const nextMessage = () => new Promise<unknown>((resolve) => parentPort!.once('message', resolve));

/**
 * Adds the job's records to a new Pagefind index and, once `mayBuild` resolves, has Pagefind build it in memory:
 * the files the search page loads, with the index's word table (`word-table.ts`) counted from the records as they
 * go. The records are let go once Pagefind has them, and the index once its files are out: building is when
 * Pagefind needs the most memory. Pagefind writing its files itself took longer than building them, in more than a
 * hundred threads.
 */
async function indexRecords(job: PagefindJob, mayBuild: Promise<unknown>): Promise<IndexFile[]> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: job.language });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const records: Array<SearchRecord | null> = job.records;
  job.records = [];
  const words = new WordCounter();
  let next = 0;
  const send = async () => {
    while (next < records.length) {
      const record = records[next]!;
      records[next++] = null;
      words.add(record.content);
      const response = await index.addCustomRecord(record);
      if (response.errors.length) throw new Error(`Pagefind rejected ${record.url}: ${response.errors.join('; ')}`);
      onRecord();
    }
  };
  await Promise.all(Array.from({ length: RECORDS_IN_FLIGHT }, send));
  await mayBuild;
  // The records this thread received and let go are still on its heap: a base index's are the archive's text.
  if (job.kind !== 'delta' && worthReleasing(records.length)) releaseMemory();
  const built = await index.getFiles();
  if (built.errors.length) throw new Error(`Pagefind could not build its index: ${built.errors.join('; ')}`);
  await index.deleteIndex();
  const wordTable = { path: WORD_TABLE_FILE, content: Buffer.from(JSON.stringify(words.table())) };
  return [...built.files.filter((file) => isLoadedBySearchPage(job.kind, file.path)), wordTable];
}

const keep = (workerData as { keep?: boolean } | null)?.keep === true;
try {
  do {
    const jobs = (await nextMessage()) as PagefindJob[];
    const mayBuild = nextMessage();
    done = 0;
    const built: IndexFile[][] = [];
    for (const [i, job] of jobs.entries()) {
      built.push(await indexRecords(job, mayBuild));
      // Pagefind's process keeps what a shard of the base took; closed, it starts afresh for the next shard, so
      // its memory peaks at one shard's.
      if (job.kind !== 'delta' && i + 1 < jobs.length) await pagefind.close();
    }
    parentPort!.postMessage({ built });
  } while (keep);
} catch (error) {
  parentPort!.postMessage({ error: (error as Error).message });
} finally {
  await pagefind.close();
}
