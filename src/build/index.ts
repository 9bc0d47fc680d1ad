/** Build: runs the pipeline over an archive folder and writes the site, its search index and the report. */
export { analyzeArchive, type AnalyzedArchive, type AnalyzeOptions } from './analyze-archive.ts';
export { buildSite, renderSite, type BuildOptions, type BuildResult } from './build-site.ts';
export { DEFAULT_CONTENT_DIR, REPO_ROOT, displayPath, taxonomyDirFor } from './paths.ts';
export { clearLeftovers } from './swap-output.ts';
