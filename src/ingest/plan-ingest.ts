/** Ingest: new files + what the archive holds → what to write for each, and what to tell the archivist. Pure. */
import { analyzeFile, isAnalyzed, type AnalysisContext } from '../analyze/index.ts';
import { addToIndex, findDuplicates, type DuplicateKind } from '../dedupe/index.ts';
import { hashBytes } from '../read/index.ts';
import type { AnalyzedArticle } from '../types.ts';
import type { ArchiveState } from './archive-state.ts';
import { renderArticleMarkdown } from './article-markdown.ts';
import { articleFileName, sourceFileName } from './file-names.ts';
import { reviewFlags } from './review-flags.ts';

/** One file to ingest. */
export interface IngestInput {
  /** The name shown to the user and recorded as the original's name. */
  name: string;
  bytes: Uint8Array;
}

export type IngestResult =
  | {
      status: 'written';
      input: string;
      /** Relative to articles/. */
      articleFile: string;
      markdown: string;
      /** Relative to the archive folder. */
      sourceFile: string;
      bytes: Uint8Array;
      article: AnalyzedArticle;
      flags: string[];
      duplicateOf: { file: string; similarity: number; kind: DuplicateKind } | null;
    }
  | { status: 'unchanged'; input: string; articleFile: string }
  | { status: 'rejected'; input: string; reason: string };

/**
 * Plans the ingest of `inputs` into an archive. An original already there (or earlier in the same batch) is
 * left alone; the others are analysed, named, rendered and checked for duplicates against the archive and
 * the batch. `state` is updated as files are planned.
 */
export function planIngest(
  inputs: IngestInput[],
  state: ArchiveState,
  context: AnalysisContext,
  retrieved: string,
): IngestResult[] {
  return inputs.map(({ name, bytes }): IngestResult => {
    const sha256 = hashBytes(bytes);
    const known = state.known.get(sha256);
    if (known) return { status: 'unchanged', input: name, articleFile: known };
    const article = analyzeFile(name, bytes, context, sha256);
    if (!isAnalyzed(article)) return { status: 'rejected', input: name, reason: article.reason };
    const articleFile = articleFileName(article, sha256, state.taken);
    const sourceFile = sourceFileName(sha256, name);
    const [match] = findDuplicates(state.index, article.fingerprint);
    state.known.set(sha256, articleFile);
    state.taken.add(articleFile.toLowerCase());
    addToIndex(state.index, articleFile, article.fingerprint);
    const origin = { file: name, sha256, kept: sourceFile, retrieved: article.retrieved ?? retrieved };
    return {
      status: 'written',
      input: name,
      articleFile,
      markdown: renderArticleMarkdown(article, origin),
      sourceFile,
      bytes,
      article,
      flags: reviewFlags(article),
      duplicateOf: match ? { file: match.id, similarity: match.similarity, kind: match.kind } : null,
    };
  });
}
