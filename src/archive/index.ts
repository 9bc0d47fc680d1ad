/** Archive stage: analysed articles → the model every page and the search index are built from. */
export { buildArchive, createModelMemory, type ArchiveSettings, type ModelMemory } from './build-archive.ts';
export { formatDate } from './dates.ts';
export { refOf } from './article-refs.ts';
export { restoreModelMemory, storeModelMemory, type StoredModelMemory } from './stored-model.ts';
export {
  createRelatedMemory,
  findRelated,
  RELATED_WEIGHTS,
  restoreRelatedMemory,
  storeRelatedMemory,
  type RelatedMemory,
  type StoredRelatedMemory,
} from './related.ts';
export {
  articleFolder,
  assignUrls,
  feedUrl,
  monthAnchor,
  pageUrl,
  searchUrl,
  termUrl,
  type SearchQuery,
} from './urls.ts';
export type {
  ArchiveArticle,
  ArchiveOverview,
  ArchiveModel,
  ArticleRef,
  ListPage,
  OtherCopy,
  Term,
  TermKind,
  Timeline,
} from './model.ts';
