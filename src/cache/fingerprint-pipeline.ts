/** Cache: fingerprints of the code itself (source files and dependency versions), part of every cache key. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The folders and files under `src/` whose code decides what analysing an article produces. */
export const ANALYSIS_SOURCES = [
  'read',
  'extract',
  'tag',
  'classify',
  'analyze',
  'taxonomy',
  'libraries.ts',
  'types.ts',
];

function listSources(full: string): string[] {
  if (statSync(full).isFile()) return [full];
  const entries = readdirSync(full, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/**
 * Hashes the source files and folders `sources` (relative to `root`) and the declared dependency versions, so
 * that any change to that code (by anyone, without remembering to bump a number) invalidates what was kept.
 * @param packageFile the repository's `package.json` (its dependency versions are hashed).
 */
export function fingerprintSources(root: string, sources: string[], packageFile: string): string {
  const hash = createHash('sha256');
  const files = sources.flatMap((name) => listSources(path.join(root, name))).sort();
  for (const file of files) hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  const pkg = JSON.parse(readFileSync(packageFile, 'utf8')) as { dependencies?: Record<string, string> };
  hash.update(JSON.stringify(pkg.dependencies ?? {}));
  return hash.digest('hex');
}

/**
 * The fingerprint of the analysis code: the extractor, tagger and classifier sources under `srcDir` and the
 * dependency versions.
 */
export function fingerprintPipeline(srcDir: string, packageFile: string): string {
  return fingerprintSources(srcDir, ANALYSIS_SOURCES, packageFile);
}
