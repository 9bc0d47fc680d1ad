/** CLI: progress of the long build stages on a terminal (count, rate, time left), on one line rewritten in place. */

/** Least time between two redraws, in milliseconds: 10 a second reads as smooth without costing the build. */
const REDRAW_INTERVAL_MS = 100;

/** "analyze 1200/10000 · 810/s · 11s left". Pure. */
export function formatProgress(stage: string, done: number, total: number, elapsedSeconds: number): string {
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const left = rate > 0 ? Math.ceil((total - done) / rate) : null;
  return `${stage} ${done}/${total} · ${Math.round(rate)}/s${left === null ? '' : ` · ${left}s left`}`;
}

/**
 * A progress callback for `buildSite` that draws on `stream` when it is a terminal, and nothing otherwise (logs
 * and pipes get the summary only). Stages that run side by side share the line; a finished stage keeps its own.
 */
export function createProgressDisplay(
  stream: NodeJS.WriteStream,
): ((stage: string, done: number, total: number) => void) | undefined {
  if (!stream.isTTY) return undefined;
  const running = new Map<string, { started: number; done: number; total: number }>();
  const finished = new Set<string>();
  let lastDraw = 0;
  const describe = (stage: string, now: number) => {
    const s = running.get(stage)!;
    return formatProgress(stage, s.done, s.total, (now - s.started) / 1000);
  };
  return (stage, done, total) => {
    // A stage may report past its expected total (pages added by a template); its final line is already drawn.
    if (finished.has(stage)) return;
    const now = performance.now();
    const state = running.get(stage) ?? { started: now, done, total };
    state.done = done;
    state.total = total;
    running.set(stage, state);
    if (done >= total) {
      stream.write(`\r\x1b[2K${describe(stage, now)}\n`);
      running.delete(stage);
      finished.add(stage);
      return;
    }
    if (now - lastDraw < REDRAW_INTERVAL_MS) return;
    lastDraw = now;
    stream.write(`\r\x1b[2K${[...running.keys()].map((s) => describe(s, now)).join(' | ')}`);
  };
}
