/** Cache: a fingerprint of the analysis code itself (source files and dependency versions), part of every cache key. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The folders and files under `src/` whose code decides what analysing an article produces. */
export const ANALYSIS_SOURCES = ['read', 'extract', 'tag', 'classify', 'analyze', 'taxonomy', 'types.ts'];

function listSources(full: string): string[] {
  const entries = readdirSync(full, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/**
 * Hashes the analysis source files and the declared dependency versions, so that any change to the extractor,
 * tagger or classifier (by anyone, without remembering to bump a number) invalidates the cached results.
 * @param srcDir the repository's `src/` folder.
 * @param packageFile the repository's `package.json` (its dependency versions are hashed).
 */
export function fingerprintPipeline(srcDir: string, packageFile: string): string {
  const hash = createHash('sha256');
  const files = ANALYSIS_SOURCES.flatMap((name) => {
    const full = path.join(srcDir, name);
    return name.endsWith('.ts') ? [full] : listSources(full);
  }).sort();
  for (const file of files) hash.update(path.relative(srcDir, file)).update('\0').update(readFileSync(file)).update('\0');
  const pkg = JSON.parse(readFileSync(packageFile, 'utf8')) as { dependencies?: Record<string, string> };
  hash.update(JSON.stringify(pkg.dependencies ?? {}));
  return hash.digest('hex');
}
