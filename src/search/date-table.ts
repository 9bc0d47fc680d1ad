/**
 * Search stage: the date table of a Pagefind index, `dates.json` beside it: every page's id (the name of its
 * fragment, which is the id of its search result) grouped by the date it is ordered by. The search page orders
 * results by date with it, loading it only for a date-ordered search; Pagefind's own sort data would be loaded by
 * every search.
 */
import { DATE_TABLE_FILE, fragmentIdOf, readFragmentUrl } from '../output/index.ts';
import type { IndexFile } from './index-site.ts';

/** The table for `pages` (a result id with its date): ids grouped by date, in order under each. Pure. */
export function groupByDate(pages: Array<{ id: string; date: string }>): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const { id, date } of [...pages].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1,
  )) {
    (table[date] ??= []).push(id);
  }
  return table;
}

/** The URL of each page of a Pagefind index, by result id, read from the index's fragments (among `files`). */
function pageUrls(files: IndexFile[]): Array<{ id: string; url: string }> {
  return files.flatMap((file) => {
    const id = fragmentIdOf(file.path);
    return id === null ? [] : [{ id, url: readFragmentUrl(file.path, file.content) }];
  });
}

/** The date table of the Pagefind index made of `files`, given each indexed URL's date: the file and its content. */
export function buildDateTable(files: IndexFile[], dateOfUrl: ReadonlyMap<string, string>): IndexFile {
  const pages = pageUrls(files).map(({ id, url }) => {
    const date = dateOfUrl.get(url);
    if (date === undefined) throw new Error(`the search index holds ${url}, which is not an article of this build`);
    return { id, date };
  });
  return { path: DATE_TABLE_FILE, content: Buffer.from(JSON.stringify(groupByDate(pages))) };
}
