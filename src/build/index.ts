/** Build: runs the pipeline over an archive folder and writes the site, its search index and the report. */
export {
  analyzeArchive,
  createAnalysisMemory,
  type AnalysisCounts,
  type AnalysisMemory,
  type AnalyzedArchive,
  type AnalyzeOptions,
} from './analyze-archive.ts';
export { modelArchive, type ModelledArchive, type StepRunner } from './model-archive.ts';
export {
  buildSite,
  ReportNotWrittenError,
  type BuildOptions,
  type BuildResult,
  type ProgressStage,
} from './build-site.ts';
export { renderSite, type PagesToRender } from './render-site.ts';
export {
  DEFAULT_CONTENT_DIR,
  REPO_ROOT,
  displayPath,
  loadSiteSettingsFor,
  outletsFileFor,
  siteSettingsFileFor,
  taxonomyDirFor,
  taxonomySourcesFor,
} from './paths.ts';
