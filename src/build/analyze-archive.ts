/**
 * Build: reads every article of an archive and analyses it, or takes its analysis from the cache. The only
 * pipeline step that reads article files. Many articles to analyse are shared out to worker threads, one per core.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fingerprintAnalysis, fingerprintPipeline, openAnalysisCache, type AnalysisCache } from '../cache/index.ts';
import type { Fingerprint } from '../dedupe/index.ts';
import { formatOf, hashBytes, listArticleFiles } from '../read/index.ts';
import { loadTaxonomy, type Taxonomy } from '../taxonomy/index.ts';
import type { AnalyzedArticle, Rejection } from '../types.ts';
import type { FileAnalysis } from './analyze-file.ts';
import { REPO_ROOT, displayPath, taxonomyDirFor } from './paths.ts';

export interface AnalyzeOptions {
  contentDir: string;
  /** Retrieval date for relative dates in articles whose front matter gives none. */
  retrieved: string | null;
  /** Folder of the analysis cache; null or absent analyses every article. */
  cacheDir?: string | null;
  /** Called as articles are done, for a progress display. */
  onProgress?: (done: number, total: number) => void;
}

/** How many articles were analysed and how many came from the cache. */
export interface AnalysisCounts {
  analyzed: number;
  cached: number;
}

export interface AnalyzedArchive {
  taxonomy: Taxonomy;
  /** Identifies everything besides an article's bytes that decides its analysis (code, taxonomy, settings). */
  analysisFingerprint: string;
  /** Every entry found under the articles folder: each ends up in `articles` or in `rejected`. */
  filesRead: number;
  articles: AnalyzedArticle[];
  /** The fingerprint of each article's text, for duplicate grouping, in the order of `articles`. */
  fingerprints: Fingerprint[];
  /** Files that could not be published, and entries that are not read (symbolic links, other file types). */
  rejected: Rejection[];
  counts: AnalysisCounts;
}

/**
 * Articles to analyse from which on worker threads share the work: below, starting the workers (each loads the
 * analysers) costs more than it saves.
 */
const WORKERS_FROM = 64;

type Analyze = (file: string, bytes: Uint8Array) => Promise<FileAnalysis | Rejection>;

/** Where articles are analysed: worker threads for many, this thread for a few. Loaded only when needed. */
async function openAnalyzer(count: number, taxonomy: Taxonomy, retrieved: string | null): Promise<{ analyze: Analyze; close: () => Promise<void> }> {
  const { analysisWorkerCount, createAnalysisPool } = await import('./analysis-pool.ts');
  if (count >= WORKERS_FROM && analysisWorkerCount() > 1) {
    const pool = createAnalysisPool({ taxonomy, retrieved });
    return { analyze: pool.analyze, close: pool.close };
  }
  const [{ createAnalysisContext }, { analyzeFile }] = await Promise.all([import('../analyze/index.ts'), import('./analyze-file.ts')]);
  const context = createAnalysisContext(taxonomy, { retrieved });
  return { analyze: async (file, bytes) => analyzeFile(file, bytes, context), close: async () => {} };
}


export async function analyzeArchive(options: AnalyzeOptions): Promise<AnalyzedArchive> {
  const taxonomyDir = taxonomyDirFor(options.contentDir);
  const taxonomy = loadTaxonomy(taxonomyDir, displayPath(taxonomyDir));
  const pipeline = fingerprintPipeline(path.join(REPO_ROOT, 'src'), path.join(REPO_ROOT, 'package.json'));
  const analysisFingerprint = fingerprintAnalysis({ pipeline, taxonomy: taxonomy.fingerprint, settings: { retrieved: options.retrieved } });
  const cache: AnalysisCache | null = options.cacheDir ? openAnalysisCache(options.cacheDir, analysisFingerprint) : null;
  const articlesDir = path.join(options.contentDir, 'articles');
  const { files, skipped } = listArticleFiles(articlesDir);
  // One outcome per file, in file order, whichever finishes first.
  const outcomes: Array<FileAnalysis | Rejection> = new Array(files.length);
  const toAnalyze: Array<{ index: number; bytes: Uint8Array }> = [];
  const counts: AnalysisCounts = { analyzed: 0, cached: 0 };
  let done = 0;
  for (const [index, file] of files.entries()) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path.join(articlesDir, file));
    } catch (error) {
      outcomes[index] = { file, code: 'unreadable', reason: `cannot read: ${(error as Error).message}` };
      options.onProgress?.(++done, files.length);
      continue;
    }
    const stored = cache?.get(hashBytes(bytes), formatOf(file));
    if (stored) {
      outcomes[index] = { article: { file, ...stored.article }, fingerprint: stored.fingerprint };
      counts.cached++;
      options.onProgress?.(++done, files.length);
    } else toAnalyze.push({ index, bytes });
  }
  // Loading the analysers (NLP and date libraries) and compiling the taxonomy take seconds: both are done only
  // when some article is not in the cache.
  if (toAnalyze.length) {
    const analyzer = await openAnalyzer(toAnalyze.length, taxonomy, options.retrieved);
    try {
      await Promise.all(
        toAnalyze.map(async ({ index, bytes }) => {
          const outcome = await analyzer.analyze(files[index]!, bytes);
          outcomes[index] = outcome;
          if ('article' in outcome) {
            counts.analyzed++;
            cache?.set(outcome.article, outcome.fingerprint);
          }
          options.onProgress?.(++done, files.length);
        }),
      );
    } finally {
      cache?.flush();
      await analyzer.close();
    }
  }
  options.onProgress?.(files.length, files.length);
  const analyzed = outcomes.filter((o): o is FileAnalysis => 'article' in o);
  return {
    taxonomy,
    analysisFingerprint,
    filesRead: files.length + skipped.length,
    articles: analyzed.map((o) => o.article),
    fingerprints: analyzed.map((o) => o.fingerprint),
    rejected: [...skipped, ...outcomes.filter((o): o is Rejection => 'reason' in o)],
    counts,
  };
}
