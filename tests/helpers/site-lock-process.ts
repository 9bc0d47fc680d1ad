/**
 * Test helpers: a process that takes the lock of the site folder given as its argument, as a build does, and says on
 * standard output what happens, a line each: "waiting <pid>" (who holds it, told once for each build it waits for),
 * "locked" (it holds it), and, after a line "release" on standard input, "released". It then stays, as `npm run
 * dev`'s process does, until its standard input closes.
 */
import { createInterface } from 'node:readline';
import { lockSiteOutput } from '../../src/output/index.ts';

const lock = await lockSiteOutput(process.argv[2]!, (holder) => console.log(`waiting ${holder.pid}`));
console.log('locked');
for await (const line of createInterface({ input: process.stdin })) {
  if (line !== 'release') continue;
  lock.release();
  console.log('released');
}
