/**
 * Cache: fingerprints of the code itself (source files and dependency versions), part of every cache key. Which
 * source files count is read from the code: the modules an entry point imports, and those they import in turn, so
 * a module the analysis starts to use is covered without anyone remembering to list it. Reads the disk.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { derivedFromCode, REPO_ROOT } from '../runtime.ts';

/**
 * The modules (under `src/`) from which the analysis of an article is reached: the pipeline from a file to its
 * record (read, extract, tag, classify, the duplicate fingerprint) and the taxonomy's parsing, which the cache keeps
 * beside its entries.
 */
export const ANALYSIS_ENTRIES = ['analyze/index.ts', 'taxonomy/index.ts'];

/**
 * A module's imports of other modules of the project: static imports and re-exports (type-only ones aside: they
 * carry no code), dynamic imports, and modules started as worker threads (started by `startWorker` with their path from
 * the repository's folder).
 */
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]/g;
const WORKER_START = /\bstartWorker\(\s*['"]([^'"]+)['"]/g;

/** The project modules `file` imports, as full paths; `srcDir` is the `src/` folder of the repository. */
function importsOf(file: string, srcDir: string): string[] {
  const code = readFileSync(file, 'utf8');
  const specifiers = [...code.matchAll(STATIC_IMPORT), ...code.matchAll(DYNAMIC_IMPORT)].map((m) => m[1]!);
  const workers = [...code.matchAll(WORKER_START)].map((m) => path.join(path.dirname(srcDir), `${m[1]!}.ts`));
  return [...specifiers.map((specifier) => path.resolve(path.dirname(file), specifier)), ...workers];
}

/**
 * The modules under `srcDir` that `entries` (relative to it) reach through their imports, entries included, as
 * paths relative to `srcDir`, sorted.
 */
export function modulesReachedFrom(srcDir: string, entries: string[]): string[] {
  const reached = new Set<string>();
  const pending = entries.map((entry) => path.join(srcDir, entry));
  while (pending.length) {
    const file = pending.pop()!;
    if (reached.has(file)) continue;
    reached.add(file);
    pending.push(...importsOf(file, srcDir));
  }
  return [...reached].map((file) => path.relative(srcDir, file)).sort();
}

function listSources(full: string): string[] {
  if (statSync(full).isFile()) return [full];
  const entries = readdirSync(full, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** The declared dependency versions of `packageFile`. */
function dependenciesOf(packageFile: string): Record<string, string> {
  return (
    (JSON.parse(readFileSync(packageFile, 'utf8')) as { dependencies?: Record<string, string> }).dependencies ?? {}
  );
}

/**
 * `make()`, a fingerprint of files under `root`: when they are the project's own code and `packageFile` its own,
 * made once for the compiled code the process runs (`derivedFromCode`), under `key` and the dependency versions.
 * A build takes seven fingerprints of its code, which read and hash its sources for 0.1-0.2 s of CPU; a copy of the
 * sources, as tests make, is read every time.
 */
function ofOwnCode(root: string, packageFile: string, key: unknown[], make: () => string): string {
  if (root !== REPO_ROOT || packageFile !== path.join(REPO_ROOT, 'package.json')) return make();
  return derivedFromCode(JSON.stringify([...key, dependenciesOf(packageFile)]), make);
}

/**
 * Hashes the source files and folders `sources` (relative to `root`) and the declared dependency versions, so
 * that any change to that code (by anyone, without remembering to bump a number) invalidates what was kept.
 * @param packageFile the repository's `package.json` (its dependency versions are hashed).
 */
export function fingerprintSources(root: string, sources: string[], packageFile: string): string {
  return ofOwnCode(root, packageFile, ['sources', sources], () => {
    const hash = createHash('sha256');
    const files = sources.flatMap((name) => listSources(path.join(root, name))).sort();
    for (const file of files)
      hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    hash.update(JSON.stringify(dependenciesOf(packageFile)));
    return hash.digest('hex');
  });
}

/** The fingerprint of the modules `entries` reach under `srcDir` (see `modulesReachedFrom`) and the dependencies. */
export function fingerprintModules(srcDir: string, entries: string[], packageFile: string): string {
  return ofOwnCode(path.dirname(srcDir), packageFile, ['modules', path.basename(srcDir), entries], () =>
    fingerprintSources(srcDir, modulesReachedFrom(srcDir, entries), packageFile),
  );
}

/** The fingerprint of the analysis code: the modules the analysis uses under `srcDir`, and the dependency versions. */
export function fingerprintPipeline(srcDir: string, packageFile: string): string {
  return fingerprintModules(srcDir, ANALYSIS_ENTRIES, packageFile);
}
