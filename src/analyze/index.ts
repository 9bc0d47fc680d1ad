/** Analyze: the one pipeline from a file to its article record (read, extract, tag, classify, fingerprint). */
export {
  analyzeArticle,
  analyzeFile,
  countWords,
  createAnalysisContext,
  type AnalysisContext,
} from './analyze-article.ts';
export { isAnalyzed } from './outcome.ts';
export { applyFrontMatterFields, applyTagOverrides, applyTopicOverrides, settingsFor } from './front-matter.ts';
