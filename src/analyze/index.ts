/** Analyze: the per-article stages (extract, tag, classify, overrides) run together. */
export { analyzeArticle, countWords, createAnalysisContext, type AnalysisContext } from './analyze-article.ts';
export { applyTagOverrides, applyTopicOverrides } from './overrides.ts';
