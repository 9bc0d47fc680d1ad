/** Build: reads every article of an archive and analyses it. The only pipeline step that reads article files. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeArticle, createAnalysisContext } from '../analyze/index.ts';
import { listArticleFiles, readArticle } from '../read/index.ts';
import { loadTaxonomy, type Taxonomy } from '../taxonomy/index.ts';
import type { AnalyzedArticle, Rejection } from '../types.ts';
import { displayPath, taxonomyDirFor } from './paths.ts';

export interface AnalyzeOptions {
  contentDir: string;
  /** Retrieval date for relative dates in articles whose front matter gives none. */
  retrieved: string | null;
}

export interface AnalyzedArchive {
  taxonomy: Taxonomy;
  /** Every entry found under the articles folder: each ends up in `articles` or in `rejected`. */
  filesRead: number;
  articles: AnalyzedArticle[];
  /** Files that could not be published, and entries that are not read (symbolic links, other file types). */
  rejected: Rejection[];
}

/** Analyses one already-read file; an exception in any stage rejects that file only. */
function analyzeFile(file: string, bytes: Uint8Array, context: ReturnType<typeof createAnalysisContext>): AnalyzedArticle | Rejection {
  const raw = readArticle(file, bytes);
  if ('reason' in raw) return raw;
  try {
    return analyzeArticle(raw, context);
  } catch (error) {
    return { file, code: 'analysis-failed', reason: `analysis failed: ${(error as Error).message}` };
  }
}

export function analyzeArchive(options: AnalyzeOptions): AnalyzedArchive {
  const taxonomyDir = taxonomyDirFor(options.contentDir);
  const taxonomy = loadTaxonomy(taxonomyDir, displayPath(taxonomyDir));
  const context = createAnalysisContext(taxonomy, { retrieved: options.retrieved });
  const articlesDir = path.join(options.contentDir, 'articles');
  const { files, skipped } = listArticleFiles(articlesDir);
  const articles: AnalyzedArticle[] = [];
  const rejected: Rejection[] = [...skipped];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path.join(articlesDir, file));
    } catch (error) {
      rejected.push({ file, code: 'unreadable', reason: `cannot read: ${(error as Error).message}` });
      continue;
    }
    const result = analyzeFile(file, bytes, context);
    if ('reason' in result) rejected.push(result);
    else articles.push(result);
  }
  return { taxonomy, filesRead: files.length + skipped.length, articles, rejected };
}
