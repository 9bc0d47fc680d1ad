/** Ingest: the results of an ingest as a table for the terminal. Pure. */
import { formatFrontMatterDate } from './article-markdown.ts';
import type { IngestResult } from './plan-ingest.ts';
import { printableLine } from '../report/index.ts';

/** Longest title shown, in characters, so the table stays readable in a terminal (the file name says the rest). */
const MAX_TITLE = 40;

function shorten(title: string): string {
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title;
}

const HEADER = ['input', 'written to', 'title', 'date', 'author', 'source', 'tags', 'needs a look'];

function row(result: IngestResult): string[] {
  if (result.status === 'unchanged')
    return [
      result.input,
      'nothing (unchanged)',
      '',
      '',
      '',
      '',
      '',
      `already ingested as articles/${result.articleFile}`,
    ];
  if (result.status === 'rejected') return [result.input, 'nothing (rejected)', '', '', '', '', '', result.reason];
  const a = result.article;
  const tags = `${a.countries.filter((c) => c.primary).length} countries, ${a.actors.filter((x) => !x.discovered).length} actors, ${a.topics.length} topics`;
  const duplicate = result.duplicateOf
    ? [
        `${result.duplicateOf.kind === 'exact' ? 'same text as' : `similar (${result.duplicateOf.similarity.toFixed(2)}) to`} articles/${result.duplicateOf.file}`,
      ]
    : [];
  return [
    result.input,
    `articles/${result.articleFile}`,
    shorten(a.title),
    a.date ? `${formatFrontMatterDate(a.date)} (${a.date.precision})` : 'undated',
    a.author ?? '',
    a.source ?? '',
    tags,
    [...result.flags, ...duplicate].join('; ') || 'ok',
  ];
}

/** A table, escaped for a terminal (input, where it was written, what was found, tags, what needs a look) and a closing count. */
export function formatIngestTable(results: IngestResult[]): string {
  // Names and titles come from files: escaped, line breaks too, before their widths are measured, so each row stays
  // one line and the columns stay aligned.
  const rows = [HEADER, ...results.map((result) => row(result).map(printableLine))];
  const widths = HEADER.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const count = (status: IngestResult['status']) => results.filter((r) => r.status === status).length;
  const written = count('written');
  lines.push(
    '',
    written
      ? `${written} written, ${count('unchanged')} unchanged, ${count('rejected')} rejected`
      : `Nothing to do: ${count('unchanged')} already ingested, ${count('rejected')} rejected`,
  );
  return lines.join('\n');
}
