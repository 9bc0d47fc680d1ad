import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { copyRecord, readBodyLater, readEvidenceLater, takeEvidenceApart } from '../../../src/record-body.ts';
import { analyzeText } from '../../helpers/pipeline.ts';

const article = analyzeText('Lavrov meets Wang Yi\n\nSergey Lavrov met Wang Yi in Beijing on Thursday.\n', 'talks.txt');

/** The article with its body given by a read that counts its calls. */
function withBodyLater() {
  const { blocks, text, removed, ...rest } = article;
  let reads = 0;
  const record = readBodyLater(rest, () => {
    reads++;
    return { blocks, text, removed };
  });
  return { record, reads: () => reads };
}

describe('a record whose body is read when first asked for', () => {
  it('reads it once, for the first of its fields asked for, and is the record', () => {
    const { record, reads } = withBodyLater();
    assert.equal(record.title, article.title);
    assert.equal(reads(), 0);
    assert.equal(record.text, article.text);
    assert.deepEqual(record.blocks, article.blocks);
    assert.equal(reads(), 1);
    assert.deepEqual({ ...record }, { ...article });
  });

  it('is copied without its fingerprint and without reading it, and the copy reads it once for both', () => {
    const { record, reads } = withBodyLater();
    const copy = copyRecord(record);
    assert.equal(reads(), 0);
    const { fingerprint: _fingerprint, ...expected } = article;
    assert.deepEqual({ ...copy }, expected);
    assert.equal(record.text, article.text);
    assert.equal(reads(), 1);
  });

  it('takes a value set for a field of its body, the copy keeping the one it read', () => {
    const { record } = withBodyLater();
    const copy = copyRecord(record);
    record.text = 'Another text';
    assert.equal(record.text, 'Another text');
    assert.equal(copy.text, article.text);
    assert.equal(copyRecord(record).text, 'Another text');
  });
});

describe("a record whose tags' evidence is read when first asked for", () => {
  /** The article with a discovered actor, its tags' evidence taken apart and given back by a read that counts. */
  function withEvidenceLater() {
    const discovered = { ...article.actors[0]!, id: 'li-wei', name: 'Li Wei', discovered: true };
    const full = { ...article, actors: [...article.actors, discovered] };
    const { tags, evidence } = takeEvidenceApart(full);
    let reads = 0;
    const record = readEvidenceLater({ ...full, ...tags }, () => {
      reads++;
      return evidence;
    });
    return { full, record, reads: () => reads };
  }

  it("gives every tag its evidence, read once for all of them, and a discovered actor's without reading", () => {
    const { full, record, reads } = withEvidenceLater();
    assert.ok(full.countries.length && full.actors.length > 1);
    assert.deepEqual(record.actors.at(-1)!.evidence, full.actors.at(-1)!.evidence);
    assert.equal(reads(), 0);
    assert.deepEqual(record.countries[0]!.evidence, full.countries[0]!.evidence);
    assert.equal(reads(), 1);
    assert.deepEqual(record, full);
    assert.equal(reads(), 1);
  });

  it('takes evidence set for a tag', () => {
    const { record, reads } = withEvidenceLater();
    record.countries[0]!.evidence = [];
    assert.deepEqual(record.countries[0]!.evidence, []);
    assert.equal(reads(), 0);
  });
});
