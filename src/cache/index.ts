/** Cache: analysis results kept on disk between builds, keyed by content hash and a fingerprint of the pipeline. */
export {
  CACHE_FORMAT_VERSION,
  fingerprintAnalysis,
  openAnalysisCache,
  SEGMENT_ENTRIES,
  type AnalysisCache,
  type CachedAnalysis,
} from './analysis-cache.ts';
export {
  ANALYSIS_ENTRIES,
  fingerprintModules,
  fingerprintPipeline,
  fingerprintSources,
  modulesReachedFrom,
} from './fingerprint-pipeline.ts';
export {
  createKeptFileStats,
  mayHaveNewFiles,
  openFileStatIndex,
  RACY_MS,
  type FileStatIndex,
  type KeptFileStats,
} from './file-stats.ts';
export { loadKeptMemory, saveKeptMemory } from './kept-memory.ts';
