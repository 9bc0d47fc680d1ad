import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../src/build/index.ts';
import { extractionDevAvailable } from '../../src/quality/extraction-dev.ts';
import { corpusSetAvailable } from '../../src/quality/labelled-set.ts';

/** Runs a training script with `--check`: it writes nothing and fails when a committed file is not what it learns. */
function check(script: string) {
  const result = spawnSync(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), path.join(REPO_ROOT, 'scripts', script), '--check'],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  );
  assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
}

const noCorpus = corpusSetAvailable()
  ? false
  : 'the tuning articles are in ../shared/corpus, which is not beside the repo';
const noPages = extractionDevAvailable()
  ? false
  : 'the tuning pages are in ../shared/extraction-dev, which is not beside the repo';

describe('the committed learned models are what their training scripts write, byte for byte', () => {
  it('the topic models (npm run train:topics)', { skip: noCorpus }, () => check('train-topics.ts'));
  it('the primary-country model (npm run train:primary)', { skip: noCorpus }, () =>
    check('train-primary-countries.ts'),
  );
  it('the line model of raw text dumps (npm run train:extraction)', { skip: noPages }, () =>
    check('train-extraction.ts'),
  );
  it('the title model of raw text dumps (npm run train:extraction-title)', { skip: noPages }, () =>
    check('train-extraction-title.ts'),
  );
  it('the date and byline models of raw text dumps (npm run train:extraction-header)', { skip: noPages }, () =>
    check('train-extraction-header.ts'),
  );
  it('the name model of discovered actors (npm run train:tagging-names)', { skip: noCorpus }, () =>
    check('train-tagging-names.ts'),
  );
});
