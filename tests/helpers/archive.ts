/** Test helpers: temporary archives built from fixtures, and the built site read back. */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSite, DEFAULT_CONTENT_DIR, REPO_ROOT } from '../../src/build/index.ts';
import type { AnalysisMemory, BuildResult } from '../../src/build/index.ts';
import { makeTempDir } from './temp-dir.ts';

export const SEEDS_DIR = path.join(REPO_ROOT, 'tests', 'fixtures', 'seeds');
export const SEED_FILES = {
  whiteHouse: '000_6d559f7a58ff0f09.txt',
  ukrainianWar: '001_1bc1f79daa0eb5a5.txt',
  supports: '002_a74d599b4b05ab5e.txt',
  jointStatement: '003_a3abaf3889b58a5e.txt',
  lavrov: '004_841051a798ffaa10.txt',
} as const;

export function seedText(file: string): string {
  return readFileSync(path.join(SEEDS_DIR, file), 'utf8');
}

/**
 * A new archive folder (`content/` in a new folder of the system's temp folder), with the default taxonomy and the
 * given articles. Its site and report go beside it (`siteDirFor`, `reportFileFor`): a build refuses to write inside
 * the archive.
 */
export function makeArchive(
  articles: Record<string, string | Uint8Array> = {},
  options: { seeds?: boolean } = {},
): string {
  const dir = path.join(makeTempDir('news-archive-'), 'content');
  cpSync(path.join(DEFAULT_CONTENT_DIR, 'taxonomy'), path.join(dir, 'taxonomy'), { recursive: true });
  mkdirSync(path.join(dir, 'articles'), { recursive: true });
  if (options.seeds) cpSync(SEEDS_DIR, path.join(dir, 'articles'), { recursive: true });
  for (const [name, content] of Object.entries(articles)) {
    mkdirSync(path.dirname(path.join(dir, 'articles', name)), { recursive: true });
    writeFileSync(path.join(dir, 'articles', name), content);
  }
  return dir;
}

/** Where the tests build an archive made by `makeArchive`: beside it. */
export const siteDirFor = (contentDir: string) => path.join(path.dirname(contentDir), '_site');
export const reportFileFor = (contentDir: string) => path.join(path.dirname(contentDir), 'report.json');

export interface BuiltArchive extends BuildResult {
  contentDir: string;
  outDir: string;
  reportFile: string;
  /** Reads a page of the built site by its URL. */
  page(url: string): string;
}

/**
 * Builds an archive folder into a temporary site folder; with `cacheDir`, through the analysis cache there; with
 * `memory`, keeping what this process remembers of its previous build, as `npm run dev` does.
 */
export async function buildArchiveDir(
  contentDir: string,
  options: { cacheDir?: string; memory?: AnalysisMemory } = {},
): Promise<BuiltArchive> {
  const outDir = siteDirFor(contentDir);
  const reportFile = reportFileFor(contentDir);
  const result = await buildSite({
    contentDir,
    outDir,
    reportFile,
    retrieved: null,
    cacheDir: options.cacheDir ?? null,
    memory: options.memory,
  });
  return {
    ...result,
    contentDir,
    outDir,
    reportFile,
    page: (url: string) =>
      readFileSync(path.join(outDir, url.replace(/^\//, ''), url.endsWith('/') ? 'index.html' : ''), 'utf8'),
  };
}
