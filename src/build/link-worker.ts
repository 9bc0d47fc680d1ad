/**
 * Build: a worker thread that links files of the previous build into the new output for `write-output.ts`. At
 * 10,000 articles, keeping the unchanged pages is 10,000 folders and 20,000 links, over a second of system calls
 * that this thread makes while the build's thread renders. Answers once, with how many files it linked or why it
 * stopped. Touches the disk.
 */
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { createFolderMaker, linkOrCopy } from './write-output.ts';

export interface LinkJob {
  /** The folder being built, under which the targets are. */
  stagingDir: string;
  /** Each previous file, and where it goes. */
  pairs: Array<[string, string]>;
}

export type LinkResult = { linked: number } | { error: string };

const { stagingDir, pairs } = workerData as LinkJob;
const makeFolder = createFolderMaker(stagingDir);
let result: LinkResult;
try {
  for (const [previous, target] of pairs) {
    makeFolder(path.dirname(target));
    if (!linkOrCopy(previous, target)) throw new Error(`the previous build's ${previous} went missing during the build`);
  }
  result = { linked: pairs.length };
} catch (error) {
  result = { error: (error as Error).message };
}
parentPort!.postMessage(result);
