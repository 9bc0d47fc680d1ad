/** Tag stage: an article's title and text → its country and actor tags, each with evidence. */
import type { Tags } from '../types.ts';
import type { CompiledTaxonomy } from './compile.ts';
import { tagActors } from './actors.ts';
import { tagCountries } from './countries.ts';
import type { TagDocument } from './document.ts';

export { compileTaxonomy, type CompiledTaxonomy } from './compile.ts';
export { createDocument, evidenceAt, type TagDocument } from './document.ts';
export { PhraseMatcher } from './matcher.ts';
export { splitSentences } from './sentences.ts';
export { tokenize } from './tokens.ts';

export function tagArticle(doc: TagDocument, compiled: CompiledTaxonomy): Tags {
  const actors = tagActors(doc, compiled);
  return { countries: tagCountries(doc, compiled, actors), actors };
}
