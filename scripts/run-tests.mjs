/**
 * The test runner of `npm test`: `node scripts/run-tests.mjs tests/browser tests/integration tests/unit` runs every
 * `*.test.ts` under the folders given in one process per core, each process importing test files one after the other
 * under the TypeScript loader. A test file then pays no process start and no loading of the project's modules of its
 * own, which were most of the unit tests' time when node:test gave each file its own process (Node 20 has no option
 * to share one). The files wait in one queue, in the order of the folders given, and a process takes the next file
 * when its tests have finished, so a process that drew long files does not leave the others idle: give the folders
 * of the longest files first and the many short files fill the gaps at the end. Files share a process, so a test
 * file must leave no global state behind (working directory, environment, open handles). Each process's report
 * (where each file ends with an empty suite named `FILE: end`) is printed when it ends, then the tests passed and
 * failed in all; the exit code is non-zero when a test failed or a process ended abnormally. `--processes N` sets
 * the number of processes. `--also SCRIPT` (repeatable) runs `npm run SCRIPT` beside the tests, as `npm test` runs
 * the type check and the linters: they use the cores while the tests wait on builds and the browser; each one's
 * output is printed when it ends, and its failure fails the run. The test files and the project's modules they import
 * run from their sources under the TypeScript loader, but the worker threads and page templates a build starts run
 * the code compiled from the same sources (`scripts/compiled-code.mjs`, compiled first when a source changed), as
 * `npm run build` runs them: a worker thread under the loader paid about 0.8 s more CPU time to load the analysers,
 * on each of the suite's builds. Plain JavaScript: it starts the TypeScript loader, it does not run under it.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COMPILED_MARK, compiledCode } from './compiled-code.mjs';

const TAKE_FILES = '--take-files';

/** Every test file under `folder`, sorted. */
function testFiles(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Runs one process, answering each of its requests with the next file of `queue` (none when it is empty); its
 * threads and templates run the compiled code `compiled` (as `compiledCode` gives it).
 */
function runProcess(queue, compiled) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--test-reporter=spec', fileURLToPath(import.meta.url), TAKE_FILES, JSON.stringify(compiled)],
    { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
  );
  let files = 0;
  let report = '';
  child.stdout.on('data', (chunk) => (report += chunk));
  child.stderr.on('data', (chunk) => (report += chunk));
  child.on('message', () => {
    const file = queue.shift() ?? null;
    if (file) files++;
    child.send({ file });
  });
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, report, files })));
}

/** Runs `npm run SCRIPT` and resolves with its exit code and output. */
function runScript(script) {
  const child = spawn('npm', ['run', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, output })));
}

/** The number the spec reporter's summary gives for `word` (pass, fail). */
function count(report, word) {
  const summary = [...report.matchAll(new RegExp(`^ℹ ${word} (\\d+)$`, 'gm'))].at(-1);
  return summary ? Number(summary[1]) : 0;
}

/** The folders, the number of processes and the scripts to run beside the tests, from the command's arguments. */
function parseArguments(args) {
  const parsed = { folders: [], processes: availableParallelism(), scripts: [] };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--processes') parsed.processes = Number(args[++i]);
    else if (args[i] === '--also') parsed.scripts.push(args[++i]);
    else parsed.folders.push(args[i]);
  }
  const valid = Number.isInteger(parsed.processes) && parsed.processes >= 1 && parsed.folders.length > 0;
  if (!valid || parsed.scripts.some((script) => !script)) {
    process.stderr.write('usage: node scripts/run-tests.mjs [--processes N] [--also SCRIPT]… FOLDER…\n');
    process.exit(2);
  }
  return parsed;
}

/** Runs each script beside the tests; resolves with the ones that failed. */
async function runScripts(scripts) {
  const results = await Promise.all(
    scripts.map(async (script) => {
      const { code, signal, output } = await runScript(script);
      const ending = code === 0 ? 'passed' : `failed (${signal ?? `exit code ${code}`})`;
      process.stdout.write(`\n── npm run ${script}: ${ending} ──\n${output}`);
      return code === 0 ? null : script;
    }),
  );
  return results.filter((script) => script !== null);
}

async function main(args) {
  const { folders, processes, scripts } = parseArguments(args);
  const scriptsFailed = runScripts(scripts);
  const compiled = await compiledCode();
  const queue = folders.flatMap(testFiles);
  const running = Math.min(processes, queue.length);
  process.stdout.write(`${queue.length} test files of ${folders.join(', ')} in ${running} processes\n`);
  let passed = 0;
  let failed = 0;
  let broken = 0;
  await Promise.all(
    Array.from({ length: running }, async (_, i) => {
      const { code, signal, report, files } = await runProcess(queue, compiled);
      process.stdout.write(`\n── process ${i + 1} of ${running}: ${files} files ──\n${report}`);
      passed += count(report, 'pass');
      failed += count(report, 'fail');
      if (code !== 0 && count(report, 'fail') === 0) {
        broken++;
        process.stdout.write(`process ${i + 1} ended with ${signal ?? `exit code ${code}`} and no test failed\n`);
      }
    }),
  );
  const failedScripts = await scriptsFailed;
  process.stdout.write(
    `\n${passed} tests passed, ${failed} failed${broken ? `, ${broken} processes ended abnormally` : ''}` +
      `${failedScripts.map((script) => `; npm run ${script} failed`).join('')}\n`,
  );
  process.exitCode = failed > 0 || broken > 0 || failedScripts.length > 0 ? 1 : 0;
}

/** The next file of the runner's queue, or null when it is empty. */
function nextFile() {
  return new Promise((resolve) => {
    process.once('message', ({ file }) => resolve(file));
    process.send('next');
  });
}

if (process.argv[2] === TAKE_FILES) {
  globalThis[COMPILED_MARK] = JSON.parse(process.argv[3]);
  // Top-level tests run one after the other, so the empty suite after a file's tests ends when they have ended.
  // A file that throws while loading is a failed test, and the files after it still run.
  const { describe, test } = await import('node:test');
  for (let file = await nextFile(); file; file = await nextFile()) {
    await import(pathToFileURL(path.resolve(file)).href).catch((error) =>
      test(`${file} loads`, () => {
        throw error;
      }),
    );
    await describe(`${file}: end`, () => {});
  }
  process.disconnect();
} else {
  await main(process.argv.slice(2));
}
