/** Serve: runs rebuilds one at a time; changes that arrive during a rebuild are gathered into a single next one. */

/**
 * Quiet time after a change before rebuilding, in milliseconds: an editor's save or a copied folder settles. The
 * system tells of a file written in one go within a few milliseconds of its creation (about 10 to 20 ms apart
 * at a load of 20 on 2 cores); a change that comes later is gathered into the next rebuild.
 */
const SETTLE_MS = 50;

export interface RebuildQueue {
  /** Notes that `file` changed; a rebuild follows once changes settle. */
  changed(file: string): void;
  /** Resolves when no rebuild is running or waiting. */
  idle(): Promise<void>;
}

/**
 * @param rebuild does one rebuild for the files that changed since the last one started.
 * @param settleMs how long to wait after the last change before starting.
 */
export function createRebuildQueue(rebuild: (files: string[]) => Promise<void>, settleMs = SETTLE_MS): RebuildQueue {
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  const start = () => {
    timer = null;
    if (running || !pending.size) return;
    const files = [...pending];
    pending = new Set();
    running = rebuild(files).finally(() => {
      running = null;
      if (pending.size) schedule();
    });
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(start, settleMs);
  };
  return {
    changed(file) {
      pending.add(file);
      if (!running) schedule();
    },
    async idle() {
      while (timer || running) await (running ?? new Promise((resolve) => setTimeout(resolve, settleMs)));
    },
  };
}
