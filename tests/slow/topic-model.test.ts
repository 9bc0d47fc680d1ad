import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../src/build/index.ts';
import { corpusSetAvailable } from '../../src/quality/labelled-set.ts';

const skip = corpusSetAvailable() ? false : 'the tuning articles are in ../shared/corpus, which is not beside the repo';

describe('the committed topic models (npm run train:topics)', { skip }, () => {
  it('are what the script learns from the committed labels, byte for byte', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', import.meta.resolve('tsx'), path.join(REPO_ROOT, 'scripts', 'train-topics.ts'), '--check'],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
  });
});
