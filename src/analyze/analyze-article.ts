/** Analyze: runs extract → tag → classify → overrides on one read article. Pure. */
import { classifyTopics, compileTopics, type CompiledTopics } from '../classify/index.ts';
import { extractArticle, type ExtractSettings } from '../extract/index.ts';
import { compileTaxonomy, createDocument, tagArticle, type CompiledTaxonomy } from '../tag/index.ts';
import type { Taxonomy } from '../taxonomy/index.ts';
import type { AnalyzedArticle, RawArticle } from '../types.ts';
import { applyTagOverrides, applyTopicOverrides } from './overrides.ts';
import { makeFieldsSafe } from './safe-fields.ts';

/** Everything analysis needs besides the article: compiled once per build. */
export interface AnalysisContext {
  taxonomy: Taxonomy;
  tagger: CompiledTaxonomy;
  topics: CompiledTopics;
  settings: ExtractSettings;
}

export function createAnalysisContext(taxonomy: Taxonomy, settings: ExtractSettings): AnalysisContext {
  const tagger = compileTaxonomy(taxonomy);
  return { taxonomy, tagger, topics: compileTopics(taxonomy.topics, tagger), settings };
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

export function analyzeArticle(raw: RawArticle, context: AnalysisContext): AnalyzedArticle {
  const extracted = makeFieldsSafe(extractArticle(raw, context.settings));
  const doc = createDocument(extracted.title, extracted.text);
  const tagged = applyTagOverrides(tagArticle(doc, context.tagger), raw.frontMatter, context.taxonomy);
  const classified = applyTopicOverrides(
    classifyTopics(doc, tagged.tags, context.topics),
    raw.frontMatter,
    context.taxonomy,
  );
  return {
    file: raw.file,
    hash: raw.hash,
    format: raw.format,
    title: extracted.title,
    date: extracted.date,
    dateText: extracted.dateText,
    author: extracted.author,
    source: extracted.source,
    blocks: extracted.blocks,
    text: extracted.text,
    words: countWords(extracted.text),
    countries: tagged.tags.countries,
    actors: tagged.tags.actors,
    topics: classified.topics,
    removed: extracted.removed,
    diagnostics: [...raw.diagnostics, ...extracted.diagnostics, ...tagged.diagnostics, ...classified.diagnostics],
  };
}
