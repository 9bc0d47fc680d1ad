import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fragmentIdOf, readFragmentUrl } from '../../../src/output/index.ts';
import { startPagefind, type SearchRecord } from '../../../src/search/index.ts';

const record = (url: string, content: string): SearchRecord => ({
  url,
  content,
  language: 'en',
  meta: { title: content.slice(0, 20) },
  filters: {},
});

/** Indexes `records` as a search delta with the Pagefind worker of a process that keeps it: the URLs it holds. */
async function deltaUrls(records: SearchRecord[]): Promise<string[]> {
  const pagefind = startPagefind({ keep: true });
  const [files] = await pagefind.run([{ records, kind: 'delta', language: 'en' }], Promise.resolve(), () => {});
  const fragments = files!.filter((file) => fragmentIdOf(file.path) !== null);
  return fragments.map((file) => readFragmentUrl(file.path, file.content)).sort();
}

describe('the Pagefind worker a process keeps between its builds (npm run dev)', () => {
  it("indexes each build's delta anew: an article left out of the next delta is not in its index", async () => {
    const first = await deltaUrls([
      record('/articles/ferry/', 'The harbour authority opened a ferry terminal on Monday.'),
      record('/articles/bakery/', 'A village bakery won the national bread prize.'),
    ]);
    assert.deepEqual(first, ['/articles/bakery/', '/articles/ferry/']);
    const second = await deltaUrls([record('/articles/ferry/', 'The ferry terminal opened with a correction.')]);
    assert.deepEqual(second, ['/articles/ferry/']);
  });
});
