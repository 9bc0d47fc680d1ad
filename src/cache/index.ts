/** Cache: analysis results kept on disk between builds, keyed by content hash and a fingerprint of the pipeline. */
export {
  CACHE_FORMAT_VERSION,
  fingerprintAnalysis,
  openAnalysisCache,
  SEGMENT_ENTRIES,
  type AnalysisCache,
  type CachedAnalysis,
} from './analysis-cache.ts';
export { ANALYSIS_SOURCES, fingerprintPipeline, fingerprintSources } from './fingerprint-pipeline.ts';
