/** Test helpers: the files of a folder, and their contents' hashes to compare two states of a site whole. */
export { listFiles, snapshotTree } from '../../src/quality/site-files.ts';
