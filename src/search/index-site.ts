/**
 * Search stage: writes the site's search index with Pagefind's Node API, as planned by `planSearchIndex`: the base
 * index into `pagefind/` and the delta into `pagefind-delta/`, each indexed anew or kept from the previous build.
 * Only the files the search page loads are kept in the output. Touches the disk (and runs Pagefind).
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { BUCKET_FILTER, bucketOf, type SearchIndexPlan } from './plan-index.ts';
import type { SearchRecord } from './records.ts';

/** Folders of the two indexes in the site, and their URLs. */
export const BASE_INDEX_DIR = 'pagefind';
export const DELTA_INDEX_DIR = 'pagefind-delta';

/**
 * Records sent to Pagefind before waiting for its answers. Sending one at a time waits for a round trip per
 * article; sending all at once buffers the whole archive's text in the pipe. 64 took a third less time than one
 * at a time on 1,000 corpus articles and more did not help.
 */
const RECORDS_IN_FLIGHT = 64;

/** What the search page loads of the base index: the index itself, and Pagefind's search script and WebAssembly. */
const BASE_FILES = /^(pagefind-entry\.json|pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind|[^/]+\.pf_meta|(index|filter|fragment)\/.*)$/;
/** What it loads of the delta: the index alone (the base's script and WebAssembly search both). */
const DELTA_FILES = /^(pagefind-entry\.json|[^/]+\.pf_meta|(index|filter|fragment)\/.*)$/;

/** Where the previous build's indexes are kept from, and where this build's go. */
export interface SearchOutput {
  /** The folder being built. */
  stagingDir: string;
  /** Links the previous build's folder (relative to the output) into the new output; false when it is missing. */
  keepTree(dir: string): boolean;
}

export interface SearchIndexResult {
  /** Articles indexed by Pagefind in this build (base and delta). */
  indexed: number;
  baseIndexed: boolean;
  deltaArticles: number;
}

/** Removes from a Pagefind bundle every file the search page does not load (the stock UIs and their styles). */
function pruneBundle(dir: string, keep: RegExp): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    if (!keep.test(path.relative(dir, full).split(path.sep).join('/'))) rmSync(full);
  }
}

/** Indexes `records` into a new Pagefind index written at `outputPath`. */
async function indexRecords(records: SearchRecord[], outputPath: string, onRecord: () => void): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let next = 0;
  const send = async () => {
    while (next < records.length) {
      const record = records[next++]!;
      const response = await index.addCustomRecord(record);
      if (response.errors.length) throw new Error(`Pagefind rejected ${record.url}: ${response.errors.join('; ')}`);
      onRecord();
    }
  };
  await Promise.all(Array.from({ length: RECORDS_IN_FLIGHT }, send));
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
}

/**
 * Writes the search index of `records` (by URL) as `plan` says, keeping from the previous output what the plan
 * keeps. The caller has checked that the previous output holds what the plan keeps.
 */
export async function writeSearchIndex(
  records: Map<string, SearchRecord>,
  plan: SearchIndexPlan,
  output: SearchOutput,
  onProgress?: (done: number, total: number) => void,
): Promise<SearchIndexResult> {
  const base = plan.rebuildBase ? [...records.values()].map((r) => ({ ...r, filters: { ...r.filters, [BUCKET_FILTER]: [bucketOf(r.url)] } })) : [];
  const delta = plan.keepDelta ? [] : plan.delta.map((url) => records.get(url)!);
  const total = base.length + delta.length;
  let done = 0;
  const onRecord = () => onProgress?.(++done, total);
  try {
    if (plan.rebuildBase) {
      await indexRecords(base, path.join(output.stagingDir, BASE_INDEX_DIR), onRecord);
      pruneBundle(path.join(output.stagingDir, BASE_INDEX_DIR), BASE_FILES);
    } else if (!output.keepTree(BASE_INDEX_DIR)) throw new Error('the previous search index is missing');
    if (plan.keepDelta) {
      if (!output.keepTree(DELTA_INDEX_DIR)) throw new Error('the previous search delta is missing');
    } else if (delta.length) {
      await indexRecords(delta, path.join(output.stagingDir, DELTA_INDEX_DIR), onRecord);
      pruneBundle(path.join(output.stagingDir, DELTA_INDEX_DIR), DELTA_FILES);
    }
  } finally {
    await pagefind.close();
  }
  onProgress?.(total, total);
  return { indexed: total, baseIndexed: plan.rebuildBase, deltaArticles: plan.delta.length };
}
