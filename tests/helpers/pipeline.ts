/** Test helpers: the default taxonomy, compiled once, and one-call analysis of a text. */
import {
  analyzeFile,
  createDefaultAnalysisContext,
  isAnalyzed,
  type AnalysisContext,
} from '../../src/analyze/index.ts';
import { DEFAULT_CONTENT_DIR, loadSiteSettingsFor } from '../../src/build/index.ts';
import type { SiteSettings } from '../../src/settings/index.ts';
import type { AnalyzedArticle } from '../../src/types.ts';

let context: AnalysisContext | null = null;

export function defaultContext(): AnalysisContext {
  context ??= createDefaultAnalysisContext();
  return context;
}

/** Reads and analyses `text` as if it were the file `file`. */
export function analyzeText(text: string, file = 'article.txt'): AnalyzedArticle {
  const outcome = analyzeFile(file, new TextEncoder().encode(text), defaultContext());
  if (!isAnalyzed(outcome)) throw new Error(`rejected: ${outcome.reason}`);
  return outcome;
}

/** The default archive's site settings. */
export function defaultSettings(): SiteSettings {
  return loadSiteSettingsFor(DEFAULT_CONTENT_DIR);
}
