/** Bench: runs a command and measures its wall time and the peak memory of its whole process tree. Touches /proc. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** How often the process tree's memory is sampled; 50 ms catches Pagefind's peak without loading the machine. */
const SAMPLE_INTERVAL_MS = 50;
const PAGE_SIZE = 4096;

export interface Measured {
  seconds: number;
  /** Highest sum of resident memory over every process of the command's process group, in bytes. */
  peakRss: number;
  stdout: string;
}

/** Resident bytes of all processes in process group `group`, read from /proc/<pid>/stat. */
function groupRss(group: number): number {
  let total = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the parenthesised command name: state ppid pgrp ... (rss is field 24 of the whole line).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === group) total += Number(fields[21]) * PAGE_SIZE;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

/** Runs `command` in its own process group; rejects when it exits non-zero (with its error output). */
export function runMeasured(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let peakRss = 0;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    const timer = setInterval(() => (peakRss = Math.max(peakRss, groupRss(child.pid!))), SAMPLE_INTERVAL_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code === 0) resolve({ seconds, peakRss, stdout });
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${stderr.slice(-2000)}`));
    });
  });
}
