/**
 * Cache: analysed articles stored on disk, one JSON file per entry, addressed by the article's content hash and
 * everything else that affects the analysis (pipeline code, taxonomy, settings), each with the fingerprint of its
 * text that duplicate grouping compares. Touches the disk; an entry that cannot be read or does not look like an
 * analysed article is ignored, so the article is simply analysed again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SIGNATURE_LENGTH, type Fingerprint } from '../dedupe/index.ts';
import type { AnalyzedArticle, SourceFormat } from '../types.ts';

/** Version of the entry format; bump it when the shape of a stored entry changes. */
export const CACHE_FORMAT_VERSION = 2;

/** What an entry is stored without: the file path, so a renamed or copied file still finds its analysis. */
export type CachedAnalysis = Omit<AnalyzedArticle, 'file'>;

export interface AnalysisCache {
  /** The stored analysis of these bytes and its text's fingerprint, or null when there is none (or it is unreadable). */
  get(hash: string, format: SourceFormat): { article: CachedAnalysis; fingerprint: Fingerprint } | null;
  /** Stores an analysis; a failure to write is not an error (the cache is an optimisation). */
  set(article: AnalyzedArticle, fingerprint: Fingerprint): void;
}

/** A fingerprint as JSON holds it: its number arrays as base64 of their bytes, a quarter of the size of a list. */
interface StoredFingerprint {
  textHash: string;
  shingles: string;
  signature: string;
}

interface Entry {
  version: number;
  key: string;
  article: CachedAnalysis;
  fingerprint: StoredFingerprint;
}

const toBase64 = (numbers: Uint32Array) => Buffer.from(numbers.buffer, numbers.byteOffset, numbers.byteLength).toString('base64');

/** The numbers back from base64; null when the bytes are not whole numbers. */
function fromBase64(text: unknown): Uint32Array | null {
  if (typeof text !== 'string') return null;
  const bytes = Buffer.from(text, 'base64');
  // A copy into a buffer of its own: the decoded bytes may sit unaligned in a shared pool.
  return bytes.length % 4 ? null : new Uint32Array(new Uint8Array(bytes).buffer);
}

function readFingerprint(stored: Partial<StoredFingerprint> | undefined): Fingerprint | null {
  const shingles = fromBase64(stored?.shingles);
  const signature = fromBase64(stored?.signature);
  if (typeof stored?.textHash !== 'string' || !shingles || signature?.length !== SIGNATURE_LENGTH) return null;
  return { textHash: stored.textHash, shingles, signature };
}

/** True when `value` has the fields every analysed article has, with the right types. */
function looksAnalyzed(value: unknown): value is CachedAnalysis {
  const a = value as Partial<CachedAnalysis> | null;
  return (
    typeof a === 'object' &&
    a !== null &&
    typeof a.hash === 'string' &&
    typeof a.title === 'string' &&
    typeof a.text === 'string' &&
    typeof a.words === 'number' &&
    [a.blocks, a.countries, a.actors, a.topics, a.removed, a.diagnostics].every(Array.isArray)
  );
}

/**
 * Opens the analysis cache in `dir`.
 * @param context a fingerprint of everything besides the article's bytes that decides its analysis.
 */
export function openAnalysisCache(dir: string, context: string): AnalysisCache {
  const keyOf = (hash: string, format: SourceFormat) =>
    createHash('sha256').update(`${CACHE_FORMAT_VERSION}\0${context}\0${format}\0${hash}`).digest('hex');
  const fileOf = (key: string) => path.join(dir, key.slice(0, 2), `${key}.json`);
  return {
    get(hash, format) {
      const key = keyOf(hash, format);
      try {
        const entry = JSON.parse(readFileSync(fileOf(key), 'utf8')) as Partial<Entry>;
        if (entry.version !== CACHE_FORMAT_VERSION || entry.key !== key || !looksAnalyzed(entry.article)) return null;
        const fingerprint = readFingerprint(entry.fingerprint);
        return entry.article.hash === hash && fingerprint ? { article: entry.article, fingerprint } : null;
      } catch {
        return null;
      }
    },
    set(article, fingerprint) {
      const key = keyOf(article.hash, article.format);
      const { file: _file, ...rest } = article;
      const stored = { textHash: fingerprint.textHash, shingles: toBase64(fingerprint.shingles), signature: toBase64(fingerprint.signature) };
      const entry: Entry = { version: CACHE_FORMAT_VERSION, key, article: rest, fingerprint: stored };
      const target = fileOf(key);
      const temporary = `${target}.${process.pid}.tmp`;
      try {
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(temporary, JSON.stringify(entry));
        renameSync(temporary, target);
      } catch {
        // A read-only or full disk only costs the next build the analysis of this article.
      }
    },
  };
}

/** Combines the fingerprints that decide an analysis (pipeline code, taxonomy, settings) into one. */
export function fingerprintAnalysis(parts: { pipeline: string; taxonomy: string; settings: unknown }): string {
  return createHash('sha256').update(parts.pipeline).update('\0').update(parts.taxonomy).update('\0').update(JSON.stringify(parts.settings)).digest('hex');
}
