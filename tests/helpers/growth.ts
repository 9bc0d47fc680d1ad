/** Test helpers: how an input's analysis time grows with its length, as a ratio between two sizes (no clock limit). */
import { fingerprintText } from '../../src/dedupe/index.ts';
import { isRejection, readArticle } from '../../src/read/index.ts';
import { analyzeArticle } from '../../src/analyze/index.ts';
import { defaultContext } from './pipeline.ts';

/** Runs per size: the least of them is the one least disturbed by garbage collection and the other tests. */
const RUNS = 3;

/**
 * Milliseconds of CPU time to read, analyse and fingerprint `text` as the file `file`: the least of `RUNS` runs.
 * CPU time rather than time on the clock, which other processes on a shared machine stretch.
 */
export function analysisTime(file: string, text: string): number {
  const bytes = new TextEncoder().encode(text);
  let least = Infinity;
  for (let run = 0; run < RUNS; run++) {
    const started = process.cpuUsage();
    const raw = readArticle(file, bytes);
    if (!isRejection(raw)) fingerprintText(analyzeArticle(raw, defaultContext()).text);
    const used = process.cpuUsage(started);
    least = Math.min(least, (used.user + used.system) / 1000);
  }
  return least;
}

/**
 * Largest ratio accepted for ten times the input. Linear analysis measures 9 to 13 on a quiet machine, up to 20 on
 * multi-megabyte inputs (the garbage collector's work grows with the live heap), and up to 34 on a machine loaded
 * eight times over (its helper threads wait for the cores); the quadratic code this guards against measured 60 to
 * 100.
 */
export const LINEAR_GROWTH = 40;

/** Measurements of a ratio before it counts as over the bound: a pause of the machine is not repeated each time. */
const ATTEMPTS = 3;
/**
 * CPU time the smaller input must take, in milliseconds: below it, fixed costs and the smaller input fitting the
 * fastest memory make even linear code look ten to thirty times slower on ten times the input.
 */
const MIN_SMALL_MS = 15;
/** Doublings of the smaller input at most, looking for `MIN_SMALL_MS`. */
const MAX_DOUBLINGS = 5;

/**
 * How much longer the input made by `make(10 * m)` takes than the one made by `make(m)`, where `m` is `n` doubled
 * until its input takes `MIN_SMALL_MS`: the least of a few measurements, taken again only while over
 * `LINEAR_GROWTH`. Linear time gives about 10, quadratic about 100 every time.
 */
export function growthOfTenfold(file: string, make: (n: number) => string, n: number): number {
  let size = n;
  let smallTime = analysisTime(file, make(size));
  for (let doubling = 0; doubling < MAX_DOUBLINGS && smallTime < MIN_SMALL_MS; doubling++)
    smallTime = analysisTime(file, make((size *= 2)));
  const small = make(size);
  const large = make(10 * size);
  let least = Infinity;
  for (let attempt = 0; attempt < ATTEMPTS && least > LINEAR_GROWTH; attempt++)
    least = Math.min(least, analysisTime(file, large) / Math.max(1, analysisTime(file, small)));
  return least;
}
