/** Report: what a build did with every input file, assembled from the articles' diagnostics. Pure. */
import type { DuplicateRecord } from '../dedupe/index.ts';
import type { AnalyzedArticle, Diagnostic, Rejection } from '../types.ts';

/** What a build did with every file it found: `filesRead` = `published` + `duplicates` + `rejected`. */
export interface BuildReport {
  articlesDir: string;
  /** Entries found under the articles folder (hidden ones aside), counted before any of them is read. */
  filesRead: number;
  published: Array<{ file: string; url: string; title: string }>;
  /** Files not published, with the reason: unreadable, empty, binary, broken front matter, symbolic links, other file types. */
  rejected: Rejection[];
  warnings: Array<{ file: string } & Diagnostic>;
  /** Files not published on their own because they carry the same story as a published one. */
  duplicates: DuplicateRecord[];
  /** Seconds per stage. */
  timings: Record<string, number>;
}

/** Assembles the report; `filesRead` comes from the listing, so a file lost between stages shows as a gap. */
export function createReport(
  articlesDir: string,
  filesRead: number,
  articles: Array<AnalyzedArticle & { url: string }>,
  rejected: Rejection[],
  timings: Record<string, number>,
  duplicates: DuplicateRecord[] = [],
): BuildReport {
  return {
    articlesDir,
    filesRead,
    published: articles.map((a) => ({ file: a.file, url: a.url, title: a.title })).sort((a, b) => a.file.localeCompare(b.file)),
    rejected: [...rejected].sort((a, b) => a.file.localeCompare(b.file)),
    warnings: articles
      .flatMap((a) => a.diagnostics.filter((d) => d.level !== 'info').map((d) => ({ file: a.file, ...d })))
      .sort((a, b) => a.file.localeCompare(b.file)),
    duplicates,
    timings,
  };
}

/** A few lines for the terminal. */
export function formatSummary(report: BuildReport): string {
  const lines = [
    `${report.filesRead} files read: ${report.published.length} published, ${report.duplicates.length} duplicates, ${report.rejected.length} rejected, ${report.warnings.length} warnings`,
  ];
  for (const d of report.duplicates) lines.push(`  duplicate ${d.file}: ${d.kind === 'exact' ? 'same text as' : `similar (${d.similarity.toFixed(2)}) to`} ${d.duplicateOf}`);
  for (const r of report.rejected) lines.push(`  rejected ${r.file}: ${r.reason}`);
  const timings = Object.entries(report.timings).map(([stage, s]) => `${stage} ${s.toFixed(2)}s`);
  lines.push(`  time: ${timings.join(', ')}`);
  return lines.join('\n');
}
