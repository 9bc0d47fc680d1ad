/**
 * Cache: the content hash of each article file, with the size, modification and change times and inode it had
 * when it was hashed, as git's index keeps them, so that a rebuild reads and hashes only the files whose stat
 * differs. Kept in the cache folder, one file per articles folder (the build state is published with the site,
 * which does not show the names of its files), and worth nothing without the analysis cache it leads into.
 *
 * What it cannot see, as git cannot: a file rewritten with the same size, inode, modification time and change
 * time. Tools that restore the modification time (`touch -d`, `cp -p`, `rsync -t`) still move the change time,
 * which no user tool sets, so such an edit is read again. A file written so shortly before a scan that a later
 * write could share its timestamps (within `RACY_MS` of the scan's start, or after it) is not trusted: it is
 * hashed again by the next build, which by then sees it settled. Touches the disk; an index that cannot be read
 * is ignored, and every file is hashed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';

/** Version of the file's shape; an index of another version is ignored. */
const FILE_STATS_VERSION = 1;
/**
 * How long before a scan a file's last write must be for its stat to be trusted: the coarsest timestamps of the
 * file systems an archive may live on (FAT's two seconds).
 */
export const RACY_MS = 2000;

/** Size, modification time, change time, inode, content hash. */
type Recorded = [number, number, number, number, string];

interface StoredIndex {
  version: number;
  /** When the scan that wrote the index began (milliseconds since the epoch). */
  scannedAt: number;
  files: Record<string, Recorded>;
}

export interface FileStatIndex {
  /** The content hash recorded for `file` when its stat is the one recorded and was settled then; else null. */
  hashOf(file: string, stat: Stats): string | null;
  /** Records the content hash of `file`, read when it had `stat` (taken before reading). */
  record(file: string, stat: Stats, hash: string): void;
  /** Writes the index of the files listed in this scan, `files`, when anything changed since it was read. */
  save(files: string[]): void;
}

const recordOf = (stat: Stats, hash: string): Recorded => [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, hash];

function readIndex(file: string): StoredIndex | null {
  try {
    const index = JSON.parse(readFileSync(file, 'utf8')) as Partial<StoredIndex>;
    const usable =
      index.version === FILE_STATS_VERSION &&
      typeof index.scannedAt === 'number' &&
      typeof index.files === 'object' &&
      index.files !== null;
    return usable ? (index as StoredIndex) : null;
  } catch {
    return null;
  }
}

/** The file in `cacheDir` that holds the index of the files of `articlesDir`. */
function indexFileOf(cacheDir: string, articlesDir: string): string {
  const name = createHash('sha256').update(path.resolve(articlesDir)).digest('hex').slice(0, 20);
  return path.join(cacheDir, `files-${name}.json`);
}

/**
 * Whether files may have been added to `articlesDir` or removed from it since its index was last written, told
 * from two stats without reading anything: there is no index, or the folder's modification time is not older than
 * the index (by the timestamps' coarseness). A hint for starting work early, not the scan: a file edited in place,
 * added to a subfolder, or copied in with the folder's time kept leaves the folder's time as it was.
 */
export function mayHaveNewFiles(cacheDir: string, articlesDir: string): boolean {
  try {
    return statSync(articlesDir).mtimeMs >= statSync(indexFileOf(cacheDir, articlesDir)).mtimeMs - RACY_MS;
  } catch {
    return true;
  }
}

/**
 * The index as the last build of a process that builds again and again wrote it, with its file's device, inode,
 * size and modification time then: while the file is still that one, the next build of the process takes the index
 * from here rather than reading and parsing it (70 ms of every rebuild of `npm run dev` at 10,000 articles).
 */
export interface KeptFileStats {
  written: { file: string; identity: string; scannedAt: number; known: Map<string, Recorded> } | null;
}

export function createKeptFileStats(): KeptFileStats {
  return { written: null };
}

/** The device, inode, size and modification time of `file`, or null when it has no stat. */
function identityOf(file: string): string | null {
  try {
    const { dev, ino, size, mtimeMs } = statSync(file);
    return `${dev}:${ino}:${size}:${mtimeMs}`;
  } catch {
    return null;
  }
}

/** The index `kept` holds when it is still the one in `file`, of identity `identity`, taken from it. */
function takeKept(kept: KeptFileStats | undefined, file: string, identity: string | null) {
  const written = kept?.written;
  if (!kept || !written) return null;
  // A build that fails before saving the index leaves none: the next reads the file.
  kept.written = null;
  return written.file === file && written.identity === identity ? written : null;
}

/**
 * The index of the files of `articlesDir`, kept in `cacheDir`; `now` is when this scan begins. With `kept`, the
 * index is taken from there when the file is the one this process wrote last, and kept there once saved.
 */
export function openFileStatIndex(
  cacheDir: string,
  articlesDir: string,
  now = Date.now(),
  kept?: KeptFileStats,
): FileStatIndex {
  const file = indexFileOf(cacheDir, articlesDir);
  // Taken before the file is read: a file replaced meanwhile has another, and is read again by the next build.
  const opened = kept ? identityOf(file) : null;
  const fromProcess = takeKept(kept, file, opened);
  const previous = fromProcess ? null : readIndex(file);
  let known = fromProcess?.known ?? new Map<string, Recorded>(previous ? Object.entries(previous.files) : []);
  const scannedAt = fromProcess?.scannedAt ?? previous?.scannedAt;
  const settledBefore = scannedAt === undefined ? -Infinity : scannedAt - RACY_MS;
  let changed = false;
  const keep = (identity: string | null, written: { scannedAt: number; known: Map<string, Recorded> }) => {
    if (kept && identity) kept.written = { file, identity, ...written };
  };
  return {
    hashOf(name, stat) {
      const recorded = known.get(name);
      if (!recorded || !Array.isArray(recorded)) return null;
      const [size, mtimeMs, ctimeMs, ino, hash] = recorded;
      const same = size === stat.size && mtimeMs === stat.mtimeMs && ctimeMs === stat.ctimeMs && ino === stat.ino;
      const settled = Math.max(mtimeMs, ctimeMs) < settledBefore;
      return same && settled && typeof hash === 'string' ? hash : null;
    },
    record(name, stat, hash) {
      known.set(name, recordOf(stat, hash));
      changed = true;
    },
    save(files) {
      const listed = files.filter((f) => known.has(f));
      if (!changed && listed.length === known.size) {
        if (scannedAt !== undefined) keep(opened, { scannedAt, known });
        return;
      }
      const index: StoredIndex = {
        version: FILE_STATS_VERSION,
        scannedAt: now,
        files: Object.fromEntries(listed.map((f) => [f, known.get(f)!])),
      };
      let written: string | null;
      try {
        mkdirSync(cacheDir, { recursive: true });
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify(index));
        // The renamed file keeps the temporary's inode and times.
        written = kept ? identityOf(temporary) : null;
        renameSync(temporary, file);
      } catch {
        // The index only spares reading files: without it, the next build hashes them all.
        return;
      }
      if (listed.length !== known.size) known = new Map(listed.map((f) => [f, known.get(f)!]));
      keep(written, { scannedAt: now, known });
    },
  };
}
