/** Build: runs the pipeline over an archive folder and writes the site, its search index and the report. */
export { analyzeArchive, type AnalysisCounts, type AnalyzedArchive, type AnalyzeOptions } from './analyze-archive.ts';
export {
  buildSite,
  renderSite,
  type BuildOptions,
  type BuildResult,
  type PagesToRender,
  type ProgressStage,
} from './build-site.ts';
export { countChanges, publishedFiles, type ChangeCounts, type PublishedFiles } from './count-changes.ts';
export { createOutputWriter, type OutputWriter } from './write-output.ts';
export { removeFolder, type Cleanup } from './remove-folder.ts';
export { DEFAULT_CONTENT_DIR, REPO_ROOT, displayPath, taxonomyDirFor } from './paths.ts';
export { clearLeftovers } from './swap-output.ts';
