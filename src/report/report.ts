/** Report: what a build did with every input file, assembled from the articles' diagnostics. Pure. */
import type { AnalyzedArticle, Diagnostic, Rejection } from '../types.ts';

export interface BuildReport {
  articlesDir: string;
  filesRead: number;
  published: Array<{ file: string; url: string; title: string; hash?: string }>;
  rejected: Rejection[];
  /** Entries under the articles folder that are not article files (symbolic links, other extensions). */
  skipped: Rejection[];
  warnings: Array<{ file: string } & Diagnostic>;
  /** Seconds per stage. */
  timings: Record<string, number>;
  /** Articles new or changed since the previous build, analysed now, and taken from the analysis cache. */
  counts?: { new: number; changed: number; analyzed: number; cached: number };
  /** Output files written because they are new or changed, and files left as the previous build wrote them. */
  pages?: { written: number; unchanged: number };
}

export function createReport(
  articlesDir: string,
  articles: Array<AnalyzedArticle & { url: string }>,
  rejected: Rejection[],
  skipped: Rejection[],
  timings: Record<string, number>,
): BuildReport {
  return {
    articlesDir,
    filesRead: articles.length + rejected.length,
    published: articles.map((a) => ({ file: a.file, url: a.url, title: a.title, hash: a.hash })).sort((a, b) => a.file.localeCompare(b.file)),
    rejected: [...rejected].sort((a, b) => a.file.localeCompare(b.file)),
    skipped,
    warnings: articles
      .flatMap((a) => a.diagnostics.filter((d) => d.level !== 'info').map((d) => ({ file: a.file, ...d })))
      .sort((a, b) => a.file.localeCompare(b.file)),
    timings,
  };
}

/** A few lines for the terminal. */
export function formatSummary(report: BuildReport): string {
  const lines = [
    `${report.filesRead} files read: ${report.published.length} published, ${report.rejected.length} rejected, ${report.warnings.length} warnings`,
  ];
  if (report.counts) {
    const c = report.counts;
    lines.push(`  articles: ${c.new} new, ${c.changed} changed, ${c.analyzed} analysed, ${c.cached} from cache`);
  }
  if (report.pages) lines.push(`  output files: ${report.pages.written} written, ${report.pages.unchanged} unchanged`);
  for (const r of report.rejected) lines.push(`  rejected ${r.file}: ${r.reason}`);
  for (const s of report.skipped) lines.push(`  skipped ${s.file}: ${s.reason}`);
  const timings = Object.entries(report.timings).map(([stage, s]) => `${stage} ${s.toFixed(2)}s`);
  lines.push(`  time: ${timings.join(', ')}`);
  return lines.join('\n');
}
