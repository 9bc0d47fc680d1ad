/**
 * Search stage: the date table of a Pagefind index, `dates.json` beside it: every page's id (the name of its
 * fragment, which is the id of its search result) grouped by the date it is ordered by. The search page orders
 * results by date with it, loading it only for a date-ordered search; Pagefind's own sort data would be loaded by
 * every search. Touches the disk.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

const DATE_TABLE_FILE = 'dates.json';
/** Pagefind's files are gzip-compressed, and start with this signature once uncompressed. */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';
const FRAGMENT_SUFFIX = '.pf_fragment';

/** The table for `pages` (a result id with its date): ids grouped by date, in order under each. Pure. */
export function groupByDate(pages: Array<{ id: string; date: string }>): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const { id, date } of [...pages].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))) {
    (table[date] ??= []).push(id);
  }
  return table;
}

/** The URL of each page of the Pagefind index in `indexDir`, by result id, read from its fragments. */
function pageUrls(indexDir: string): Array<{ id: string; url: string }> {
  const fragments = path.join(indexDir, 'fragment');
  // An index of no pages has no fragment folder.
  if (!existsSync(fragments)) return [];
  return readdirSync(fragments)
    .filter((name) => name.endsWith(FRAGMENT_SUFFIX))
    .map((name) => {
      const text = gunzipSync(readFileSync(path.join(fragments, name))).toString('utf8');
      if (!text.startsWith(PAGEFIND_SIGNATURE)) throw new Error(`${name} is not a Pagefind fragment`);
      return { id: name.slice(0, -FRAGMENT_SUFFIX.length), url: (JSON.parse(text.slice(PAGEFIND_SIGNATURE.length)) as { url: string }).url };
    });
}

/** Writes the date table of the Pagefind index in `indexDir`, given each indexed URL's date. */
export function writeDateTable(indexDir: string, dateOfUrl: ReadonlyMap<string, string>): void {
  const pages = pageUrls(indexDir).map(({ id, url }) => {
    const date = dateOfUrl.get(url);
    if (date === undefined) throw new Error(`the search index holds ${url}, which is not an article of this build`);
    return { id, date };
  });
  writeFileSync(path.join(indexDir, DATE_TABLE_FILE), JSON.stringify(groupByDate(pages)));
}
