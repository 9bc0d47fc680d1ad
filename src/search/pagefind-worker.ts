/**
 * Search stage: a worker thread that runs Pagefind for `writeSearchIndex`. Pagefind's Node API waits on the
 * thread that feeds it; in a thread of its own it keeps indexing while the build's thread renders pages. It
 * starts before the build knows what to index: its first message holds the indexes to make, which it indexes in
 * turn, reporting its progress; it builds them once the build's thread allows it (a second message), and answers
 * with the files of each, for the build's thread to write.
 */
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { isLoadedBySearchPage } from '../output/index.ts';
import { releaseMemory } from '../release-memory.ts';
import type { IndexFile, PagefindJob } from './index-site.ts';
import type { SearchRecord } from './records.ts';
import { WORD_TABLE_FILE, WordCounter } from './word-table.ts';

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

/** The first message: the jobs. */
const jobs = new Promise<PagefindJob[]>((resolve) => parentPort!.once('message', resolve));
/** The second: the build's thread says Pagefind may build (its pages are rendered, their memory free). */
const mayBuild = jobs.then(() => new Promise<void>((resolve) => parentPort!.once('message', () => resolve())));

/**
 * Adds the job's records to a new Pagefind index and, once allowed, has Pagefind build it in memory: the files
 * the search page loads, with the index's word table (`word-table.ts`) counted from the records as they go. The records are let go once Pagefind has them, and the index once its files are out: building
 * is when Pagefind needs the most memory. Pagefind writing its files itself took longer than building them, in
 * more than a hundred threads.
 */
async function indexRecords(job: PagefindJob): Promise<IndexFile[]> {
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
  if (job.kind === 'base') releaseMemory();
  const built = await index.getFiles();
  if (built.errors.length) throw new Error(`Pagefind could not build its index: ${built.errors.join('; ')}`);
  await index.deleteIndex();
  const wordTable = { path: WORD_TABLE_FILE, content: Buffer.from(JSON.stringify(words.table())) };
  return [...built.files.filter((file) => isLoadedBySearchPage(job.kind, file.path)), wordTable];
}

try {
  const built: IndexFile[][] = [];
  for (const job of await jobs) built.push(await indexRecords(job));
  parentPort!.postMessage({ built });
} catch (error) {
  parentPort!.postMessage({ error: (error as Error).message });
} finally {
  await pagefind.close();
}
