/**
 * Where the project's own code runs from: its TypeScript sources under the TypeScript loader (tsx), or the copy
 * that `scripts/run.mjs` compiled (how the commands run), which it marks before loading a command. Knows the
 * repository's folder and its default archive, keeps what is derived from the compiled code beside it, and starts
 * worker threads on the same code as the thread that starts them. Runs threads; writes into the compiled folder.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** What `scripts/run.mjs` sets, under this global symbol, before it loads a compiled command. */
interface Compiled {
  /** The repository. */
  root: string;
  /** The folder of the compiled modules, laid out as the sources are, with `.mjs` for `.ts`. */
  dir: string;
  /** Eleventy bundled with the libraries it imports, one module. */
  eleventy: string;
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

/** What this process imports for Eleventy: compiled, Eleventy's bundle (`scripts/compiled-code.mjs`), else its package. */
export function eleventyModule(): string {
  return compiled ? pathToFileURL(compiled.eleventy).href : '@11ty/eleventy';
}

/**
 * What `make` derives from the project's own files alone (`src/`, `templates/`: a fingerprint of its code), made once
 * for the compiled code this process runs and kept in that code's folder under `key`, which names what is derived
 * and from what (the dependency versions too, which the folder does not hold). The folder is compiled from exactly
 * those files and used only while they are unchanged, so every process running it would make the same. Made each
 * time by a process that runs no compiled code (under the TypeScript loader alone the sources are the code, and may
 * change while it runs), and made and not kept when the folder cannot be written.
 */
export function derivedFromCode(key: string, make: () => string): string {
  if (!compiled) return make();
  const file = path.join(compiled.dir, 'derived', createHash('sha256').update(key).digest('hex'));
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // Not made yet for this code.
  }
  const value = make();
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temporary, value);
    renameSync(temporary, file);
  } catch {
    // The next process makes it again.
  }
  return value;
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
