/**
 * Analyze: telling an article's record from a rejection, apart from the analysers, so that a build whose articles
 * all come from the cache does not load them. Pure.
 */
import type { AnalyzedArticle, Rejection } from '../types.ts';

/** True for the record of an article, false for a rejection. */
export const isAnalyzed = (outcome: AnalyzedArticle | Rejection): outcome is AnalyzedArticle => !('reason' in outcome);
