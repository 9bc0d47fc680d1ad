import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fingerprintAnalysis, openAnalysisCache } from '../../../src/cache/index.ts';
import { fingerprintText } from '../../../src/dedupe/index.ts';
import { analyzeText } from '../../helpers/pipeline.ts';

const article = analyzeText('Lavrov meets Wang Yi in Beijing\n\nSergey Lavrov met Wang Yi in Beijing on Thursday.\n', 'talks.txt');
const fingerprint = fingerprintText(article.text);

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'news-archive-cache-'));
}

describe('analysis cache', () => {
  it('gives back what was stored, with the fingerprint of its text, under any file name', () => {
    const cache = openAnalysisCache(tempDir(), 'context');
    assert.equal(cache.get(article.hash, article.format), null);
    cache.set(article, fingerprint);
    const { file: _file, ...expected } = article;
    assert.deepEqual(cache.get(article.hash, article.format), { article: expected, fingerprint });
  });

  it('misses when anything that affects the analysis changed: context or format', () => {
    const dir = tempDir();
    openAnalysisCache(dir, 'context').set(article, fingerprint);
    assert.equal(openAnalysisCache(dir, 'other context').get(article.hash, article.format), null);
    assert.equal(openAnalysisCache(dir, 'context').get(article.hash, 'markdown'), null);
  });

  it('ignores an entry it cannot read, so the article is analysed again', () => {
    const dir = tempDir();
    const cache = openAnalysisCache(dir, 'context');
    cache.set(article, fingerprint);
    const [shard] = readdirSync(dir);
    const [entry] = readdirSync(path.join(dir, shard!));
    const stored = JSON.parse(readFileSync(path.join(dir, shard!, entry!), 'utf8'));
    const shortSignature = JSON.stringify({ ...stored, fingerprint: { ...stored.fingerprint, signature: 'AAAA' } });
    for (const broken of ['{"version":2,', '{"version":2,"key":"x","article":{}}', '[]', '', shortSignature]) {
      writeFileSync(path.join(dir, shard!, entry!), broken);
      assert.equal(cache.get(article.hash, article.format), null, broken);
    }
  });

  it('fingerprints every part that decides an analysis', () => {
    const base = { pipeline: 'p', taxonomy: 't', settings: { retrieved: null } };
    const print = fingerprintAnalysis(base);
    assert.equal(fingerprintAnalysis({ ...base }), print);
    assert.notEqual(fingerprintAnalysis({ ...base, pipeline: 'p2' }), print);
    assert.notEqual(fingerprintAnalysis({ ...base, taxonomy: 't2' }), print);
    assert.notEqual(fingerprintAnalysis({ ...base, settings: { retrieved: '2026-03-01' } }), print);
  });
});
