import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRebuildQueue } from '../../../src/serve/rebuild-queue.ts';

describe('createRebuildQueue', () => {
  it('gathers changes that settle together into one rebuild', async () => {
    const builds: string[][] = [];
    const queue = createRebuildQueue(async (files) => void builds.push(files), 5);
    queue.changed('a.txt');
    queue.changed('b.txt');
    queue.changed('a.txt');
    await queue.idle();
    assert.deepEqual(builds, [['a.txt', 'b.txt']]);
  });

  it('runs one more rebuild for changes made while a rebuild runs, never two at once', async () => {
    const builds: string[][] = [];
    let running = 0;
    let release: () => void = () => {};
    const queue = createRebuildQueue(async (files) => {
      running++;
      assert.equal(running, 1);
      builds.push(files);
      if (builds.length === 1) await new Promise<void>((resolve) => (release = resolve));
      running--;
    }, 5);
    queue.changed('a.txt');
    await new Promise((resolve) => setTimeout(resolve, 20));
    queue.changed('b.txt');
    queue.changed('c.txt');
    release();
    await queue.idle();
    assert.deepEqual(builds, [['a.txt'], ['b.txt', 'c.txt']]);
  });
});
