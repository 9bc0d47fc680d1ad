/** Build: how many articles are new or changed since the previous build, from its report. Pure. */
import type { BuildReport } from '../report/index.ts';

export interface ChangeCounts {
  /** Articles whose file the previous build did not publish. */
  new: number;
  /** Articles whose file the previous build published with other bytes. */
  changed: number;
}

/** Compares the files and content hashes of this build's articles with those the previous report published. */
export function countChanges(articles: Array<{ file: string; hash: string }>, previous: Pick<BuildReport, 'published'> | null): ChangeCounts {
  const before = new Map((previous?.published ?? []).map((p) => [p.file, p.hash]));
  let added = 0;
  let changed = 0;
  for (const article of articles) {
    if (!before.has(article.file)) added++;
    else if (before.get(article.file) !== article.hash) changed++;
  }
  return { new: added, changed };
}
