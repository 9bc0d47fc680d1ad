/**
 * Build: an archive folder → its archive model, the one path the build, the Eleventy data and the benchmark take:
 * every file through the analysis pipeline (or the cache), duplicates grouped, then the model, as the site's
 * settings say. Reads the disk.
 */
import { buildArchive, type ArchiveModel } from '../archive/index.ts';
import { groupDuplicates, type GroupedArticles } from '../dedupe/index.ts';
import { loadOutlets } from '../outlets/index.ts';
import type { SiteSettings } from '../settings/index.ts';
import type { AnalyzedArticle } from '../types.ts';
import { analyzeArchive, type AnalyzedArchive, type AnalyzeOptions } from './analyze-archive.ts';
import { DEFAULT_CONTENT_DIR, displayPath, loadSiteSettingsFor } from './paths.ts';

/** The archive at each step: its settings, analysed, grouped, modelled. */
export interface ModelledArchive {
  settings: SiteSettings;
  analyzed: AnalyzedArchive;
  grouped: GroupedArticles<AnalyzedArticle>;
  model: ArchiveModel;
}

/** Runs one named step; the build times each (`analyze`, `dedupe`, `archive`). */
export type StepRunner = <T>(step: 'analyze' | 'dedupe' | 'archive', work: () => T | Promise<T>) => Promise<T>;

const untimed: StepRunner = async (_step, work) => work();

/**
 * Analyses the archive of `options.contentDir`, groups its duplicate stories, and builds its model with the outlet
 * table and the site settings of the archive (or the default ones).
 */
export async function modelArchive(options: AnalyzeOptions, run: StepRunner = untimed): Promise<ModelledArchive> {
  // Read before the articles, so that a mistake in either file stops the build at once.
  const settings = loadSiteSettingsFor(options.contentDir);
  const outlets = loadOutlets(options.contentDir, DEFAULT_CONTENT_DIR, (file) => displayPath(file));
  const analyzed = await run('analyze', () => analyzeArchive(options));
  const grouped = await run('dedupe', () => groupDuplicates(analyzed.articles));
  const model = await run('archive', () =>
    buildArchive(grouped.kept, analyzed.taxonomy, settings, outlets, options.memory?.related),
  );
  return { settings, analyzed, grouped, model };
}
