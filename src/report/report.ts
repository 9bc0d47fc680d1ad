/** Report: what a build did with every input file, assembled from the articles' diagnostics. Pure. */
import type { DuplicateRecord } from '../dedupe/index.ts';
import type { AnalyzedArticle, Diagnostic, Rejection } from '../types.ts';
import { listDiscoveredActors, type DiscoveredActor } from './discovered.ts';
import { printableLine } from './printable.ts';

/** What a build did with every file it found: `filesRead` = `published` + `duplicates` + `rejected`. */
export interface BuildReport {
  articlesDir: string;
  /** Entries found under the articles folder (hidden ones aside), counted before any of them is read. */
  filesRead: number;
  published: Array<{ file: string; url: string; title: string; hash: string }>;
  /** Files not published, with the reason: unreadable, empty, binary, broken front matter, symbolic links, other file types. */
  rejected: Rejection[];
  warnings: Array<{ file: string } & Diagnostic>;
  /** Files not published on their own because they carry the same story as a published one. */
  duplicates: DuplicateRecord[];
  /** Seconds per stage. */
  timings: Record<string, number>;
  /** People named in a person's context whom the actors file does not know yet: candidates for actors.yaml. */
  discoveredActors: DiscoveredActor[];
  /** Articles new or changed since the previous build, analysed now, and taken from the analysis cache. */
  counts?: { new: number; changed: number; analyzed: number; cached: number };
  /**
   * Output files written because they are new or changed, and files left as the previous build wrote them; pages
   * rendered by Eleventy (the others of those rendered one per item kept unrendered, their data unchanged).
   */
  pages?: { written: number; unchanged: number; rendered: number };
  /** Articles Pagefind indexed in this build, whether the base index was indexed anew, and the articles of the delta. */
  search?: { indexed: number; baseIndexed: boolean; deltaArticles: number };
}

/**
 * Every field of a build report, and whether its name alone says a JSON object is one (`search` or `pages` could
 * open a file of the user's), so that a report is told from another file whatever the order of its fields.
 */
const REPORT_FIELDS: Record<keyof BuildReport, boolean> = {
  articlesDir: true,
  filesRead: true,
  published: false,
  rejected: false,
  warnings: false,
  duplicates: false,
  timings: false,
  discoveredActors: true,
  counts: false,
  pages: false,
  search: false,
};

/** Whether `field`, the first of a JSON object, says it is a build report: a field only a report has. */
export const isFieldOnlyReportsHave = (field: string) =>
  Object.hasOwn(REPORT_FIELDS, field) && REPORT_FIELDS[field as keyof BuildReport];

/** Assembles the report; `filesRead` comes from the listing, so a file lost between stages shows as a gap. */
export function createReport(
  articlesDir: string,
  filesRead: number,
  articles: Array<Omit<AnalyzedArticle, 'fingerprint'> & { url: string }>,
  rejected: Rejection[],
  timings: Record<string, number>,
  duplicates: DuplicateRecord[] = [],
): BuildReport {
  return {
    articlesDir,
    filesRead,
    published: articles
      .map((a) => ({ file: a.file, url: a.url, title: a.title, hash: a.hash }))
      .sort((a, b) => a.file.localeCompare(b.file)),
    rejected: [...rejected].sort((a, b) => a.file.localeCompare(b.file)),
    warnings: articles
      .flatMap((a) => a.diagnostics.filter((d) => d.level !== 'info').map((d) => ({ file: a.file, ...d })))
      .sort((a, b) => a.file.localeCompare(b.file)),
    duplicates,
    timings,
    discoveredActors: listDiscoveredActors(articles),
  };
}

/** "1 warning", "3 warnings". */
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Warnings named one by one in the summary; past this many, the report lists the rest. */
const WARNINGS_LISTED = 20;

/** Rejected files and duplicates named one by one in the summary; past this many, the rest are counted by kind. */
const FILES_LISTED = 50;

/** "12 empty, 3 binary": how many of `items` there are of each kind, the commonest first. */
function countsByKind<T>(items: T[], kindOf: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) {
    const kind = kindOf(item);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
}

/** The first `limit` of `items`, a line each (`line`), and a line counting the others (`more`) when there are any. */
function namedFirst<T>(items: T[], limit: number, line: (item: T) => string, more: (rest: T[]) => string): string[] {
  const lines = items.slice(0, limit).map(line);
  if (items.length > limit) lines.push(more(items.slice(limit)));
  return lines;
}

/**
 * "135 published: 2 new, 1 changed, 132 as before" and "139 files analysed: 5 now, 134 from the cache; the other 2
 * rejected" (of the files read: not articles, unreadable, or stopped by the analysis budget).
 */
function describeChanges(report: BuildReport): string[] {
  if (!report.counts) return [];
  const c = report.counts;
  const same = report.published.length - c.new - c.changed;
  const analysed = c.analyzed + c.cached;
  const unread = report.filesRead - analysed;
  return [
    `  ${report.published.length} published: ${c.new} new, ${c.changed} changed, ${same} as before`,
    `  ${count(analysed, 'file')} analysed: ${c.analyzed} now, ${c.cached} from the cache${unread > 0 ? `; the other ${unread} rejected` : ''}`,
  ];
}

/**
 * A few lines for the terminal: every count with what it is made of, the first fifty rejections and duplicates and
 * the first twenty warnings named, the others counted. What comes from files (names, reasons quoting them) is shown
 * `printable`, a line break in it too.
 */
export function formatSummary(report: BuildReport): string {
  const lines = [
    `${count(report.filesRead, 'file')} read: ${report.published.length} published, ${count(report.duplicates.length, 'duplicate')}, ${report.rejected.length} rejected, ${count(report.warnings.length, 'warning')}`,
    ...describeChanges(report),
  ];
  lines.push(
    ...namedFirst(
      report.duplicates,
      FILES_LISTED,
      (d) =>
        `  duplicate ${d.file}: ${d.kind === 'exact' ? 'same text as' : `similar (${d.similarity.toFixed(2)}) to`} ${d.duplicateOf}`,
      (rest) =>
        `  … and ${count(rest.length, 'more duplicate')} (${countsByKind(rest, (d) => d.kind)}; duplicates in the report)`,
    ),
    ...namedFirst(
      report.rejected,
      FILES_LISTED,
      (r) => `  rejected ${r.file}: ${r.reason}`,
      (rest) => `  … and ${rest.length} more rejected (${countsByKind(rest, (r) => r.code)}; rejected in the report)`,
    ),
    ...namedFirst(
      report.warnings,
      WARNINGS_LISTED,
      (w) => `  warning ${w.file}: ${w.message}`,
      (rest) => `  … and ${count(rest.length, 'more warning')} (warnings in the report)`,
    ),
  );
  if (report.pages) {
    const p = report.pages;
    lines.push(`  output files: ${p.written} written, ${p.unchanged} unchanged; ${p.rendered} pages rendered`);
  }
  if (report.search) {
    const s = report.search;
    const delta = s.deltaArticles ? `, ${s.deltaArticles} in the delta` : '';
    lines.push(
      `  search index: ${s.indexed} articles indexed (${s.baseIndexed ? 'whole index' : 'base kept'}${delta})`,
    );
  }
  if (report.discoveredActors.length) {
    const organisations = report.discoveredActors.filter((a) => a.type === 'organization').length;
    lines.push(
      `  ${report.discoveredActors.length - organisations} people and ${organisations} organisations not in actors.yaml (discoveredActors in the report)`,
    );
  }
  const timings = Object.entries(report.timings).map(([stage, s]) => `${stage} ${s.toFixed(2)}s`);
  lines.push(`  time: ${timings.join(', ')}`);
  return lines.map(printableLine).join('\n');
}
