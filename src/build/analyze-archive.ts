/** Build: reads every article of an archive and analyses it, or takes its analysis from the cache. The only pipeline step that reads article files. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AnalysisContext } from '../analyze/index.ts';
import { fingerprintAnalysis, fingerprintPipeline, openAnalysisCache, type AnalysisCache } from '../cache/index.ts';
import { formatOf, hashBytes, listArticleFiles, readArticle } from '../read/index.ts';
import { loadTaxonomy, type Taxonomy } from '../taxonomy/index.ts';
import type { AnalyzedArticle, Rejection } from '../types.ts';
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
  /** Every entry found under the articles folder: each ends up in `articles` or in `rejected`. */
  filesRead: number;
  articles: AnalyzedArticle[];
  /** Files that could not be published, and entries that are not read (symbolic links, other file types). */
  rejected: Rejection[];
  counts: AnalysisCounts;
}

type Analyzer = typeof import('../analyze/index.ts');

/** Analyses one already-read file; an exception in any stage rejects that file only. */
function analyzeFile(file: string, bytes: Uint8Array, analyzer: Analyzer, context: AnalysisContext): AnalyzedArticle | Rejection {
  const raw = readArticle(file, bytes);
  if ('reason' in raw) return raw;
  try {
    return analyzer.analyzeArticle(raw, context);
  } catch (error) {
    return { file, code: 'analysis-failed', reason: `analysis failed: ${(error as Error).message}` };
  }
}

function openCache(options: AnalyzeOptions, taxonomy: Taxonomy): AnalysisCache | null {
  if (!options.cacheDir) return null;
  const pipeline = fingerprintPipeline(path.join(REPO_ROOT, 'src'), path.join(REPO_ROOT, 'package.json'));
  return openAnalysisCache(options.cacheDir, fingerprintAnalysis({ pipeline, taxonomy: taxonomy.fingerprint, settings: { retrieved: options.retrieved } }));
}

export async function analyzeArchive(options: AnalyzeOptions): Promise<AnalyzedArchive> {
  const taxonomyDir = taxonomyDirFor(options.contentDir);
  const taxonomy = loadTaxonomy(taxonomyDir, displayPath(taxonomyDir));
  const cache = openCache(options, taxonomy);
  // Loading the analysers (NLP and date libraries) and compiling the taxonomy take seconds: both are done only
  // when some article is not in the cache.
  let analyzer: { module: Analyzer; context: AnalysisContext } | null = null;
  const articlesDir = path.join(options.contentDir, 'articles');
  const { files, skipped } = listArticleFiles(articlesDir);
  const articles: AnalyzedArticle[] = [];
  const rejected: Rejection[] = [...skipped];
  const counts: AnalysisCounts = { analyzed: 0, cached: 0 };
  for (const [index, file] of files.entries()) {
    options.onProgress?.(index, files.length);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path.join(articlesDir, file));
    } catch (error) {
      rejected.push({ file, code: 'unreadable', reason: `cannot read: ${(error as Error).message}` });
      continue;
    }
    const stored = cache?.get(hashBytes(bytes), formatOf(file));
    if (stored) {
      articles.push({ file, ...stored });
      counts.cached++;
      continue;
    }
    if (!analyzer) {
      const module = await import('../analyze/index.ts');
      analyzer = { module, context: module.createAnalysisContext(taxonomy, { retrieved: options.retrieved }) };
    }
    const result = analyzeFile(file, bytes, analyzer.module, analyzer.context);
    if ('reason' in result) {
      rejected.push(result);
      continue;
    }
    articles.push(result);
    counts.analyzed++;
    cache?.set(result);
  }
  options.onProgress?.(files.length, files.length);
  return { taxonomy, filesRead: files.length + skipped.length, articles, rejected, counts };
}
