/**
 * Output: the site's folder on disk. A build writes its files through a writer that keeps what did not change,
 * carries unchanged folders over whole, remembers what it wrote (the build state) and swaps the new site in.
 */
export {
  BUILD_STATE_FILE,
  createBuildState,
  filesNoBuildWrites,
  isBuiltSite,
  readBuildState,
  type BuildState,
} from './build-state.ts';
export { planCarry, type CarryPlan } from './carry-folders.ts';
export { countChanges, publishedFiles, type ChangeCounts, type PublishedFiles } from './count-changes.ts';
export {
  baseShardDir,
  DATE_TABLE_FILE,
  fragmentIdOf,
  holdsSearchIndex,
  isLoadedBySearchPage,
  readFragmentUrl,
  SEARCH_INDEX_DIRS,
  WORD_TABLE_FILE,
  type SearchIndexKind,
} from './pagefind-files.ts';
export { type KeptAside } from './keep-aside.ts';
export { KILL_AT_VARIABLE, KILL_POINTS, reachKillPoint, STOP_AT_VARIABLE, type KillPoint } from './kill-point.ts';
export { removeFolder, type Cleanup } from './remove-folder.ts';
export { lockSiteOutput, openSiteOutput, type SiteOutput } from './site-output.ts';
export { describeHolder, lockFileFor, type LockHolder, type SiteLock } from './site-lock.ts';
export {
  clearLeftovers,
  previousDirFor,
  stagingDirFor,
  swapInOutput,
  type LeftBeside,
  type LeftoversCleared,
} from './swap-output.ts';
export { createOutputWriter, type OutputWriter } from './write-output.ts';
