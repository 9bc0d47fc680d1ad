import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { ArchiveModel } from '../../../src/archive/index.ts';
import { modelArchive, type ModelledArchive } from '../../../src/build/index.ts';
import {
  createPlanMemory,
  planPages,
  restorePlanMemory,
  storePlanMemory,
  type PreviousSite,
} from '../../../src/build/plan-pages.ts';
import type { OutputWriter } from '../../../src/output/index.ts';
import type { SearchIndexState } from '../../../src/search/index.ts';
import { makeArchive } from '../../helpers/archive.ts';

/** A previous site of which the writer knows no file, with the search index `search`. */
const previousWith = (search: SearchIndexState | null): PreviousSite => ({
  state: null,
  search,
  writer: { had: () => false } as unknown as OutputWriter,
});

describe('search records hashed again only where what makes them changed', () => {
  let archive: ModelledArchive;
  before(async () => {
    archive = await modelArchive({ contentDir: makeArchive({}, { seeds: true }), retrieved: null });
  });

  it('plans the search index as a plan without memory does, through outlet, address and archive changes', () => {
    const built = { analysisFingerprint: archive.analyzed.analysisFingerprint, settings: archive.settings };
    const memory = createPlanMemory();
    const plan = (model: ArchiveModel, previous: PreviousSite) => {
      const kept = planPages(model, built, previous, memory);
      const fresh = planPages(model, built, previous);
      assert.deepEqual([kept.searchPlan, kept.searchRecords], [fresh.searchPlan, fresh.searchRecords]);
      return kept;
    };
    const first = plan(archive.model, previousWith(null));
    assert.equal(first.searchRecords.length, archive.model.articles.length);
    const [a, b, ...rest] = archive.model.articles;
    // One article's outlet renamed, another moved to a new address, the last gone.
    const changed = [
      { ...a!, outlet: { name: `${a!.outlet?.name ?? 'No outlet'} (renamed)`, url: null } },
      { ...b!, url: `${b!.url}moved/` },
      ...rest.slice(0, -1),
    ];
    const second = plan({ ...archive.model, articles: changed }, previousWith(first.searchPlan.state));
    assert.equal(second.searchPlan.rebuildBase, false);
    // Only the delta's records are made: the renamed and moved articles, and the others of their buckets.
    assert.deepEqual(
      second.searchRecords.map((r) => r.url),
      changed.map((article) => article.url).filter((url) => second.searchPlan.delta.includes(url)),
    );
    assert.ok(second.searchPlan.delta.includes(changed[0]!.url) && second.searchPlan.delta.includes(changed[1]!.url));
    // The same model again: the delta kept, no record made.
    const third = plan({ ...archive.model, articles: changed }, previousWith(second.searchPlan.state));
    assert.deepEqual([third.searchPlan.keepDelta, third.searchRecords], [true, []]);
  });

  it('takes no record hash of the last plan when the site language changed, as the records did', () => {
    const memory = createPlanMemory();
    const settings = archive.settings;
    const built = (language: string) => ({
      analysisFingerprint: archive.analyzed.analysisFingerprint,
      settings: { ...settings, language },
    });
    const first = planPages(archive.model, built('en'), previousWith(null), memory);
    const previous = previousWith(first.searchPlan.state);
    const kept = planPages(archive.model, built('fr'), previous, memory);
    const fresh = planPages(archive.model, built('fr'), previous);
    assert.deepEqual(kept.searchPlan, fresh.searchPlan);
    assert.notEqual(kept.searchPlan.keepDelta, true);
  });

  it('plans as a plan without memory does with the memory a new process restores from JSON, and ignores one it cannot read', () => {
    const built = { analysisFingerprint: archive.analyzed.analysisFingerprint, settings: archive.settings };
    const memory = createPlanMemory();
    const first = planPages(archive.model, built, previousWith(null), memory);
    const restored = restorePlanMemory(JSON.parse(JSON.stringify(storePlanMemory(memory))));
    assert.equal(restored.searchHashes.size, archive.model.articles.length);
    const [a, ...rest] = archive.model.articles;
    const changed = { ...archive.model, articles: [{ ...a!, url: `${a!.url}moved/` }, ...rest] };
    const previous = previousWith(first.searchPlan.state);
    const kept = planPages(changed, built, previous, restored);
    const fresh = planPages(changed, built, previous);
    assert.deepEqual([kept.searchPlan, kept.searchRecords], [fresh.searchPlan, fresh.searchRecords]);
    for (const unreadable of [null, { context: 1 }, { context: 'x', searchHashes: [[1, 2]] }])
      assert.equal(restorePlanMemory(unreadable).searchHashes.size, 0);
  });
});
