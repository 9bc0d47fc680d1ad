import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { fragmentIdOf, readFragmentUrl } from '../../../src/output/index.ts';
import { groupByDate, startPagefind } from '../../../src/search/index.ts';

describe('the date table of a search index', () => {
  it('groups result ids by date, undated articles under the date that sorts before every other', () => {
    const table = groupByDate([
      { id: 'en_b', date: '2024-06-20' },
      { id: 'en_c', date: '0000-00-00' },
      { id: 'en_a', date: '2024-06-20' },
      { id: 'en_d', date: '2019-01' },
    ]);
    assert.deepEqual(Object.entries(table), [
      ['0000-00-00', ['en_c']],
      ['2019-01', ['en_d']],
      ['2024-06-20', ['en_a', 'en_b']],
    ]);
  });
});

describe('the URL of a search result read from its fragment', () => {
  it("reads each fragment's URL as the whole fragment holds it, however long or escaped", async () => {
    const urls = [
      '/articles/2024/06/ferry-terminal-opens/',
      '/articles/quoted-"word"-and-back\\slash/',
      '/articles/café-über-straße/',
      // Longer than the start of a fragment that is uncompressed first: the fragment is read whole.
      `/articles/${Array.from({ length: 400 }, (_, i) => (i * 7919).toString(36)).join('-')}/`,
    ];
    const pagefind = startPagefind();
    const records = urls.map((url, i) => ({
      url,
      content: `Story ${i}: the harbour authority opened a ferry terminal on Monday.`,
      language: 'en',
      meta: { title: `Story ${i}` },
      filters: {},
    }));
    const [files] = await pagefind.run([{ records, kind: 'delta', language: 'en' }], Promise.resolve(), () => {});
    const fragments = files!.filter((file) => fragmentIdOf(file.path) !== null);
    const whole = fragments.map((file) => {
      const text = gunzipSync(file.content).toString('utf8');
      return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
    });
    assert.deepEqual([...whole].sort(), [...urls].sort());
    assert.deepEqual(
      fragments.map((file) => readFragmentUrl(file.path, file.content)),
      whole,
    );
  });
});
