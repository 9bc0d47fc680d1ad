/** Report: what a build did with every input file, assembled from the articles' diagnostics. Pure. */
import type { AnalyzedArticle, Diagnostic, Rejection } from '../types.ts';
import { listDiscoveredActors, type DiscoveredActor } from './discovered.ts';

export interface BuildReport {
  articlesDir: string;
  filesRead: number;
  published: Array<{ file: string; url: string; title: string }>;
  rejected: Rejection[];
  /** Entries under the articles folder that are not article files (symbolic links, other extensions). */
  skipped: Rejection[];
  warnings: Array<{ file: string } & Diagnostic>;
  /** Seconds per stage. */
  timings: Record<string, number>;
  /** People named in a person's context whom the actors file does not know yet: candidates for actors.yaml. */
  discoveredActors: DiscoveredActor[];
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
    published: articles.map((a) => ({ file: a.file, url: a.url, title: a.title })).sort((a, b) => a.file.localeCompare(b.file)),
    rejected: [...rejected].sort((a, b) => a.file.localeCompare(b.file)),
    skipped,
    warnings: articles
      .flatMap((a) => a.diagnostics.filter((d) => d.level !== 'info').map((d) => ({ file: a.file, ...d })))
      .sort((a, b) => a.file.localeCompare(b.file)),
    timings,
    discoveredActors: listDiscoveredActors(articles),
  };
}

/** A few lines for the terminal. */
export function formatSummary(report: BuildReport): string {
  const lines = [
    `${report.filesRead} files read: ${report.published.length} published, ${report.rejected.length} rejected, ${report.warnings.length} warnings`,
  ];
  for (const r of report.rejected) lines.push(`  rejected ${r.file}: ${r.reason}`);
  for (const s of report.skipped) lines.push(`  skipped ${s.file}: ${s.reason}`);
  if (report.discoveredActors.length) {
    lines.push(`  ${report.discoveredActors.length} people not in actors.yaml (discoveredActors in the report)`);
  }
  const timings = Object.entries(report.timings).map(([stage, s]) => `${stage} ${s.toFixed(2)}s`);
  lines.push(`  time: ${timings.join(', ')}`);
  return lines.join('\n');
}
