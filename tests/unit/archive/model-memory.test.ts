import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  buildArchive,
  createModelMemory,
  createRelatedMemory,
  restoreModelMemory,
  storeModelMemory,
  type ArchiveArticle,
  type ArchiveModel,
  type ListPage,
  type ModelMemory,
  type RelatedMemory,
} from '../../../src/archive/index.ts';
import { indexOutlets } from '../../../src/outlets/index.ts';
import type { AnalyzedArticle, DatePrecision } from '../../../src/types.ts';
import { analyzeText, defaultContext } from '../../helpers/pipeline.ts';
import { archiveChange, type ArchiveChange } from '../../helpers/arbitraries.ts';

const { taxonomy } = defaultContext();
const TEMPLATE = analyzeText('---\ntitle: Template\n---\nRussia and China held talks in Beijing on the day.');
const COUNTRIES = taxonomy.countries.slice(0, 6);
const ACTORS = taxonomy.actors.slice(0, 12);
const TOPICS = taxonomy.topics.map((t) => t.id);
const OUTLETS = indexOutlets([{ name: 'Reuters', domains: ['reuters.com'], names: ['Reuters'] }]);

/** An article's tags, date, title and source, drawn from few values so that terms, dates and URLs are shared. */
interface Drawn {
  countries: Array<[number, boolean]>;
  actors: number[];
  discovered: boolean;
  topics: string[];
  date: { year: number; month: number; day: number; precision: DatePrecision } | null;
  title: string;
  source: string | null;
  copies: number;
}

const drawn: fc.Arbitrary<Drawn> = fc.record({
  countries: fc.uniqueArray(fc.tuple(fc.nat(COUNTRIES.length - 1), fc.boolean()), {
    maxLength: 3,
    selector: ([i]) => i,
  }),
  actors: fc.uniqueArray(fc.nat(ACTORS.length - 1), { maxLength: 3 }),
  discovered: fc.boolean(),
  topics: fc.uniqueArray(fc.constantFrom(...TOPICS), { maxLength: 2 }),
  date: fc.option(
    fc.record({
      year: fc.integer({ min: 2021, max: 2024 }),
      month: fc.integer({ min: 1, max: 3 }),
      day: fc.integer({ min: 1, max: 2 }),
      precision: fc.constantFrom<DatePrecision>('day', 'day', 'month', 'year'),
    }),
    { freq: 6 },
  ),
  title: fc.constantFrom('Talks', 'Sanctions', 'Summit', 'Visit'),
  source: fc.constantFrom('Reuters', 'reuters.com', 'Tass', null),
  copies: fc.nat(2),
});

/** The record of file `file`, version `version`, as the analysis (and duplicate grouping) would give it. */
function recordOf(file: number, version: number, d: Drawn): AnalyzedArticle {
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = d.date && `${d.date.year}-${pad(d.date.month)}-${pad(d.date.day)}`;
  const title = `${d.title} ${file % 3}`;
  return {
    ...TEMPLATE,
    file: `${file}.md`,
    hash: `${String((file * 7919 + version * 104729) % 1_000_003).padStart(8, '0')}${file}v${version}`,
    title,
    date: d.date && { iso: iso!, precision: d.date.precision },
    source: d.source,
    blocks: [{ kind: 'paragraph', text: `${title} happened on the day, as the ministers of both sides said.` }],
    countries: d.countries.map(([i, primary]) => ({ ...TEMPLATE.countries[0]!, ...COUNTRIES[i]!, primary })),
    actors: [
      ...d.actors.map((i) => ({ ...ACTORS[i]!, type: ACTORS[i]!.type, discovered: false, origin: 'text' as const })),
      ...(d.discovered ? [{ id: 'found', name: 'Found Person', discovered: true, origin: 'text' as const }] : []),
    ].map((a) => ({ country: null, evidence: [], ...a })) as AnalyzedArticle['actors'],
    topics: d.topics.map((id) => ({
      ...TEMPLATE.topics[0]!,
      id,
      title: taxonomy.topics.find((t) => t.id === id)!.title,
    })),
    alsoPublished: Array.from({ length: d.copies }, (_, i) => ({
      file: `${file}-copy-${i}.md`,
      source: 'Tass',
      sourceUrl: null,
      date: null,
      title,
    })),
  } as AnalyzedArticle;
}

type Change = ArchiveChange<Drawn>;

const change = archiveChange(drawn);

const SETTINGS = { itemsPerPage: 3 };

/** The model as a reader sees it: every field, in order. */
const shown = (model: ArchiveModel) => JSON.stringify(model);

/** What a page shows, as its key stands for it. */
const keyOfPage = (page: ArchiveArticle | ListPage) => JSON.stringify(page);

/**
 * The memory as a new build process finds it: stored as JSON with each page's key, and restored with the records the
 * analysis gives now (copies: a new process reads them again), checking that each key comes back with its page.
 */
function throughJson(memory: ModelMemory, records: AnalyzedArticle[]): ModelMemory {
  const stored = JSON.parse(JSON.stringify(storeModelMemory(memory, 'analysis', keyOfPage))) as unknown;
  const keys = new Map<ArchiveArticle | ListPage, string>();
  const restored = restoreModelMemory(
    stored as Parameters<typeof restoreModelMemory>[0],
    structuredClone(records),
    'analysis',
    (page, key) => keys.set(page, key),
  );
  assert.ok(restored);
  for (const [page, key] of keys) assert.equal(keyOfPage(page), key);
  return restored;
}

/**
 * Makes the changes to an archive of `first`, and checks after each that the model made from the last one's
 * (kept in the process, or stored and restored by a new one when `stored`) is the one made anew, and that making it
 * left the last model as it was.
 */
function checkChanges(first: Drawn[], changes: Change[], stored = false) {
  let next = 0;
  const archive: AnalyzedArticle[] = first.map((d) => recordOf(next++, 0, d));
  const related: RelatedMemory = createRelatedMemory();
  let kept: ModelMemory = createModelMemory();
  let last = buildArchive(archive, taxonomy, SETTINGS, OUTLETS, related, kept);
  let version = 1;
  for (const { kind, at, drawn: d } of changes) {
    const i = at % archive.length;
    if (kind === 'add') archive.push(recordOf(next++, 0, d));
    if (kind === 'edit') archive[i] = recordOf(Number(archive[i]!.file.split('.')[0]), version++, d);
    if (kind === 'remove' && archive.length > 1) archive.splice(i, 1);
    const lastShown = shown(last);
    const records = [...archive].reverse();
    if (stored) kept = throughJson(kept, records);
    const updated = buildArchive(records, taxonomy, SETTINGS, OUTLETS, related, kept);
    assert.equal(shown(updated), shown(buildArchive(archive, taxonomy, SETTINGS, OUTLETS)));
    assert.equal(shown(last), lastShown);
    last = updated;
  }
}

describe('the archive model kept from one build to the next', () => {
  it('is the one made anew after articles are added, edited and removed', () => {
    fc.assert(
      fc.property(
        fc.array(drawn, { minLength: 20, maxLength: 60 }),
        fc.array(change, { maxLength: 8 }),
        (first, changes) => checkChanges(first, changes),
      ),
      { numRuns: 60 },
    );
  });

  it('is the one made anew when a new process restores it from JSON after articles are added, edited and removed', () => {
    fc.assert(
      fc.property(
        fc.array(drawn, { minLength: 20, maxLength: 60 }),
        fc.array(change, { maxLength: 8 }),
        (first, changes) => checkChanges(first, changes, true),
      ),
      { numRuns: 60 },
    );
  });

  it('is not restored for the records of another analysis', () => {
    const records = [
      recordOf(0, 0, {
        countries: [[0, true]],
        actors: [],
        discovered: false,
        topics: [],
        date: null,
        title: 'Talks',
        source: null,
        copies: 0,
      }),
    ];
    const kept = createModelMemory();
    buildArchive(records, taxonomy, SETTINGS, OUTLETS, undefined, kept);
    const stored = storeModelMemory(kept, 'analysis', () => null);
    assert.ok(restoreModelMemory(stored, records, 'analysis', () => {}));
    assert.equal(
      restoreModelMemory(stored, records, 'another analysis', () => {}),
      null,
    );
  });

  it('is made anew when the page size changes', () => {
    const articles = [0, 1, 2, 3, 4].map((n) =>
      recordOf(n, 0, {
        countries: [[0, true]],
        actors: [0],
        discovered: false,
        topics: [TOPICS[0]!],
        date: { year: 2024, month: 1, day: 1, precision: 'day' },
        title: 'Talks',
        source: null,
        copies: 0,
      }),
    );
    const kept = createModelMemory();
    buildArchive(articles, taxonomy, SETTINGS, OUTLETS, undefined, kept);
    const larger = { itemsPerPage: 10 };
    assert.equal(
      shown(buildArchive(articles, taxonomy, larger, OUTLETS, undefined, kept)),
      shown(buildArchive(articles, taxonomy, larger, OUTLETS)),
    );
  });
});
