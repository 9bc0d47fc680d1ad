/**
 * Build: an archive folder → its archive model, the one path the build, the Eleventy data and the benchmark take:
 * every file through the analysis pipeline (or the cache), duplicates grouped, then the model, as the site's
 * settings say. Reads the disk.
 */
import path from 'node:path';
import {
  buildArchive,
  createModelMemory,
  createRelatedMemory,
  restoreModelMemory,
  restoreRelatedMemory,
  storeModelMemory,
  storeRelatedMemory,
  type ArchiveModel,
  type ModelMemory,
  type RelatedMemory,
  type StoredModelMemory,
  type StoredRelatedMemory,
} from '../archive/index.ts';
import { fingerprintModules, loadKeptMemory, saveKeptMemory } from '../cache/index.ts';
import {
  groupDuplicates,
  restoreDedupeMemory,
  storeDedupeMemory,
  type DedupeMemory,
  type GroupedArticles,
} from '../dedupe/index.ts';
import { indexOutlets } from '../outlets/index.ts';
import { keepPageKey, madePageKey } from '../render/index.ts';
import type { SiteSettings } from '../settings/index.ts';
import type { AnalyzedArticle } from '../types.ts';
import { analyzeArchive, type AnalyzedArchive, type AnalyzeOptions } from './analyze-archive.ts';
import { REPO_ROOT, loadSiteSettingsFor } from './paths.ts';

/** The archive at each step: its settings, analysed, grouped, modelled. */
export interface ModelledArchive {
  settings: SiteSettings;
  analyzed: AnalyzedArchive;
  grouped: GroupedArticles<AnalyzedArticle>;
  model: ArchiveModel;
  /** The kept memories' files this build read while its analysis ran (the plan's among them, for `planPages`). */
  keptFiles: KeptFiles;
  /**
   * Keeps the memories of the steps, the model's with the keys of its pages once they are made (`planPages`), and
   * those of `alsoKept` (the plan's), in the cache folder for the next build process (nothing to do when this
   * process keeps them, or there is no cache), unless few articles changed since the ones there were kept (see
   * `CHANGES_KEPT_FROM`); resolves once they are written, in the background. Called once a build: it then lets the
   * memories go, and a second call does nothing.
   */
  keepMemories: (...alsoKept: Array<Kept<unknown>>) => Promise<void>;
}

/** Runs one named step; the build times each (`analyze`, `dedupe`, `archive`). */
export type StepRunner = <T>(step: 'analyze' | 'dedupe' | 'archive', work: () => T | Promise<T>) => Promise<T>;

const untimed: StepRunner = async (_step, work) => work();

/** What a build keeps of a step's work for the next (see `src/cache/kept-memory.ts`). */
export interface Kept<M> {
  memory?: M;
  /** Whether the memory is one the cache folder held, of the same code. */
  fromFile: boolean;
  /** Keeps this build's memory in the cache folder (nothing to do when the process keeps it); resolves once written. */
  save: () => Promise<void>;
}

/** The memories a build keeps in the cache folder, each with the modules whose code makes it. */
const KEPT_KINDS = {
  duplicates: ['dedupe/group-duplicates.ts'],
  related: ['archive/related.ts'],
  model: ['archive/stored-model.ts', 'archive/build-archive.ts', 'render/page-keys.ts'],
  plan: ['build/plan-pages.ts'],
};
export type KeptKind = keyof typeof KEPT_KINDS;

/** A kept memory's file as read: the fingerprint of the code that makes it, and what it held for that code or null. */
interface KeptFile {
  fingerprint: string;
  stored: unknown;
}

/** The kept memories' files read ahead, by kind. */
export type KeptFiles = Partial<Record<KeptKind, KeptFile>>;

/** The file of the memory of `kind` the last build kept in the cache folder `cacheDir`, read and parsed. */
function readKeptFile(options: Pick<AnalyzeOptions, 'contentDir'>, cacheDir: string, kind: KeptKind): KeptFile {
  const src = path.join(REPO_ROOT, 'src');
  const fingerprint = fingerprintModules(src, KEPT_KINDS[kind], path.join(REPO_ROOT, 'package.json'));
  const articlesDir = path.join(options.contentDir, 'articles');
  return { fingerprint, stored: loadKeptMemory(cacheDir, articlesDir, kind, fingerprint) };
}

/**
 * Reads the files of the memories the last build kept in the cache folder, but those this process keeps: a build
 * does it while its analysis worker analyses the files new or changed, which the build's thread otherwise waits for.
 */
function readKeptFiles(options: AnalyzeOptions): KeptFiles {
  const { cacheDir, memory } = options;
  if (!cacheDir) return {};
  const inProcess: Record<KeptKind, unknown> = {
    duplicates: memory?.dedupe,
    related: memory?.related,
    model: memory?.model,
    plan: memory?.plan,
  };
  const kinds = (Object.keys(KEPT_KINDS) as KeptKind[]).filter((kind) => !inProcess[kind]);
  return Object.fromEntries(kinds.map((kind) => [kind, readKeptFile(options, cacheDir, kind)]));
}

/**
 * A step's memory to update: the one this process kept (`fromProcess`), else the one the last build kept in the
 * cache folder under the fingerprint of the code that makes it (`read` ahead, or read now), with `save` to keep this
 * build's there, else none.
 */
export function keptMemory<M>(
  options: Pick<AnalyzeOptions, 'contentDir' | 'cacheDir'>,
  kind: { name: KeptKind; fromProcess: M | undefined; read?: KeptFile },
  convert: { restore: (stored: unknown) => M; store: (memory: M) => unknown },
): Kept<M> {
  if (kind.fromProcess) return { memory: kind.fromProcess, fromFile: false, save: async () => {} };
  const { cacheDir } = options;
  if (!cacheDir) return { fromFile: false, save: async () => {} };
  const articlesDir = path.join(options.contentDir, 'articles');
  const { fingerprint, stored } = kind.read ?? readKeptFile(options, cacheDir, kind.name);
  const memory = convert.restore(stored);
  const save = () => saveKeptMemory(cacheDir, articlesDir, kind.name, fingerprint, convert.store(memory));
  return { memory, fromFile: stored !== null, save };
}

/** The related articles' candidates to update (none kept: an empty memory, every article scored). */
function relatedMemoryFor(options: AnalyzeOptions, files: KeptFiles): Kept<RelatedMemory> {
  const kind = { name: 'related' as const, fromProcess: options.memory?.related, read: files.related };
  const restore = (stored: unknown) => {
    try {
      return restoreRelatedMemory(stored as StoredRelatedMemory);
    } catch {
      return createRelatedMemory();
    }
  };
  return keptMemory(options, kind, { restore, store: storeRelatedMemory });
}

/** The duplicate groups to update (none kept: an empty memory, every article compared). */
function dedupeMemoryFor(options: AnalyzeOptions, files: KeptFiles): Kept<DedupeMemory> {
  const kind = { name: 'duplicates' as const, fromProcess: options.memory?.dedupe, read: files.duplicates };
  return keptMemory(options, kind, { restore: restoreDedupeMemory, store: storeDedupeMemory });
}

/**
 * The last model's memory to update, with the keys of its pages (none kept: an empty memory, the model made anew).
 * The one the cache folder holds is of the records of the analysis `analyzed`: an article whose record is not among
 * them any more is taken as gone.
 */
function modelMemoryFor(options: AnalyzeOptions, analyzed: AnalysisOf, files: KeptFiles): Kept<ModelMemory> {
  const { articles, analysisFingerprint: analysis } = analyzed;
  const kind = { name: 'model' as const, fromProcess: options.memory?.model, read: files.model };
  const restore = (stored: unknown) =>
    restoreModelMemory(stored as StoredModelMemory | null, articles, analysis, (page, key) =>
      keepPageKey(page, analysis, key),
    ) ?? createModelMemory();
  const store = (memory: ModelMemory) => storeModelMemory(memory, analysis, (page) => madePageKey(page, analysis));
  return keptMemory(options, kind, { restore, store });
}

/**
 * Articles new, changed or gone since the model the cache folder holds from which a build keeps its memories there;
 * with fewer, it leaves the memories there as they are, for the next build to update by the changes of both (as it
 * would by its own: a kept memory is updated to any archive of its analysis, by the articles that differ), rather
 * than make JSON of them and write them again (20 MB at 10,000 articles).
 */
const CHANGES_KEPT_FROM = 5;

/**
 * How many of `records` are new or changed, and how many are gone, since the model `memory` restored from the cache
 * folder (all when there is none).
 */
function changesSince(memory: ModelMemory | undefined, records: AnalyzedArticle[]): number {
  if (!memory?.context) return Infinity;
  const same = records.filter((record) => memory.byRecord.has(record)).length;
  return records.length - same + (memory.articles.length - same);
}

/** Whether the model was made in the context (taxonomy, outlet table, page size) of the one `memory` held before. */
const sameContext = (before: ModelMemory['context'] | undefined, memory: ModelMemory | undefined) =>
  JSON.stringify(before) === JSON.stringify(memory?.context);

/** The records grouping kept, and the analysis they come from. */
interface AnalysisOf {
  articles: AnalyzedArticle[];
  analysisFingerprint: string;
}

/**
 * Analyses the archive of `options.contentDir`, groups its duplicate stories, and builds its model with the outlet
 * table and the site settings of the archive (or the default ones).
 */
export async function modelArchive(options: AnalyzeOptions, run: StepRunner = untimed): Promise<ModelledArchive> {
  // Read before the articles, so that a mistake in it stops the build at once.
  const settings = loadSiteSettingsFor(options.contentDir);
  let keptFiles: KeptFiles = {};
  const whileAnalysing = () => {
    keptFiles = readKeptFiles(options);
  };
  const analyzed = await run('analyze', () => analyzeArchive({ ...options, whileAnalysing }));
  // The outlet table the tagger read (see `taxonomySourcesFor`).
  const outlets = indexOutlets(analyzed.taxonomy.outlets ?? []);
  const grouped = await run('dedupe', () => {
    const dedupe = dedupeMemoryFor(options, keptFiles);
    const groups = groupDuplicates(analyzed.articles, dedupe.memory);
    return { groups, memory: dedupe };
  });
  let keepMemories: ModelledArchive['keepMemories'] = async () => {};
  const model = await run('archive', () => {
    const related = relatedMemoryFor(options, keptFiles);
    const kept = modelMemoryFor(
      options,
      { articles: grouped.groups.kept, analysisFingerprint: analyzed.analysisFingerprint },
      keptFiles,
    );
    // Before the model is made: that updates the memory to it.
    const changes = changesSince(kept.memory, grouped.groups.kept);
    const context = kept.memory?.context;
    const built = buildArchive(grouped.groups.kept, analyzed.taxonomy, settings, outlets, related.memory, kept.memory);
    // Kept once, then let go: held here, the related articles' candidates and the model's memory (11 MiB at 10,000
    // articles) stayed on the heap to the end of the build, while Pagefind built its index.
    let toKeep: { memories: Array<Kept<unknown>>; model: Kept<ModelMemory> } | null = {
      memories: [grouped.memory, related, kept],
      model: kept,
    };
    keepMemories = async (...alsoKept) => {
      if (!toKeep) return;
      const memories = [...toKeep.memories, ...alsoKept];
      const updated = memories.every((m) => m.fromFile) && sameContext(context, toKeep.model.memory);
      toKeep = null;
      if (updated && changes < CHANGES_KEPT_FROM) return;
      await Promise.all(memories.map((m) => m.save()));
    };
    return built;
  });
  return { settings, analyzed, grouped: grouped.groups, model, keptFiles, keepMemories };
}
