/** Test helpers: waiting for a process stopped at a point of `NEWS_ARCHIVE_STOP_AT` (`src/output/kill-point.ts`). */
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** Waits until process `pid` is stopped (SIGSTOP), as Linux's `/proc/<pid>/stat` says. */
export async function stopped(pid: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]![0] !== 'T') {
    if (Date.now() > deadline) throw new Error(`process ${pid} never stopped`);
    await sleep(20);
  }
}
