/** Taxonomy: the archive's knowledge (countries, actors, topics) as validated data. */
export {
  loadTaxonomy,
  parseTaxonomy,
  readTaxonomySources,
  TaxonomyError,
  TAXONOMY_FILES,
  type Taxonomy,
  type TaxonomySources,
} from './load.ts';
export type { Country } from './countries.ts';
export type { ActorEntry, TopicEntry, TopicTerm } from './schema.ts';
