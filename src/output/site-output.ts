/**
 * Output: one build's way from the previous site to the new one. The new site is written into a staging folder
 * beside the output folder, keeping from the previous site what did not change, and swapped in whole only when the
 * build succeeded; a build that fails leaves the previous site as it was. Touches the disk.
 */
import { existsSync, rmSync } from 'node:fs';
import type { SearchIndexState } from '../search/index.ts';
import { BUILD_STATE_FILE, readBuildState, type BuildState } from './build-state.ts';
import { planCarry } from './carry-folders.ts';
import { reachKillPoint } from './kill-point.ts';
import { holdsSearchIndex } from './pagefind-files.ts';
import type { Cleanup } from './remove-folder.ts';
import { clearLeftovers, isSwapInterrupted, stagingDirFor, swapInOutput } from './swap-output.ts';
import { createOutputWriter, type OutputWriter } from './write-output.ts';

export interface SiteOutput {
  /** The folder the new site is written into, beside the output folder, until it is swapped in. */
  readonly stagingDir: string;
  /** Writes this build's files into the new site, linking those the previous site has with the same bytes. */
  readonly writer: OutputWriter;
  /** What the build that wrote the previous site remembered of it, or null (no site, or no state this version reads). */
  readonly previousState: BuildState | null;
  /** The previous build's search index state, when the previous site still holds the indexes it describes. */
  previousSearchState(): SearchIndexState | null;
  /**
   * Keeps the previous site's files `kept` (relative to the site) in the new one, given the previous site's pages
   * this build does not keep (`dropped`): the folders in which nothing changed move in whole at the swap, the
   * other kept files are linked now.
   */
  keepPrevious(kept: string[], dropped: string[]): Promise<void>;
  /** Writes `state` into the new site, waits for every file, and swaps the new site in. */
  publish(state: BuildState, cleanup: Cleanup): Promise<void>;
  /** Deletes the new site after a failure, once the files being written are done; the previous site stays. */
  abandon(): Promise<void>;
}

/** Opens the output folder `outDir` for a build: clears what killed builds left, and reads the previous site's state. */
export function openSiteOutput(outDir: string): SiteOutput {
  clearLeftovers(outDir);
  const previousDir = existsSync(outDir) ? outDir : null;
  const previousState = previousDir ? readBuildState(previousDir) : null;
  const staging = stagingDirFor(outDir);
  const writer = createOutputWriter(staging, previousDir);
  return {
    stagingDir: staging,
    writer,
    previousState,
    previousSearchState() {
      if (!previousState || !holdsSearchIndex(outDir, 'base')) return null;
      return holdsSearchIndex(outDir, 'delta') ? previousState.search : { ...previousState.search, deltaKey: null };
    },
    async keepPrevious(kept, dropped) {
      const plan = planCarry(kept, [...writer.written, ...dropped]);
      await writer.keepAll(plan.files);
      for (const { folder, files } of plan.folders) {
        if (!writer.carry(folder, files))
          throw new Error(`the previous build's ${folder} went missing during the build`);
      }
    },
    async publish(state, cleanup) {
      await writer.write(BUILD_STATE_FILE, `${JSON.stringify(state)}\n`);
      await writer.settled();
      reachKillPoint('publish');
      swapInOutput(staging, outDir, cleanup, writer.carried);
    },
    async abandon() {
      // Files still being written would land in the folder after it is removed.
      await writer.settled().catch(() => {});
      // A swap that could not put the previous site back left folders of it in the staging folder, for the next build.
      if (!isSwapInterrupted(outDir)) rmSync(staging, { recursive: true, force: true });
    },
  };
}
