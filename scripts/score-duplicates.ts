/**
 * `npm run score:duplicates`: precision and recall of duplicate grouping on the labelled set in
 * tests/quality/duplicates, then the time to check one new article against a 10,000-article index built from
 * the shared corpus (../shared/corpus; that part is skipped with a message when the corpus is absent).
 */
import { readScriptOptions } from '../src/cli/args.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../src/build/index.ts';
import {
  addToIndex,
  createDuplicateIndex,
  findDuplicates,
  fingerprintText,
  groupDuplicates,
  NEAR_DUPLICATE_THRESHOLD,
  scoreGrouping,
} from '../src/dedupe/index.ts';
import { loadDuplicateSet } from '../src/quality/duplicate-set.ts';

// It takes no argument: a wrong one is said in one line, before any work.
readScriptOptions('npm run score:duplicates', {});

const CORPUS_DIR = path.join(REPO_ROOT, '..', 'shared', 'corpus');
/** Size of the synthetic archive the timing is measured against, as the issue asks. */
const ARCHIVE_SIZE = 10_000;

function scoreSet(): string[] {
  const set = loadDuplicateSet();
  const { kept, duplicates } = groupDuplicates(set.articles);
  const predicted = new Map<string, string>(kept.map((a) => [a.file, a.file]));
  for (const d of duplicates) predicted.set(d.file, d.duplicateOf);
  const score = scoreGrouping(predicted, set.labels);
  return [
    `duplicate set: ${set.articles.length} files, ${new Set(set.labels.values()).size} stories; threshold ${NEAR_DUPLICATE_THRESHOLD}`,
    `  grouped: ${duplicates.length} duplicates (${duplicates.filter((d) => d.kind === 'exact').length} exact), lowest similarity ${Math.min(...duplicates.map((d) => d.similarity)).toFixed(3)}`,
    `  precision ${score.precision.toFixed(3)}  recall ${score.recall.toFixed(3)}`,
    ...score.falsePairs.map(([a, b]) => `  wrongly grouped: ${a} + ${b}`),
    ...score.missedPairs.map(([a, b]) => `  missed: ${a} + ${b}`),
  ];
}

/** mulberry32: reproducible choices for the synthetic archive. */
function makeRng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Corpus articles, then articles made of random corpus sentences until there are ARCHIVE_SIZE. */
function synthesiseArchive(): string[] {
  const texts = readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(path.join(CORPUS_DIR, d.name))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(path.join(CORPUS_DIR, d.name, f), 'utf8')),
    );
  const sentences = texts.flatMap((t) => t.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 40);
  const rng = makeRng(9);
  const out = texts.slice(0, ARCHIVE_SIZE);
  while (out.length < ARCHIVE_SIZE) {
    const count = 8 + Math.floor(rng() * 20);
    out.push(Array.from({ length: count }, () => sentences[Math.floor(rng() * sentences.length)]).join(' '));
  }
  return out;
}

function timeChecks(): string[] {
  if (!existsSync(CORPUS_DIR)) return ['timing: skipped, the shared corpus (../shared/corpus) is not there'];
  const archive = synthesiseArchive();
  const index = createDuplicateIndex<number>();
  const built = performance.now();
  archive.forEach((text, i) => addToIndex(index, i, fingerprintText(text)));
  const buildSeconds = (performance.now() - built) / 1000;
  const queries = loadDuplicateSet().articles.map((a) => a.text);
  const times: number[] = [];
  let found = 0;
  for (const text of queries) {
    const start = performance.now();
    found += findDuplicates(index, fingerprintText(text)).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
  return [
    `timing: index of ${archive.length} articles built in ${buildSeconds.toFixed(1)}s`,
    `  check one new article (fingerprint + lookup), ${queries.length} articles: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms (${found} matches)`,
  ];
}

console.log([...scoreSet(), ...timeChecks()].join('\n'));
