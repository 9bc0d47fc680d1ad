/**
 * Where the project's own code runs from: its TypeScript sources under the TypeScript loader (tsx), or the copy
 * that `scripts/run.mjs` compiled (how the commands run), which it marks before loading a command. Knows the
 * repository's folder and its default archive, and starts worker threads on the same code as the thread that starts them. Runs threads.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** What `scripts/run.mjs` sets, under this global symbol, before it loads a compiled command. */
interface Compiled {
  /** The repository. */
  root: string;
  /** The folder of the compiled modules, laid out as the sources are, with `.mjs` for `.ts`. */
  dir: string;
}

const COMPILED = Symbol.for('news-archive.compiled');
const compiled = ((globalThis as Record<symbol, unknown>)[COMPILED] as Compiled | undefined) ?? null;

/** The repository's folder (this module's own folder is not, once it is compiled). */
export const REPO_ROOT = compiled?.root ?? path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

/** The archive the commands build when given no `--content`: the repository's own `content/`, its seeds. */
export const DEFAULT_CONTENT_DIR = path.join(REPO_ROOT, 'content');

/** The folder of the project's modules that this process loads for the source folder `folder` (relative to the repository). */
export function codeFolder(folder: string): string {
  return path.join(compiled?.dir ?? REPO_ROOT, folder);
}

/** The file this process loads for the project's module `name` (relative to the repository, without extension). */
export function modulePath(name: string): string {
  return `${codeFolder(name)}${compiled ? '.mjs' : '.ts'}`;
}

/**
 * Starts a worker thread running the project's module `name` (see `modulePath`), which reads `workerData`. A
 * worker thread inherits neither the TypeScript loader nor the compiled mark, so its first code sets up the one
 * this thread has, then imports the module. `options.resourceLimits` bounds the worker's memory.
 */
export function startWorker(
  name: string,
  workerData: unknown,
  options: { resourceLimits?: ResourceLimits } = {},
): Worker {
  const entry = JSON.stringify(pathToFileURL(modulePath(name)).href);
  const code = compiled
    ? `globalThis[Symbol.for('news-archive.compiled')] = ${JSON.stringify(compiled)}; import(${entry});`
    : `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${entry}); });`;
  return new Worker(code, { eval: true, workerData, ...options });
}
