import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  copyRecord,
  firstEvidenceOf,
  readBodyLater,
  readTagDetailsLater,
  takeTagDetailsApart,
} from '../../../src/record-body.ts';
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

describe("a record whose tags' details are read when first asked for", () => {
  /**
   * The article with a discovered actor named in two sentences, its tags' details taken apart and given back by a
   * read that counts.
   */
  function withDetailsLater() {
    const [evidence] = article.actors[0]!.evidence;
    const second = { ...evidence!, sentence: 'Li Wei said so.', start: 0, match: 'Li Wei' };
    const discovered = {
      ...article.actors[0]!,
      id: 'li-wei',
      name: 'Li Wei',
      discovered: true,
      evidence: [evidence!, second],
    };
    const full = { ...article, actors: [...article.actors, discovered] };
    const { tags, details, atHand } = takeTagDetailsApart(full);
    let reads = 0;
    const record = readTagDetailsLater({ ...full, ...tags }, structuredClone(atHand), () => {
      reads++;
      return structuredClone(details);
    });
    return { full, record, reads: () => reads };
  }

  it("gives every tag its details, read once for all of them, and a discovered actor's first sentence without reading", () => {
    const { full, record, reads } = withDetailsLater();
    assert.ok(full.countries[0]!.primaryModel && full.actors.length > 1);
    assert.deepEqual(firstEvidenceOf(record.actors.at(-1)!), full.actors.at(-1)!.evidence[0]);
    assert.equal(record.countries[0]!.code, full.countries[0]!.code);
    assert.equal(reads(), 0);
    assert.deepEqual(record.actors.at(-1)!.evidence, full.actors.at(-1)!.evidence);
    assert.equal(reads(), 1);
    assert.deepEqual(firstEvidenceOf(record.actors.at(-1)!), full.actors.at(-1)!.evidence[0]);
    assert.deepEqual(record.countries[0]!.primaryModel, full.countries[0]!.primaryModel);
    assert.deepEqual(record.countries[0]!.evidence, full.countries[0]!.evidence);
    assert.deepEqual(record, full);
    assert.equal(JSON.stringify(record.countries), JSON.stringify(full.countries));
    assert.equal(reads(), 1);
  });

  it('takes details set for a tag', () => {
    const { record, reads } = withDetailsLater();
    record.countries[0]!.evidence = [];
    record.countries[0]!.primaryModel = undefined;
    assert.deepEqual(record.countries[0]!.evidence, []);
    assert.equal(record.countries[0]!.primaryModel, undefined);
    assert.equal(reads(), 0);
  });

  it('gives each tag its own details after its list is reordered, and a copy of a tag its own first sentence', () => {
    const { full, record } = withDetailsLater();
    const discovered = record.actors.at(-1)!;
    const copy = { ...record.actors[0]!, evidence: [] };
    record.actors.reverse();
    assert.deepEqual(firstEvidenceOf(discovered), full.actors.at(-1)!.evidence[0]);
    assert.equal(firstEvidenceOf(copy), null);
    assert.deepEqual(
      record.actors.map((actor) => actor.evidence),
      [...full.actors].reverse().map((actor) => actor.evidence),
    );
  });
});
