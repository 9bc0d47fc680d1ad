import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fingerprintAnalysis, openAnalysisCache, RACY_MS, SEGMENT_ENTRIES } from '../../../src/cache/index.ts';
import { fingerprintText } from '../../../src/dedupe/index.ts';
import { listDiscoveredActors } from '../../../src/report/discovered.ts';
import { loadDefaultTaxonomy } from '../../../src/taxonomy/index.ts';
import { analyzeText } from '../../helpers/pipeline.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';
import type { AnalyzedArticle } from '../../../src/types.ts';

const article = analyzeText(
  'Lavrov meets Wang Yi in Beijing\n\nSergey Lavrov met Wang Yi in Beijing on Thursday.\n',
  'talks.txt',
);
const others = ['Putin visits Minsk', 'Blinken calls Kuleba', 'Scholz meets Macron in Paris', 'Modi visits Moscow'].map(
  (title) => analyzeText(`${title}\n\n${title} on Friday, officials said.\n`, 'other.txt'),
);

const segmentsIn = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.ndjson'));
const entriesIn = (dir: string) =>
  segmentsIn(dir).flatMap((name) => readFileSync(path.join(dir, name), 'utf8').split('\n').filter(Boolean));

function tempDir(): string {
  return makeTempDir('news-archive-cache-');
}

/** A new cache folder holding `records`, as one build stored and flushed them. */
function cacheHolding(...records: AnalyzedArticle[]): string {
  const dir = tempDir();
  const cache = openAnalysisCache(dir, 'context');
  for (const record of records) cache.set(record);
  cache.flush();
  return dir;
}

/**
 * A new cache folder where one build stored `stored`; the next gives each back (checked) and stores `next`; a third
 * uses `used` alone and stores `added`, so that the two are written again as one segment, as read.
 */
function usedAloneAndWrittenAgain(
  stored: AnalyzedArticle[],
  next: AnalyzedArticle,
  used: AnalyzedArticle,
  added: AnalyzedArticle,
): string {
  const dir = cacheHolding(...stored);
  const second = openAnalysisCache(dir, 'context');
  for (const a of stored) assert.deepEqual(second.get(a.hash, a.format, a.file), a);
  second.set(next);
  second.flush();
  const third = openAnalysisCache(dir, 'context');
  third.get(used.hash, used.format, used.file);
  third.set(added);
  third.flush();
  return dir;
}

describe('analysis cache', () => {
  it('gives back what was stored, with the fingerprint of its text, under any file name', () => {
    const cache = openAnalysisCache(tempDir(), 'context');
    assert.equal(cache.get(article.hash, article.format, article.file), null);
    cache.set(article);
    assert.deepEqual(cache.get(article.hash, article.format, 'renamed.txt'), { ...article, file: 'renamed.txt' });
    assert.deepEqual(article.fingerprint, fingerprintText(article.text));
  });

  it('gives back the record and its fingerprint as stored on disk, for the next build', () => {
    const dir = cacheHolding(article);
    const recalled = openAnalysisCache(dir, 'context').get(article.hash, article.format, article.file);
    assert.deepEqual(recalled, article);
    // The text and blocks, read when first asked for, are the record's; a field set is the value set.
    assert.equal(recalled!.text, article.text);
    assert.deepEqual(recalled!.blocks, article.blocks);
    recalled!.text = 'Another text';
    assert.deepEqual({ ...recalled }, { ...article, text: 'Another text' });
  });

  it("gives back a discovered actor's evidence and the countries' primary models, which it reads when first asked for", () => {
    const [evidence] = article.actors[0]!.evidence;
    const discovered = {
      ...article.actors[0]!,
      id: 'discovered:li-wei',
      name: 'Li Wei',
      discovered: true,
      evidence: [evidence!, { sentence: 'Li Wei said so.', match: 'Li Wei', start: 0 }],
    };
    const record = { ...article, actors: [...article.actors, discovered] };
    assert.ok(record.countries.every((country) => country.primaryModel));
    const recalled = openAnalysisCache(cacheHolding(record), 'context').get(record.hash, record.format, record.file)!;
    assert.deepEqual(listDiscoveredActors([recalled]), listDiscoveredActors([record]));
    assert.deepEqual(recalled, record);
  });

  it('writes an entry stored and read back before it is flushed once, as stored', () => {
    const dir = tempDir();
    const cache = openAnalysisCache(dir, 'context');
    cache.set(article);
    cache.set(others[0]!);
    assert.ok(cache.keep(others[0]!.hash, others[0]!.format));
    assert.deepEqual(cache.get(article.hash, article.format, 'copy.txt'), { ...article, file: 'copy.txt' });
    cache.flush();
    assert.equal(entriesIn(dir).length, 2);
    const next = openAnalysisCache(dir, 'context');
    assert.deepEqual(next.get(article.hash, article.format, article.file), article);
    assert.deepEqual(next.get(others[0]!.hash, others[0]!.format, others[0]!.file), others[0]);
  });

  it('reads back entries whose text is not ASCII beside ASCII ones, from one segment, and writes them again whole', () => {
    const accented = analyzeText(
      'Erdoğan reçoit Władysław à Ankara\n\nRecep Tayyip Erdoğan a reçu Władysław Kosiniak-Kamysz — 𝐀 🇹🇷.\n',
      'accents.txt',
    );
    const dir = usedAloneAndWrittenAgain([others[0]!, accented, others[1]!], others[2]!, accented, others[3]!);
    assert.deepEqual([segmentsIn(dir).length, entriesIn(dir).length], [1, 2]);
    assert.deepEqual(openAnalysisCache(dir, 'context').get(accented.hash, accented.format, accented.file), accented);
  });

  it('writes an entry longer than the buffer a segment is written through beside short ones, and writes it again whole', () => {
    // Two megabytes of text in the entry's body, a segment being written a megabyte at a time.
    const long = { ...others[1]!, hash: `${others[1]!.hash.slice(0, -4)}beef`, text: 'Władysław — '.repeat(150_000) };
    const dir = usedAloneAndWrittenAgain([others[0]!, long, others[2]!], others[3]!, long, article);
    assert.deepEqual([segmentsIn(dir).length, entriesIn(dir).length], [1, 2]);
    const last = openAnalysisCache(dir, 'context');
    for (const a of [long, article]) assert.deepEqual(last.get(a.hash, a.format, a.file), a);
  });

  it('keeps what was stored for the next build, once flushed', () => {
    const dir = tempDir();
    const cache = openAnalysisCache(dir, 'context');
    cache.set(article);
    assert.equal(openAnalysisCache(dir, 'context').get(article.hash, article.format, article.file), null);
    cache.flush();
    assert.equal(
      openAnalysisCache(dir, 'context').get(article.hash, article.format, article.file)?.title,
      article.title,
    );
  });

  it('misses when anything that affects the analysis changed: context or format', () => {
    const dir = cacheHolding(article);
    assert.equal(openAnalysisCache(dir, 'other context').get(article.hash, article.format, article.file), null);
    assert.equal(openAnalysisCache(dir, 'context').get(article.hash, 'markdown', article.file), null);
  });

  it('ignores an entry it cannot read, so the article is analysed again', () => {
    const dir = cacheHolding(article);
    const [segment] = segmentsIn(dir);
    const [line] = entriesIn(dir);
    const key = line!.slice(0, 64);
    // The entry's JSON, a tab, its tags' evidence, a tab, its body's JSON (text, blocks, removed blocks), a tab and
    // the base64 of its shingles.
    const [head, evidence, body, shingles] = line!.slice(130).split('\t');
    const stored = JSON.parse(head!);
    const rest = `\t${evidence}\t${body}\t${shingles}`;
    const withFingerprint = (fingerprint: object) =>
      `${JSON.stringify({ ...stored, fingerprint: { ...stored.fingerprint, ...fingerprint } })}${rest}`;
    const shortSignature = withFingerprint({ signature: 'AAAA' });
    const otherSize = withFingerprint({ size: stored.fingerprint.size + 3 });
    const olderFormat = `${JSON.stringify({ ...stored, version: 5 })}${rest}`;
    const withoutShingles = `${head}\t${evidence}\t${body}`;
    const sealed = (json: string) => `${createHash('sha256').update(json).digest('hex')} ${json}`;
    const broken = ['{"version":6,', '{"version":6,"key":"x","article":{}}', '[]', '', 'null', head!, olderFormat];
    for (const text of [...broken, shortSignature, otherSize, withoutShingles]) {
      writeFileSync(path.join(dir, segment!), `${key} ${sealed(text)}\n`);
      assert.equal(openAnalysisCache(dir, 'context').get(article.hash, article.format, article.file), null, text);
    }
  });

  it('ignores an entry changed since it was written (an edited title, a null in a list), whatever its shape', () => {
    const dir = cacheHolding(article);
    const [segment] = segmentsIn(dir);
    const [line] = entriesIn(dir);
    const [head, evidence, body, shingles] = line!.slice(130).split('\t');
    const stored = JSON.parse(head!);
    const rest = `\t${evidence}\t${body}\t${shingles}`;
    const edits = [
      `${JSON.stringify({ ...stored, article: { ...stored.article, title: 'An edited title' } })}${rest}`,
      `${JSON.stringify({ ...stored, article: { ...stored.article, countries: [null] } })}${rest}`,
      `${head}\t${evidence!.replace('Beijing', 'Moscow')}\t${body}\t${shingles}`,
      `${head}\t${evidence}\t${body!.replace(article.text, 'An edited text')}\t${shingles}`,
      `${head}\t${evidence}\t${body}\t${shingles!.slice(4)}AAAA`,
    ];
    for (const edited of edits) {
      writeFileSync(path.join(dir, segment!), `${line!.slice(0, 129)} ${edited}\n`);
      assert.equal(openAnalysisCache(dir, 'context').get(article.hash, article.format, article.file), null);
    }
    writeFileSync(path.join(dir, segment!), `${line!.slice(0, 64)} null\n`);
    assert.equal(openAnalysisCache(dir, 'context').get(article.hash, article.format, article.file), null);
  });

  it("reads a record's body, evidence and shingles from its segment when first asked for, even once the segment is deleted", () => {
    const dir = cacheHolding(article);
    const recalled = openAnalysisCache(dir, 'context').get(article.hash, article.format, article.file)!;
    // Another archive's build sharing the folder writes the entries it uses again and deletes the segments.
    for (const name of segmentsIn(dir)) rmSync(path.join(dir, name));
    assert.deepEqual(recalled, article);
  });

  it('never gives a body other than the one checked when a segment is written over in place after it was read', () => {
    const dir = cacheHolding(article);
    const [segment] = segmentsIn(dir);
    const recalled = openAnalysisCache(dir, 'context').get(article.hash, article.format, article.file)!;
    const line = readFileSync(path.join(dir, segment!), 'utf8');
    writeFileSync(path.join(dir, segment!), line.replace('Sergey Lavrov met', 'Sergey Lavrov hit'));
    assert.throws(() => recalled.text, /written over/);
    // A new build reads the segment again: the entry is ignored, the article analysed again.
    assert.equal(openAnalysisCache(dir, 'context').get(article.hash, article.format, article.file), null);
  });

  /**
   * A build begun long enough after the segments of `dir` were written for their stats to be settled: it takes from
   * the segment index the lines of those it lists.
   */
  const settledBuild = (dir: string) => openAnalysisCache(dir, 'context', Date.now() + 10 * RACY_MS);

  /** A cache folder holding `records`, and the segment index listing its segment, as a later build wrote it. */
  function indexedCacheHolding(...records: AnalyzedArticle[]): string {
    const dir = cacheHolding(...records);
    const scanning = settledBuild(dir);
    for (const record of records) assert.ok(scanning.get(record.hash, record.format, record.file));
    scanning.flush();
    return dir;
  }

  it('takes the lines of settled segments from the segment index, and reads each entry when it is asked for', () => {
    const dir = indexedCacheHolding(article, ...others);
    const listed = JSON.parse(readFileSync(path.join(dir, 'segments.json'), 'latin1').slice(65));
    assert.deepEqual(
      listed.segments.map((s: { name: string; lines: unknown[] }) => [s.name, s.lines.length]),
      [[segmentsIn(dir)[0], 5]],
    );
    const cache = settledBuild(dir);
    for (const record of [article, ...others])
      assert.deepEqual(cache.get(record.hash, record.format, 'x.txt'), { ...record, file: 'x.txt' });
    // A build that adds one: its segment, not listed yet, beside the listed one.
    cache.set({ ...article, hash: `${article.hash.slice(0, -1)}0` });
    cache.flush();
    const again = settledBuild(dir);
    for (const record of [article, ...others])
      assert.deepEqual(again.get(record.hash, record.format, record.file), record);
  });

  it('scans a segment the index does not list as it is: written since (a build killed before the index), or changed', () => {
    const dir = indexedCacheHolding(...others.slice(0, 3));
    const [listed] = segmentsIn(dir);
    // A later build adds a segment, and the index is left as it was.
    const index = readFileSync(path.join(dir, 'segments.json'));
    const adding = settledBuild(dir);
    for (const record of others.slice(0, 3)) assert.ok(adding.get(record.hash, record.format, record.file));
    adding.set(article);
    adding.flush();
    writeFileSync(path.join(dir, 'segments.json'), index);
    const next = settledBuild(dir);
    for (const record of [article, ...others.slice(0, 3)])
      assert.deepEqual(next.get(record.hash, record.format, record.file), record);
    // The listed segment's first entry damaged in place, the others as they were: it is read again.
    const file = path.join(dir, listed!);
    const lines = readFileSync(file, 'utf8').split('\n');
    const title = others[0]!.title;
    writeFileSync(
      file,
      lines.map((line) => line.replace(`"title":"${title}"`, `"title":"${title.toUpperCase()}"`)).join('\n'),
    );
    const afterDamage = settledBuild(dir);
    assert.equal(afterDamage.get(others[0]!.hash, others[0]!.format, others[0]!.file), null);
    assert.deepEqual(afterDamage.get(others[1]!.hash, others[1]!.format, others[1]!.file), others[1]);
  });

  it('scans every segment when the segment index is damaged or missing', () => {
    for (const damage of ['{"version":1', '', 'null']) {
      const dir = indexedCacheHolding(article, others[0]!);
      writeFileSync(path.join(dir, 'segments.json'), damage);
      assert.deepEqual(settledBuild(dir).get(article.hash, article.format, article.file), article);
    }
    const dir = indexedCacheHolding(article);
    rmSync(path.join(dir, 'segments.json'));
    assert.deepEqual(settledBuild(dir).get(article.hash, article.format, article.file), article);
  });

  it('never gives a body other than the one checked when a listed segment is written over in place after it was read', () => {
    const dir = indexedCacheHolding(article, others[0]!);
    const [segment] = segmentsIn(dir);
    const cache = settledBuild(dir);
    // The segments read (the heads of the lines the index lists), the entries not yet asked for.
    assert.equal(cache.keep(others[0]!.hash, others[0]!.format), true);
    const bytes = readFileSync(path.join(dir, segment!), 'utf8');
    writeFileSync(path.join(dir, segment!), bytes.replace('Sergey Lavrov met', 'Sergey Lavrov hit'));
    const recalled = cache.get(article.hash, article.format, article.file)!;
    assert.equal(recalled.title, article.title);
    assert.throws(() => recalled.text, /written over/);
    // A new build finds the segment changed since it was listed and reads it again: the entry is ignored.
    assert.equal(settledBuild(dir).get(article.hash, article.format, article.file), null);
  });

  it('writes one segment per build, and rewrites the entries a build used as one when the others outnumber them', () => {
    const dir = cacheHolding(...others.slice(0, 3));
    // A build that uses one of the three and adds one: two in use of four stored, so the segments stay.
    const second = openAnalysisCache(dir, 'context');
    assert.ok(second.get(others[0]!.hash, others[0]!.format, others[0]!.file));
    second.set(article);
    second.flush();
    assert.deepEqual([segmentsIn(dir).length, entriesIn(dir).length], [2, 4]);
    // A build that uses the last one and adds another: two in use of five stored, written again as one segment.
    const third = openAnalysisCache(dir, 'context');
    assert.ok(third.get(article.hash, article.format, article.file));
    third.set(others[3]!);
    third.flush();
    assert.deepEqual([segmentsIn(dir).length, entriesIn(dir).length], [1, 2]);
    const fourth = openAnalysisCache(dir, 'context');
    assert.ok(fourth.get(article.hash, article.format, article.file));
    assert.ok(fourth.get(others[3]!.hash, others[3]!.format, others[3]!.file));
    assert.equal(fourth.get(others[0]!.hash, others[0]!.format, others[0]!.file), null);
  });

  it('writes the entries a build used again, the old deleted, when most of them are new (all analysed again)', () => {
    const dir = cacheHolding(...others.slice(0, 3));
    // Another code's build: every article analysed again, the old entries (as many) of no use to it.
    const second = openAnalysisCache(dir, 'other context');
    for (const other of others.slice(0, 3)) second.set(other);
    second.flush();
    assert.deepEqual([segmentsIn(dir).length, entriesIn(dir).length], [1, 3]);
    assert.ok(openAnalysisCache(dir, 'other context').get(others[0]!.hash, others[0]!.format, others[0]!.file));
  });

  it('gives the next build of the same process what is on disk, without reading it again, kept entries included', () => {
    const dir = tempDir();
    const first = openAnalysisCache(dir, 'context');
    for (const other of others.slice(0, 3)) first.set(other);
    first.flush();
    // Kept without being read, as a record remembered from the previous build is: it counts as used.
    const second = first.nextBuild();
    assert.equal(second.keep(others[0]!.hash, others[0]!.format), true);
    assert.equal(second.keep(article.hash, article.format), false);
    second.set(article);
    second.flush();
    assert.deepEqual([segmentsIn(dir).length, entriesIn(dir).length], [2, 4]);
    const third = second.nextBuild();
    assert.ok(third.get(article.hash, article.format, article.file));
    third.set(others[3]!);
    third.flush();
    assert.deepEqual([segmentsIn(dir).length, entriesIn(dir).length], [1, 2]);
    // The segments written again: the process's view and a new process's agree.
    for (const cache of [third.nextBuild(), openAnalysisCache(dir, 'context')]) {
      assert.ok(cache.get(article.hash, article.format, article.file));
      assert.ok(cache.get(others[3]!.hash, others[3]!.format, others[3]!.file));
      assert.equal(cache.get(others[0]!.hash, others[0]!.format, others[0]!.file), null);
    }
  });

  it('writes many entries as several segments, none longer than SEGMENT_ENTRIES, and reads them all back', () => {
    const dir = tempDir();
    const cache = openAnalysisCache(dir, 'context');
    const count = SEGMENT_ENTRIES + 10;
    const hashOf = (i: number) => `${article.hash.slice(0, -8)}${String(i).padStart(8, '0')}`;
    for (let i = 0; i < count; i++) cache.set({ ...article, hash: hashOf(i) });
    cache.flush();
    const sizes = segmentsIn(dir).map(
      (name) => readFileSync(path.join(dir, name), 'utf8').split('\n').filter(Boolean).length,
    );
    assert.deepEqual(
      sizes.sort((a, b) => a - b),
      [10, SEGMENT_ENTRIES],
    );
    const again = openAnalysisCache(dir, 'context');
    for (const i of [0, SEGMENT_ENTRIES - 1, SEGMENT_ENTRIES, count - 1])
      assert.equal(again.get(hashOf(i), article.format, article.file)?.hash, hashOf(i));
  });

  it('writes the small segments that piled up again as one, and leaves a large segment as it was', () => {
    const dir = tempDir();
    const hashOf = (i: number) => `${article.hash.slice(0, -8)}${String(i).padStart(8, '0')}`;
    const large = SEGMENT_ENTRIES / 5;
    let build = openAnalysisCache(dir, 'context');
    for (let i = 0; i < large; i++) build.set({ ...article, hash: hashOf(i) });
    build.flush();
    const [largeSegment] = segmentsIn(dir);
    const { ino } = statSync(path.join(dir, largeSegment!));
    const builds = 12;
    // Builds that use every entry and add one each, by turns in a new process and in the same one.
    for (let n = 0; n < builds; n++) {
      build = n % 2 ? build.nextBuild() : openAnalysisCache(dir, 'context');
      for (let i = 0; i < large + n; i++) assert.ok(build.keep(hashOf(i), article.format));
      build.set({ ...article, hash: hashOf(large + n) });
      build.flush();
      const after = `the large segment, after build ${n + 1}`;
      assert.ok(segmentsIn(dir).includes(largeSegment!), after);
      assert.equal(statSync(path.join(dir, largeSegment!)).ino, ino, after);
    }
    assert.ok(segmentsIn(dir).length < builds, `${segmentsIn(dir).length} segments`);
    assert.equal(entriesIn(dir).length, large + builds);
    for (const cache of [build.nextBuild(), openAnalysisCache(dir, 'context')])
      for (let i = 0; i < large + builds; i++)
        assert.equal(cache.get(hashOf(i), article.format, article.file)?.hash, hashOf(i));
  });

  it("deletes the temporary files of a build killed while it wrote, and nothing else: not a running build's", () => {
    const dir = cacheHolding(article);
    // Process ids above Linux's largest (2^22) belong to no process.
    const killed = ['.segment-1-ab12-0.ndjson.9999999.tmp', 'model-0123456789abcdef0123.json.9999999.tmp'];
    const kept = [`files-0123456789abcdef0123.json.${process.pid}.tmp`, 'notes.9999999.tmp', 'model.json.9999999.tmp'];
    for (const name of [...killed, ...kept]) writeFileSync(path.join(dir, name), 'partial');
    assert.ok(openAnalysisCache(dir, 'context').get(article.hash, article.format, article.file));
    assert.deepEqual(
      readdirSync(dir)
        .filter((name) => name.endsWith('.tmp'))
        .sort(),
      [...kept].sort(),
    );
  });

  it('fingerprints every part that decides an analysis', () => {
    const base = { pipeline: 'p', taxonomy: 't', settings: { retrieved: null } };
    const print = fingerprintAnalysis(base);
    assert.equal(fingerprintAnalysis({ ...base }), print);
    assert.notEqual(fingerprintAnalysis({ ...base, pipeline: 'p2' }), print);
    assert.notEqual(fingerprintAnalysis({ ...base, taxonomy: 't2' }), print);
    assert.notEqual(fingerprintAnalysis({ ...base, settings: { retrieved: '2026-03-01' } }), print);
  });
  it('keeps the parsed taxonomy for builds with the same fingerprint only, and ignores a damaged copy', () => {
    const dir = tempDir();
    const taxonomy = loadDefaultTaxonomy();
    assert.equal(openAnalysisCache(dir, 'context').taxonomy(), null);
    openAnalysisCache(dir, 'context').storeTaxonomy(taxonomy);
    assert.deepEqual(openAnalysisCache(dir, 'context').taxonomy(), taxonomy);
    assert.equal(openAnalysisCache(dir, 'other taxonomy files').taxonomy(), null);
    writeFileSync(path.join(dir, 'taxonomy.json'), '{"version": 2, "context": "context", "taxonomy": {"countries": ');
    assert.equal(openAnalysisCache(dir, 'context').taxonomy(), null);
  });
});
