/**
 * Gives the memory of a thread's garbage back to the system before a step that needs much of it. Runs two full
 * garbage collections: the first frees the objects, the second the pages they leave nearly empty (after rendering
 * 10,000 articles, the build's process then holds 360 MiB instead of 740, and 480 after the first alone). Without
 * them, V8 keeps that memory for seconds more. Garbage collection on demand is a V8 flag, turned on here for these
 * calls; each thread collects its own heap. Worth it only for an archive of `RELEASE_FROM` articles or more.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Articles, at least, whose text and model make a heap worth two full collections: a cold build of the five seeds
 * holds 10-60 MiB where it would release memory, and the collections took longer than its search index did; one of
 * 1,000 articles 28-126 MiB, one of 10,000 several times that.
 */
const RELEASE_FROM = 500;

/** Whether a thread that holds `articles` articles' text or model should release memory before a step that needs much. */
export const worthReleasing = (articles: number) => articles >= RELEASE_FROM;

export function releaseMemory(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
}
