/**
 * Build: what a build renders and indexes, and what it keeps of the previous site: the pages whose data and
 * templates did not change are kept unrendered, and the search index is planned as a base and a delta (see
 * `src/search/plan-index.ts`). Reads the code's files for its fingerprints; writes nothing.
 */
import path from 'node:path';
import type { ArchiveArticle, ArchiveModel } from '../archive/index.ts';
import { fingerprintModules, fingerprintSources } from '../cache/index.ts';
import type { BuildState, OutputWriter } from '../output/index.ts';
import { itemPagesOf, type ItemPages } from '../render/index.ts';
import type { SiteSettings } from '../settings/index.ts';
import {
  buildSearchRecord,
  hashSearchRecord,
  planSearchIndex,
  type SearchIndexPlan,
  type SearchIndexState,
  type SearchRecord,
} from '../search/index.ts';
import { REPO_ROOT } from './paths.ts';
import type { PagesToRender } from './render-site.ts';

export interface PagePlan {
  /**
   * The search record of every article the search index takes now (all when the base is indexed again, else those
   * of the delta), in the model's order, for the search stage to take.
   */
  searchRecords: SearchRecord[];
  searchPlan: SearchIndexPlan;
  /** Every page rendered one per item, with its key. */
  itemPages: ItemPages;
  /** Identifies the rendering code and the templates: the build state keeps it beside the pages' keys. */
  renderFingerprint: string;
  /** The pages to render now. */
  toRender: PagesToRender;
  /** The previous site's pages to keep as they are. */
  toKeep: string[];
  /** The previous site's pages not kept: changed or gone. */
  dropped: string[];
}

/** What the previous site was built from, as far as planning needs it. */
export interface PreviousSite {
  state: BuildState | null;
  search: SearchIndexState | null;
  /** The writer of the new site, which knows the previous site's files. */
  writer: OutputWriter;
}

/** The module that writes the search index: the code it reaches decides the index made of the same records. */
const SEARCH_INDEX_ENTRY = 'search/index-site.ts';

/** The code's fingerprints, read again unless `memory` has them. */
function codeFingerprints(memory?: PlanMemory): NonNullable<PlanMemory['codeFingerprints']> {
  if (memory?.codeFingerprints) return memory.codeFingerprints;
  const packageFile = path.join(REPO_ROOT, 'package.json');
  const fingerprints = {
    rendering: fingerprintSources(REPO_ROOT, ['src', 'templates'], packageFile),
    searchIndex: fingerprintModules(path.join(REPO_ROOT, 'src'), [SEARCH_INDEX_ENTRY], packageFile),
  };
  if (memory) memory.codeFingerprints = fingerprints;
  return fingerprints;
}

/** The rendering code, the templates and the site's settings: what makes the same page data give the same page. */
function fingerprintRendering(code: string, settings: SiteSettings): string {
  return `${code}\0${JSON.stringify(settings)}`;
}

/**
 * What a process that builds again and again (`npm run dev`) keeps of its last plan: the hash of each article's
 * search record by what decides the record (see `searchHashesOf`), so that only new or changed articles' records are
 * built and hashed again.
 */
export interface PlanMemory {
  /** By the article's part of the record's key (`recordKeyOf`), for the analysis and language of `searchContext`. */
  searchHashes: Map<string, string>;
  searchContext: string | null;
  /**
   * The fingerprints of the rendering code and of the search index's code, read once: the process runs the code it
   * loaded (`npm run dev` starts a new one when a template changes), and reading the code's 2.3 MB took each plan
   * about 35 ms at a load of 30.
   */
  codeFingerprints: { rendering: string; searchIndex: string } | null;
}

export function createPlanMemory(): PlanMemory {
  return { searchHashes: new Map(), searchContext: null, codeFingerprints: null };
}

/** The memory as JSON holds it: the search records' hashes by their keys, for the analysis and language of `context`. */
export interface StoredPlanMemory {
  context: string;
  searchHashes: Array<[string, string]>;
}

export function storePlanMemory(memory: PlanMemory): StoredPlanMemory | null {
  return memory.searchContext === null
    ? null
    : { context: memory.searchContext, searchHashes: [...memory.searchHashes] };
}

/** The memory `stored` held (the code's fingerprints read again), or an empty one when it is not what `storePlanMemory` gives. */
export function restorePlanMemory(stored: unknown): PlanMemory {
  const memory = createPlanMemory();
  const { context, searchHashes } = (stored ?? {}) as Partial<StoredPlanMemory>;
  const entry = (e: unknown) => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'string';
  if (typeof context === 'string' && Array.isArray(searchHashes) && searchHashes.every(entry))
    Object.assign(memory, { searchContext: context, searchHashes: new Map(searchHashes) });
  return memory;
}

/** Each article's part of its search record's key, made once per article object (a model's are never changed). */
const recordKeys = new WeakMap<ArchiveArticle, string>();

function recordKeyOf(article: ArchiveArticle): string {
  let key = recordKeys.get(article);
  if (key === undefined) {
    const { hash, format, url, dateLabel, outlet } = article;
    key = JSON.stringify([hash, format, url, dateLabel, outlet?.name ?? null]);
    recordKeys.set(article, key);
  }
  return key;
}

/**
 * The hash of each article's search record, and the records made to hash them (by the article's place; none for an
 * article whose hash was known). A record is made of the article's analysis (decided by the analysis' fingerprint,
 * the bytes' hash and the format), its address, its date's label, its outlet and the site's language, so with
 * `memory` the hash the last plan made for the same of these is taken again; the memory then holds this plan's.
 */
function searchHashesOf(articles: ArchiveArticle[], analysis: string, language: string, memory?: PlanMemory) {
  const context = JSON.stringify([analysis, language]);
  const known = memory?.searchContext === context ? memory.searchHashes : null;
  const kept = new Map<string, string>();
  const records: Array<SearchRecord | undefined> = [];
  const hashes = articles.map((article, i) => {
    const key = recordKeyOf(article);
    let recordHash = known?.get(key);
    if (recordHash === undefined) {
      records[i] = buildSearchRecord(article, language);
      recordHash = hashSearchRecord(records[i]);
    }
    kept.set(key, recordHash);
    return recordHash;
  });
  if (memory) Object.assign(memory, { searchHashes: kept, searchContext: context });
  return { hashes, records };
}

/** The search index plan: which articles go into the base and the delta, given the previous index. */
function planSearch(
  articles: ArchiveArticle[],
  hashes: string[],
  previous: SearchIndexState | null,
  searchFingerprint: string,
  shardSize: number,
): SearchIndexPlan {
  const entries = articles.map((article, i) => ({ url: article.url, hash: hashes[i]! }));
  return planSearchIndex(entries, previous, searchFingerprint, shardSize);
}

/**
 * The records of the articles `plan` indexes now: those made to hash them (`made`, by the article's place) as they
 * are, the others made now. A full build made every record for its hash: making each again took the plan as long.
 */
function recordsToIndex(
  articles: ArchiveArticle[],
  plan: SearchIndexPlan,
  language: string,
  made: Array<SearchRecord | undefined>,
): SearchRecord[] {
  const inDelta = new Set(plan.keepDelta ? [] : plan.delta);
  return articles.flatMap((article, i) =>
    plan.rebuildBase || inDelta.has(article.url) ? [made[i] ?? buildSearchRecord(article, language)] : [],
  );
}

/**
 * Plans the build of `model`, whose articles come from the analysis `built.analysisFingerprint`: a page whose key and
 * templates are those of the previous build, and which the previous site still has, is kept.
 */
export function planPages(
  model: ArchiveModel,
  built: { analysisFingerprint: string; settings: SiteSettings },
  previous: PreviousSite,
  memory?: PlanMemory,
): PagePlan {
  const { language } = built.settings;
  const code = codeFingerprints(memory);
  const searched = searchHashesOf(model.articles, built.analysisFingerprint, language, memory);
  const shardSize = built.settings.searchShardSize;
  const searchPlan = planSearch(model.articles, searched.hashes, previous.search, code.searchIndex, shardSize);
  const searchRecords = recordsToIndex(model.articles, searchPlan, language, searched.records);
  const renderFingerprint = fingerprintRendering(code.rendering, built.settings);
  const itemPages = itemPagesOf(model, built.analysisFingerprint);
  const previousKeys = previous.state?.render.fingerprint === renderFingerprint ? previous.state.render.pages : {};
  // Asked once a page: whether the previous site has a file is a look at the disk (20,000 at 10,000 articles).
  const keeping = new Set<string>();
  const changed = (p: { file: string; key: string }) => {
    if (previousKeys[p.file] !== p.key || !previous.writer.had(p.file)) return true;
    keeping.add(p.file);
    return false;
  };
  const toRender: PagesToRender = {
    articles: itemPages.articles.filter(changed).map((p) => p.article),
    lists: itemPages.lists.filter(changed).map((p) => p.list),
  };
  const toKeep = [...keeping];
  const dropped = Object.keys(previousKeys).filter((file) => !keeping.has(file));
  return { searchRecords, searchPlan, itemPages, renderFingerprint, toRender, toKeep, dropped };
}
