import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildArchive, searchUrl } from '../../../src/archive/index.ts';
import { buildSearchRecord, searchDateOf, UNDATED_YEAR } from '../../../src/search/index.ts';
import { analyzeText, defaultContext, defaultSettings } from '../../helpers/pipeline.ts';

const DATED = `---
title: Lavrov meets Wang Yi in Beijing
date: 2024-06-20
source: Example News
---
Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Beijing. China and Russia discussed diplomacy and talks.
`;
const UNDATED = `---
title: A note without a date
---
Russia and China held talks.
`;

describe('search records', () => {
  const model = buildArchive(
    [analyzeText(DATED, 'a.md'), analyzeText(UNDATED, 'b.md')],
    defaultContext().taxonomy,
    defaultSettings(),
  );
  const [dated, undated] = [model.articles.find((a) => a.date)!, model.articles.find((a) => !a.date)!];

  it('filter by the ids a search URL carries, so a shared URL maps straight onto the filters', () => {
    const record = buildSearchRecord(dated, 'en');
    assert.ok(record.filters.country!.includes('CN') && record.filters.country!.includes('RU'));
    assert.ok(record.filters.actor!.includes('sergey-lavrov'));
    assert.deepEqual(record.filters.year, ['2024']);
    assert.deepEqual(record.filters.source, ['Example News']);
    for (const topic of record.filters.topic ?? []) assert.match(searchUrl({ topic }), new RegExp(`topic=${topic}$`));
  });

  it('carry the date a reader reads and the topics and source (by id) as filters, which are not searched', () => {
    const record = buildSearchRecord(dated, 'en');
    assert.deepEqual(record.filters.date, ['20 June 2024']);
    assert.deepEqual(record.filters.source, ['Example News']);
    assert.deepEqual(
      record.filters.topic,
      dated.topics.map((t) => t.id),
    );
    assert.deepEqual(buildSearchRecord(undated, 'en').filters.date, ['Undated']);
  });

  it('index only the title and the body: the metadata, which Pagefind searches too, is the title alone', () => {
    const record = buildSearchRecord(dated, 'en');
    assert.equal(record.content, `${dated.title}\n\n${dated.text}`);
    assert.deepEqual(record.meta, { title: dated.title });
  });

  it('put undated articles in their own year, with a date-order value before every date', () => {
    const record = buildSearchRecord(undated, 'en');
    assert.deepEqual(record.filters.year, [UNDATED_YEAR]);
    assert.ok(searchDateOf(undated) < searchDateOf(dated));
  });
});
