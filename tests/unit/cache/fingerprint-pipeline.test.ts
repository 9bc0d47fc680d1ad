import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../../../src/build/index.ts';
import {
  ANALYSIS_ENTRIES,
  fingerprintPipeline,
  fingerprintSources,
  modulesReachedFrom,
} from '../../../src/cache/index.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const SRC = path.join(REPO_ROOT, 'src');
const PACKAGE = path.join(REPO_ROOT, 'package.json');

/** One file of each format the analysis reads differently. */
const SAMPLES = [
  'tests/fixtures/seeds/004_841051a798ffaa10.txt',
  'tests/fixtures/html/01-news-jsonld.html',
  'tests/fixtures/hostile/same-title-a.md',
];

/** The modules of `src/` a fresh process loads to parse the taxonomy and analyse the samples, relative to `src/`. */
function modulesLoadedByAnalysis(): string[] {
  const logFile = path.join(makeTempDir('news-archive-loads-'), 'loaded.txt');
  writeFileSync(logFile, '');
  const recorder = pathToFileURL(path.join(REPO_ROOT, 'tests/helpers/record-module-loads.mjs')).href;
  const module = (file: string) => JSON.stringify(pathToFileURL(path.join(SRC, file)).href);
  const script = `
    import { register } from 'node:module';
    import { readFileSync } from 'node:fs';
    register(${JSON.stringify(recorder)}, { data: { logFile: ${JSON.stringify(logFile)} } });
    const { loadTaxonomy } = await import(${module('taxonomy/index.ts')});
    const { analyzeFile, createAnalysisContext } = await import(${module('analyze/index.ts')});
    const context = createAnalysisContext(loadTaxonomy(${JSON.stringify(path.join(REPO_ROOT, 'content/taxonomy'))}), { retrieved: null });
    for (const file of ${JSON.stringify(SAMPLES)}) {
      const outcome = analyzeFile(file, readFileSync(${JSON.stringify(REPO_ROOT)} + '/' + file), context);
      if ('reason' in outcome) throw new Error(file + ': ' + outcome.reason);
    }`;
  execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO_ROOT });
  const srcUrl = `${pathToFileURL(SRC).href}/`;
  const loaded = readFileSync(logFile, 'utf8').split('\n');
  return [...new Set(loaded.filter((url) => url.startsWith(srcUrl)).map((url) => url.slice(srcUrl.length)))].sort();
}

describe('the analysis fingerprint', () => {
  it('covers every module of src/ that analysing an article loads', () => {
    const covered = new Set(modulesReachedFrom(SRC, ANALYSIS_ENTRIES));
    const loaded = modulesLoadedByAnalysis();
    assert.ok(loaded.includes('dedupe/fingerprint.ts') && loaded.includes('extract/html.ts'), loaded.join(' '));
    assert.deepEqual(
      loaded.filter((file) => !covered.has(file)),
      [],
    );
  });

  it('changes when any module the analysis uses changes, SHINGLE_WORDS of the duplicate fingerprint included', () => {
    const copy = path.join(makeTempDir('news-archive-src-'), 'src');
    cpSync(SRC, copy, { recursive: true });
    const original = fingerprintPipeline(copy, PACKAGE);
    const shingles = path.join(copy, 'dedupe/fingerprint.ts');
    const code = readFileSync(shingles, 'utf8');
    assert.match(code, /SHINGLE_WORDS = 4;/);
    writeFileSync(shingles, code.replace('SHINGLE_WORDS = 4;', 'SHINGLE_WORDS = 3;'));
    assert.notEqual(fingerprintPipeline(copy, PACKAGE), original);
    writeFileSync(shingles, code);
    assert.equal(fingerprintPipeline(copy, PACKAGE), original);
    for (const file of modulesReachedFrom(copy, ANALYSIS_ENTRIES)) {
      const full = path.join(copy, file);
      const before = readFileSync(full);
      appendFileSync(full, '\n// changed\n');
      assert.notEqual(fingerprintPipeline(copy, PACKAGE), original, file);
      writeFileSync(full, before);
    }
  });

  it('does not change with code the analysis does not use', () => {
    const copy = path.join(makeTempDir('news-archive-src-'), 'src');
    cpSync(SRC, copy, { recursive: true });
    const original = fingerprintPipeline(copy, PACKAGE);
    appendFileSync(path.join(copy, 'render/html.ts'), '\n// changed\n');
    assert.equal(fingerprintPipeline(copy, PACKAGE), original);
  });

  it('follows a module into the worker threads it starts (the search index is made in one)', () => {
    assert.ok(modulesReachedFrom(SRC, ['search/index-site.ts']).includes('search/pagefind-worker.ts'));
  });
});

describe("the fingerprints of the project's own code", () => {
  it('are those its files give, when kept with the compiled code the process runs (as under the test runner)', () => {
    const copy = makeTempDir('news-archive-code-');
    for (const folder of ['src', 'templates'])
      cpSync(path.join(REPO_ROOT, folder), path.join(copy, folder), { recursive: true });
    cpSync(PACKAGE, path.join(copy, 'package.json'));
    const copyPackage = path.join(copy, 'package.json');
    // The second time, the kept fingerprints are read.
    for (let time = 0; time < 2; time++) {
      assert.equal(
        fingerprintSources(REPO_ROOT, ['src', 'templates'], PACKAGE),
        fingerprintSources(copy, ['src', 'templates'], copyPackage),
      );
      assert.equal(fingerprintPipeline(SRC, PACKAGE), fingerprintPipeline(path.join(copy, 'src'), copyPackage));
    }
  });
});
