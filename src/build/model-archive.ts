/**
 * Build: an archive folder → its archive model, the one path the build, the Eleventy data and the benchmark take:
 * every file through the analysis pipeline (or the cache), duplicates grouped, then the model, as the site's
 * settings say. Reads the disk.
 */
import path from 'node:path';
import { buildArchive, type ArchiveModel, type RelatedMemory } from '../archive/index.ts';
import { fingerprintModules, loadRelatedCandidates, saveRelatedCandidates } from '../cache/index.ts';
import { groupDuplicates, type GroupedArticles } from '../dedupe/index.ts';
import { loadOutlets } from '../outlets/index.ts';
import type { SiteSettings } from '../settings/index.ts';
import type { AnalyzedArticle } from '../types.ts';
import { analyzeArchive, type AnalyzedArchive, type AnalyzeOptions } from './analyze-archive.ts';
import { DEFAULT_CONTENT_DIR, REPO_ROOT, displayPath, loadSiteSettingsFor } from './paths.ts';

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

/** The module that scores related articles: the candidates kept on disk are those of its code. */
const RELATED_ENTRY = 'archive/related.ts';

/**
 * The related articles' candidates to update: those this process kept, else those the last build kept in the cache
 * folder (with `save` to keep this build's there), else none.
 */
function relatedMemoryFor(options: AnalyzeOptions): { memory?: RelatedMemory; save: () => void } {
  if (options.memory) return { memory: options.memory.related, save: () => {} };
  const { cacheDir } = options;
  if (!cacheDir) return { save: () => {} };
  const articlesDir = path.join(options.contentDir, 'articles');
  const fingerprint = fingerprintModules(
    path.join(REPO_ROOT, 'src'),
    [RELATED_ENTRY],
    path.join(REPO_ROOT, 'package.json'),
  );
  const memory = loadRelatedCandidates(cacheDir, articlesDir, fingerprint);
  return { memory, save: () => saveRelatedCandidates(cacheDir, articlesDir, fingerprint, memory) };
}

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
  const model = await run('archive', () => {
    const related = relatedMemoryFor(options);
    const built = buildArchive(grouped.kept, analyzed.taxonomy, settings, outlets, related.memory);
    related.save();
    return built;
  });
  return { settings, analyzed, grouped, model };
}
