/**
 * Search stage: the date table of a Pagefind index, `dates.json` beside it: every page's id (the name of its
 * fragment, which is the id of its search result) grouped by the date it is ordered by. The search page orders
 * results by date with it, loading it only for a date-ordered search; Pagefind's own sort data would be loaded by
 * every search. Touches the disk.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';

const gunzipLater = promisify(gunzip);

const DATE_TABLE_FILE = 'dates.json';
/** Pagefind's files are gzip-compressed, and start with this signature once uncompressed. */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';
const FRAGMENT_SUFFIX = '.pf_fragment';
/** Fragments read and uncompressed at once, in the system's threads rather than the build's. */
const FRAGMENTS_IN_FLIGHT = 32;

/** The table for `pages` (a result id with its date): ids grouped by date, in order under each. Pure. */
export function groupByDate(pages: Array<{ id: string; date: string }>): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const { id, date } of [...pages].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))) {
    (table[date] ??= []).push(id);
  }
  return table;
}

/** The URL of each page of the Pagefind index in `indexDir`, by result id, read from its fragments. */
async function pageUrls(indexDir: string): Promise<Array<{ id: string; url: string }>> {
  const fragments = path.join(indexDir, 'fragment');
  // An index of no pages has no fragment folder.
  if (!existsSync(fragments)) return [];
  const names = readdirSync(fragments).filter((name) => name.endsWith(FRAGMENT_SUFFIX));
  const pages: Array<{ id: string; url: string }> = [];
  let next = 0;
  const readNext = async () => {
    while (next < names.length) {
      const name = names[next++]!;
      const text = (await gunzipLater(await readFile(path.join(fragments, name)))).toString('utf8');
      if (!text.startsWith(PAGEFIND_SIGNATURE)) throw new Error(`${name} is not a Pagefind fragment`);
      pages.push({ id: name.slice(0, -FRAGMENT_SUFFIX.length), url: (JSON.parse(text.slice(PAGEFIND_SIGNATURE.length)) as { url: string }).url });
    }
  };
  await Promise.all(Array.from({ length: FRAGMENTS_IN_FLIGHT }, readNext));
  return pages;
}

/** Writes the date table of the Pagefind index in `indexDir`, given each indexed URL's date. */
export async function writeDateTable(indexDir: string, dateOfUrl: ReadonlyMap<string, string>): Promise<void> {
  const pages = (await pageUrls(indexDir)).map(({ id, url }) => {
    const date = dateOfUrl.get(url);
    if (date === undefined) throw new Error(`the search index holds ${url}, which is not an article of this build`);
    return { id, date };
  });
  writeFileSync(path.join(indexDir, DATE_TABLE_FILE), JSON.stringify(groupByDate(pages)));
}
