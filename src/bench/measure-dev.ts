/**
 * Bench: how long `npm run dev` takes to show a change: from writing an article's file to the open tab told to
 * reload, once the new site is swapped in whole (its page, the listings and tag pages that show it, and the search
 * index's delta land together); the build report written after it tells that the article was published. Runs the
 * command; touches the disk.
 */
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BuildReport } from '../report/index.ts';

/** How often the report is looked at while a change is awaited. */
const POLL_MS = 10;
/** Longest wait for one change to show, or for the first build. */
const TIMEOUT_MS = 600_000;

export interface DevLoopOptions {
  repoRoot: string;
  contentDir: string;
  outDir: string;
  cacheDir: string;
  /** Folder the command runs in: its build report is written in its `.cache/`. */
  workDir: string;
  port: number;
}

const reportTime = (file: string) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
};

/** The report at `file`, or null while it cannot be read whole. */
function readReport(file: string): BuildReport | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BuildReport;
  } catch {
    return null;
  }
}

/** Waits until the report at `file` is newer than `since`, and returns it. */
async function nextReport(file: string, since: number, running: () => boolean): Promise<BuildReport> {
  const until = performance.now() + TIMEOUT_MS;
  for (;;) {
    const report = reportTime(file) > since ? readReport(file) : null;
    if (report) return report;
    if (!running()) throw new Error('npm run dev stopped');
    if (performance.now() > until) throw new Error('npm run dev never finished a build');
    await sleep(POLL_MS);
  }
}

/** The reloads the dev server tells its tabs of, listened to as a tab listens (its live-reload event stream). */
interface ReloadListener {
  /** When each reload was told, as `performance.now()`, in order. */
  times: number[];
  close(): void;
}

/** Listens to the live-reload stream of the dev server at `port`, trying until the server answers. */
async function listenForReloads(port: number, running: () => boolean): Promise<ReloadListener> {
  const until = performance.now() + TIMEOUT_MS;
  for (;;) {
    const response = await new Promise<http.IncomingMessage | null>((resolve) => {
      http.get(`http://127.0.0.1:${port}/.live-reload`, resolve).on('error', () => resolve(null));
    });
    if (response?.statusCode === 200) {
      const times: number[] = [];
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        if (chunk.includes('data: reload')) times.push(performance.now());
      });
      return { times, close: () => response.destroy() };
    }
    response?.resume();
    if (!running()) throw new Error('npm run dev stopped');
    if (performance.now() > until) throw new Error('npm run dev never served its site');
    await sleep(POLL_MS);
  }
}

/** The content hash the report at `file` gives `article`, or null. */
const publishedHash = (report: BuildReport | null, article: string) =>
  report?.published.find((p) => p.file === article)?.hash ?? null;

/** True when the report files `article` as a duplicate of another or rejects it: the site never shows it. */
const filedAside = (report: BuildReport | null, article: string) =>
  !!report && (report.duplicates.some((d) => d.file === article) || report.rejected.some((r) => r.file === article));

/**
 * Starts `npm run dev` on the archive, waits for its first build, then makes each change in turn and measures
 * the seconds until the open tab is told to reload for the build that publishes it, or null for a change the build
 * files as a duplicate or rejects (a generated article can come close to another); `changes[i]` returns the file
 * it wrote.
 */
export async function measureDevLoop(
  options: DevLoopOptions,
  changes: Array<() => string>,
): Promise<Array<number | null>> {
  const reportFile = path.join(options.workDir, '.cache', 'build-report.json');
  const since = reportTime(reportFile);
  const args = ['dev', '--content', options.contentDir, '--out', options.outDir, '--cache', options.cacheDir];
  const dev = spawn(
    process.execPath,
    [path.join(options.repoRoot, 'scripts', 'run.mjs'), ...args, '--port', String(options.port)],
    { cwd: options.workDir, detached: true, stdio: 'ignore' },
  );
  let running = true;
  dev.on('exit', () => (running = false));
  try {
    await nextReport(reportFile, since, () => running);
    const reloads = await listenForReloads(options.port, () => running);
    try {
      const seconds: Array<number | null> = [];
      for (const change of changes) {
        const previous = readReport(reportFile);
        let since = reportTime(reportFile);
        const started = performance.now();
        const file = change();
        // A build started before the change (a change told twice) reloads too: the build that shows the change
        // is the first whose report publishes the file with new bytes, and its reload the last told before it.
        for (;;) {
          const report = await nextReport(reportFile, since, () => running);
          since = reportTime(reportFile);
          if (filedAside(report, file) && !filedAside(previous, file)) {
            seconds.push(null);
            break;
          }
          const hash = publishedHash(report, file);
          if (hash === null || hash === publishedHash(previous, file)) continue;
          // (A dev process that reloads only after its report, as before 2026-12-05, reloads just after it.)
          while (!reloads.times.some((time) => time > started)) {
            if (!running) throw new Error('npm run dev stopped');
            await sleep(POLL_MS);
          }
          seconds.push((reloads.times.at(-1)! - started) / 1000);
          break;
        }
      }
      return seconds;
    } finally {
      reloads.close();
    }
  } finally {
    if (running) process.kill(-dev.pid!, 'SIGTERM');
  }
}
