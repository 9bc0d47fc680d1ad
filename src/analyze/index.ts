/** Analyze: the one pipeline from a file to its article record (read, extract, tag, classify, fingerprint). */
export {
  analyzeArticle,
  analyzeFile,
  countWords,
  createAnalysisContext,
  extractRecord,
  type AnalysisContext,
  type ExtractedRecord,
} from './analyze-article.ts';
export { createDefaultAnalysisContext } from './default-context.ts';
export { isAnalyzed } from './outcome.ts';
export { applyFrontMatterFields, applyTagOverrides, applyTopicOverrides, settingsFor } from './front-matter.ts';
