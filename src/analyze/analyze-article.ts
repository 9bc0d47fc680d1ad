/**
 * Analyze: the one pipeline from a file to its article record, used by the build, ingest, `analyze` and the
 * Eleventy data alike: read → extract (front matter over the page) → tag → classify → the duplicate fingerprint.
 * Each step enriches the record the step before left, adding its messages. Pure.
 */
import { classifyTopics, compileTopics, type CompiledTopics } from '../classify/index.ts';
import { fingerprintText } from '../dedupe/index.ts';
import { readCaptureHeader } from '../extract/capture.ts';
import { extractArticle, type ExtractOptions } from '../extract/index.ts';
import { isRejection, readArticle } from '../read/index.ts';
import { compileTaxonomy, createDocument, tagArticle, type CompiledTaxonomy, type TagDocument } from '../tag/index.ts';
import type { Taxonomy } from '../taxonomy/index.ts';
import type { AnalyzedArticle, RawArticle, Rejection } from '../types.ts';
import { applyFrontMatterFields, applyTagOverrides, applyTopicOverrides, settingsFor } from './front-matter.ts';
import { makeFieldsSafe } from './safe-fields.ts';

/** Everything analysis needs besides the article: compiled once per build. */
export interface AnalysisContext {
  taxonomy: Taxonomy;
  tagger: CompiledTaxonomy;
  topics: CompiledTopics;
  settings: ExtractOptions;
}

export function createAnalysisContext(taxonomy: Taxonomy, settings: ExtractOptions): AnalysisContext {
  const tagger = compileTaxonomy(taxonomy);
  return { taxonomy, tagger, topics: compileTopics(taxonomy.topics, tagger), settings };
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** The record as the extract stage leaves it: the read stage's fields, then the article's metadata and text. */
export type ExtractedRecord = Omit<AnalyzedArticle, 'countries' | 'actors' | 'topics' | 'fingerprint'>;
/** …and as the tag stage leaves it. */
type TaggedRecord = Omit<AnalyzedArticle, 'topics' | 'fingerprint'>;

/** Extract: what the page says, with the front matter laid over it (no tag stage runs, so no model is read). */
export function extractRecord(raw: RawArticle, context: AnalysisContext): ExtractedRecord {
  const settings = settingsFor(raw.frontMatter, context.settings);
  const page = extractArticle(raw, settings);
  const { diagnostics, ...extracted } = makeFieldsSafe(applyFrontMatterFields(page, raw.frontMatter));
  return {
    file: raw.file,
    hash: raw.hash,
    format: raw.format,
    ...extracted,
    sourceUrl: raw.frontMatter.sourceUrl ?? (raw.format === 'text' ? (readCaptureHeader(raw.body)?.url ?? null) : null),
    retrieved: settings.retrieved,
    words: countWords(extracted.text),
    diagnostics: [...raw.diagnostics, ...diagnostics],
  };
}

/** Tag: the countries and actors of the title and text, with the front matter's additions and removals. */
function tagRecord(record: ExtractedRecord, doc: TagDocument, raw: RawArticle, context: AnalysisContext): TaggedRecord {
  const tagged = applyTagOverrides(tagArticle(doc, context.tagger), raw.frontMatter, context.taxonomy);
  const { diagnostics, ...rest } = record;
  return { ...rest, ...tagged.tags, diagnostics: [...diagnostics, ...tagged.diagnostics] };
}

/** Classify: the topics, from the text and the tags, with the front matter's additions and removals. */
function classifyRecord(record: TaggedRecord, doc: TagDocument, raw: RawArticle, context: AnalysisContext) {
  const found = classifyTopics(doc, { countries: record.countries, actors: record.actors }, context.topics);
  const classified = applyTopicOverrides(found, raw.frontMatter, context.taxonomy);
  const { diagnostics, ...rest } = record;
  return { ...rest, topics: classified.topics, diagnostics: [...diagnostics, ...classified.diagnostics] };
}

/** Analyses a read article: extract, tag, classify and fingerprint, each enriching the record. */
export function analyzeArticle(raw: RawArticle, context: AnalysisContext): AnalyzedArticle {
  const extracted = extractRecord(raw, context);
  const doc = createDocument(extracted.title, extracted.text);
  const tagged = tagRecord(extracted, doc, raw, context);
  const { diagnostics, ...classified } = classifyRecord(tagged, doc, raw, context);
  return { ...classified, fingerprint: fingerprintText(classified.text), diagnostics };
}

/**
 * The pipeline: the article record of the file `file` with these bytes, or why it cannot be published. An
 * exception in any stage rejects that file only.
 * @param hash the sha256 of `bytes`, when the caller has it already.
 */
export function analyzeFile(
  file: string,
  bytes: Uint8Array,
  context: AnalysisContext,
  hash?: string,
): AnalyzedArticle | Rejection {
  const raw = readArticle(file, bytes, hash);
  if (isRejection(raw)) return raw;
  try {
    return analyzeArticle(raw, context);
  } catch (error) {
    return { file, code: 'analysis-failed', reason: `analysis failed: ${(error as Error).message}` };
  }
}
