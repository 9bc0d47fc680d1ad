/** Bench: medians of repeated measurements, and the table the benchmark prints. Pure. */

/** The median of a non-empty list. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A Markdown table: a header row, then one row per entry. */
export function formatTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export const formatSeconds = (s: number) => `${s.toFixed(1)} s`;
export const formatMiB = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
export const formatKB = (bytes: number) => `${Math.round(bytes / 1000)} KB`;
