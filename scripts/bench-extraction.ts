/**
 * `npm run bench:extraction`: extracts every article of the shared corpus (../shared/corpus beside the repo)
 * several times on one core and prints the median throughput in articles per second. A benchmark, not a test.
 */
import { readScriptOptions } from '../src/cli/args.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT } from '../src/build/index.ts';
import { extractArticle } from '../src/extract/index.ts';
import { isRejection, readArticle } from '../src/read/index.ts';
import type { RawArticle } from '../src/types.ts';

// It takes no argument: a wrong one is said in one line, before any work.
readScriptOptions('npm run bench:extraction', {});

/** Timed runs over the whole corpus; the median of five is steady to a few per cent on a busy machine. */
const RUNS = 5;
const CORPUS_DIR = path.resolve(REPO_ROOT, '..', 'shared', 'corpus');

function listTextFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listTextFiles(full);
    return /\.(txt|md)$/.test(entry.name) && entry.name !== 'README.md' && entry.name !== 'SOURCE.md' ? [full] : [];
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function main(): void {
  if (!existsSync(CORPUS_DIR)) {
    process.stdout.write(`bench:extraction skipped: no corpus at ../shared/corpus (relative to the repo root)\n`);
    return;
  }
  // Reading and decoding are the read stage's work: they happen once, outside the timed runs.
  const articles = listTextFiles(CORPUS_DIR)
    .map((file) => readArticle(path.basename(file), readFileSync(file)))
    .filter((raw): raw is RawArticle => !isRejection(raw));
  const settings = { retrieved: null };
  // One untimed pass: loads the dictionary and lets the JIT compile the hot paths.
  for (const raw of articles) extractArticle(raw, settings);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    for (const raw of articles) extractArticle(raw, settings);
    const used = process.cpuUsage(startCpu);
    wall.push(articles.length / ((performance.now() - start) / 1000));
    cpu.push(articles.length / ((used.user + used.system) / 1e6));
  }
  process.stdout.write(`extracted ${articles.length} articles, ${RUNS} runs on one thread\n`);
  process.stdout.write(
    `wall clock: median ${median(wall).toFixed(0)} articles/s (runs: ${wall.map((r) => r.toFixed(0)).join(', ')})\n`,
  );
  process.stdout.write(
    `CPU time:   median ${median(cpu).toFixed(0)} articles/s (what one core does when other processes share it)\n`,
  );
}

main();
