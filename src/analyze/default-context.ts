import { loadDefaultTaxonomy } from '../taxonomy/index.ts';
import { createAnalysisContext, type AnalysisContext } from './analyze-article.ts';

/**
 * The analysis context of the default archive (`content/taxonomy`, no retrieval date), with which the labelled sets
 * are scored and the models learned. Reads the taxonomy files on each call.
 */
export function createDefaultAnalysisContext(): AnalysisContext {
  return createAnalysisContext(loadDefaultTaxonomy(), { retrieved: null });
}
