/**
 * Build: the analysis of one file, as the build runs it in a worker thread or in its own: read, analyse, and
 * fingerprint the text for duplicate grouping. An exception in any stage rejects that file only. Pure.
 */
import { analyzeArticle, type AnalysisContext } from '../analyze/index.ts';
import { fingerprintText, type Fingerprint } from '../dedupe/index.ts';
import { readArticle } from '../read/index.ts';
import type { AnalyzedArticle, Rejection } from '../types.ts';

export interface FileAnalysis {
  article: AnalyzedArticle;
  fingerprint: Fingerprint;
}

export function analyzeFile(file: string, bytes: Uint8Array, context: AnalysisContext): FileAnalysis | Rejection {
  const raw = readArticle(file, bytes);
  if ('reason' in raw) return raw;
  try {
    const article = analyzeArticle(raw, context);
    return { article, fingerprint: fingerprintText(article.text) };
  } catch (error) {
    return { file, code: 'analysis-failed', reason: `analysis failed: ${(error as Error).message}` };
  }
}
