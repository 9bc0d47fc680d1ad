/** Taxonomy: the archive's knowledge (countries, actors, topics) as validated data. */
export {
  checkTaxonomy,
  loadDefaultTaxonomy,
  loadTaxonomy,
  parseTaxonomy,
  readTaxonomySources,
  TaxonomyError,
  TAXONOMY_FILES,
  type OutletsFile,
  type Taxonomy,
  type TaxonomySources,
  type TaxonomyWarning,
} from './load.ts';
export type { Country } from './countries.ts';
export type { ActorEntry, TopicEntry, TopicTerm } from './schema.ts';
