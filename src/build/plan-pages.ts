/**
 * Build: what a build renders and indexes, and what it keeps of the previous site: the pages whose data and
 * templates did not change are kept unrendered, and the search index is planned as a base and a delta (see
 * `src/search/plan-index.ts`). Reads the code's files for its fingerprints; writes nothing.
 */
import path from 'node:path';
import type { ArchiveModel } from '../archive/index.ts';
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
  /** The search record of every article, in the model's order, for the search stage to take. */
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

/** The rendering code, the templates and the site's settings: what makes the same page data give the same page. */
function fingerprintRendering(settings: SiteSettings): string {
  const code = fingerprintSources(REPO_ROOT, ['src', 'templates'], path.join(REPO_ROOT, 'package.json'));
  return `${code}\0${JSON.stringify(settings)}`;
}

/** The search index plan: which of `records` go into the base and the delta, given the previous index. */
function planSearch(records: SearchRecord[], previous: SearchIndexState | null): SearchIndexPlan {
  const entries = records.map((r) => ({ url: r.url, hash: hashSearchRecord(r) }));
  const searchFingerprint = fingerprintModules(
    path.join(REPO_ROOT, 'src'),
    [SEARCH_INDEX_ENTRY],
    path.join(REPO_ROOT, 'package.json'),
  );
  return planSearchIndex(entries, previous, searchFingerprint);
}

/**
 * Plans the build of `model`, whose articles come from the analysis `built.analysisFingerprint`: a page whose key and
 * templates are those of the previous build, and which the previous site still has, is kept.
 */
export function planPages(
  model: ArchiveModel,
  built: { analysisFingerprint: string; settings: SiteSettings },
  previous: PreviousSite,
): PagePlan {
  const searchRecords = model.articles.map((article) => buildSearchRecord(article, built.settings.language));
  const searchPlan = planSearch(searchRecords, previous.search);
  const renderFingerprint = fingerprintRendering(built.settings);
  const itemPages = itemPagesOf(model, built.analysisFingerprint);
  const previousKeys = previous.state?.render.fingerprint === renderFingerprint ? previous.state.render.pages : {};
  const unchanged = (p: { file: string; key: string }) => previousKeys[p.file] === p.key && previous.writer.had(p.file);
  const toRender: PagesToRender = {
    articles: itemPages.articles.filter((p) => !unchanged(p)).map((p) => p.article),
    lists: itemPages.lists.filter((p) => !unchanged(p)).map((p) => p.list),
  };
  const toKeep = [...itemPages.articles, ...itemPages.lists].filter(unchanged).map((p) => p.file);
  const keeping = new Set(toKeep);
  const dropped = Object.keys(previousKeys).filter((file) => !keeping.has(file));
  return { searchRecords, searchPlan, itemPages, renderFingerprint, toRender, toKeep, dropped };
}
