/**
 * Cache: analysed articles stored on disk, addressed by the article's content hash and everything else that
 * affects the analysis (pipeline code, taxonomy, settings), each with the fingerprint of its text that duplicate
 * grouping compares. Entries are lines of segment files (`segment-*.ndjson`, at most `SEGMENT_ENTRIES` each): a
 * build's new entries are written at once as new segments, as writing 10,000 small files took the build's thread
 * 4 s, and reading them back one file each cost a rebuild more than one read per segment. When the segments hold
 * more entries than twice those a build used, when most of those are new, or when too many segments have piled up,
 * the entries it used are written as new segments and the others deleted. Touches the disk; an entry that cannot be read, was changed since this
 * program wrote it (each carries a checksum of its text) or does not look like an analysed article is ignored, so
 * the article is simply analysed again: an entry is trusted only as what this program wrote from a checked input.
 * An entry's text, blocks and removed blocks (its body, a third of its bytes), and the details of its tags (their
 * evidence but a discovered actor's first sentence, and the countries' primary models: a fifth of the rest), are
 * read from the entry when first asked for (`src/record-body.ts`): a build after a few changes reads them for the few
 * pages it renders. So are the shingles of its fingerprint (a seventh), which
 * duplicate grouping compares for the few articles that may match a new one. Those three parts follow the rest of
 * the entry on its line, and are left in the segment file when it is read (each line's checksum checked as its bytes
 * pass through one buffer): they are read from the file by position when first asked for, and checked again then.
 * The segment index (`SEGMENT_INDEX_FILE`) lists where each segment's lines lie, so that a build reads only the heads
 * of a settled segment's lines, not the whole segment. A segment is only ever written whole and renamed into place,
 * or deleted; it is kept open while a line read from it is held, so a build that deletes it leaves those lines
 * readable, and a segment written over in place since it was checked gives an error, never other bytes. The temporary files of a build killed while it wrote into the
 * cache folder are deleted when the segments are next read.
 */
import { createHash, hash as hashOf, randomBytes, type Hash } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import { SIGNATURE_LENGTH } from '../dedupe/index.ts';
import { makeFolder } from '../make-folder.ts';
import { isProcessRunning } from '../process-running.ts';
import { decodeText } from './ascii-text.ts';
import { RACY_MS } from './file-stats.ts';
import type { Taxonomy } from '../taxonomy/index.ts';
import {
  readBodyLater,
  readTagDetailsLater,
  takeTagDetailsApart,
  type RecordBody,
  type TagDetailsAtHand,
  type TagDetailsByKind,
} from '../record-body.ts';
import type { AnalyzedArticle, Fingerprint, SourceFormat } from '../types.ts';

/** Version of the entry format; bump it when the shape of a stored entry changes. */
export const CACHE_FORMAT_VERSION = 7;

/** An article record without its file path, so a renamed or copied file still finds its analysis. */
export type CachedAnalysis = Omit<AnalyzedArticle, 'file'>;
/** What an entry's line holds of the record: all but the fingerprint, which is stored apart, packed. */
type StoredAnalysis = Omit<CachedAnalysis, 'fingerprint'>;

export interface AnalysisCache {
  /** The stored record of these bytes, as the record of `file`, or null when there is none (or it is unreadable). */
  get(hash: string, format: SourceFormat, file: string): AnalyzedArticle | null;
  /**
   * Marks the stored entry of these bytes as used by this build without reading it (for a record the process
   * kept from its previous build); false when there is none.
   */
  keep(hash: string, format: SourceFormat): boolean;
  /**
   * Stores a record, on disk once `flush` is called. Its line is made then (or when its entry is first read): the
   * record must not change meanwhile.
   */
  set(article: AnalyzedArticle): void;
  /**
   * Writes what was stored since the cache was opened; a failure to write is not an error (the cache is an
   * optimisation), and is kept for `writeFailure`.
   */
  flush(): void;
  /** The first error this build met writing the cache (a read-only or full disk, a folder it may not write), or null. */
  writeFailure(): Error | null;
  /** The taxonomy as an earlier build with the same fingerprint parsed it, or null. */
  taxonomy(): Taxonomy | null;
  /** Keeps the parsed taxonomy for the next build: parsing the YAML took a build 0.4 s. Written at once. */
  storeTaxonomy(taxonomy: Taxonomy): void;
  /** The cache for the next build of this process, once this one is flushed: its segments are not read again. */
  nextBuild(): AnalysisCache;
}

/**
 * A fingerprint as JSON holds it: its signature as base64 of its numbers' bytes, a quarter of the size of a list, and
 * the count of its shingles, which follow the entry's body (see `entryLine`).
 */
interface StoredFingerprint {
  textHash: string;
  size: number;
  signature: string;
}

/**
 * An entry's JSON: all but the details of its tags (their evidence but a discovered actor's first sentence, and the
 * countries' primary models) and the record's body, which follow it (see `src/record-body.ts`).
 */
interface Entry {
  version: number;
  key: string;
  article: Omit<StoredAnalysis, keyof RecordBody>;
  /** What the record keeps at hand of its tags' details (see `readTagDetailsLater`). */
  atHand: TagDetailsAtHand;
  fingerprint: StoredFingerprint;
}

const toBase64 = (numbers: Uint32Array) =>
  Buffer.from(numbers.buffer, numbers.byteOffset, numbers.byteLength).toString('base64');

/** The numbers back from base64; null when the bytes are not whole numbers. */
function fromBase64(text: unknown): Uint32Array | null {
  if (typeof text !== 'string') return null;
  const bytes = Buffer.from(text, 'base64');
  // A copy into a buffer of its own: the decoded bytes may sit unaligned in a shared pool.
  return bytes.length % 4 ? null : new Uint32Array(new Uint8Array(bytes).buffer);
}

const SHINGLES = Symbol('shingles');

/** The shingles of a fingerprint, once read, else what reads the base64 of their bytes. */
interface HeldShingles {
  read: (() => Buffer) | null;
  shingles: Uint32Array | null;
}

/**
 * The accessor of the shingles of a fingerprint read from an entry, shared by every such fingerprint (so they keep one
 * shape): duplicate grouping compares the shingles of the few articles that may match a new one. Set, they are the
 * value set.
 */
const SHINGLES_ACCESSOR: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: { [SHINGLES]: HeldShingles }) {
    const held = this[SHINGLES];
    if (!held.shingles) {
      // The entry's checksum held and its length is the count's: what this program wrote.
      held.shingles = fromBase64(held.read!().toString('latin1'))!;
      held.read = null;
    }
    return held.shingles;
  },
  set(this: object, value: unknown) {
    Object.defineProperty(this, 'shingles', { value, writable: true, enumerable: true, configurable: true });
  },
};

/** The length of the base64 of `count` numbers' bytes. */
const base64Length = (count: number) => 4 * Math.ceil((4 * count) / 3);

/**
 * The fingerprint an entry holds, its shingles (`read` gives the base64 of their bytes, `length` long) read when first
 * asked for.
 */
function readFingerprint(
  stored: Partial<StoredFingerprint> | undefined,
  length: number,
  read: () => Buffer,
): Fingerprint | null {
  const signature = fromBase64(stored?.signature);
  const { textHash, size } = stored ?? {};
  if (typeof textHash !== 'string' || signature?.length !== SIGNATURE_LENGTH) return null;
  if (!Number.isInteger(size) || length !== base64Length(size!)) return null;
  const fingerprint = { textHash, size: size!, signature };
  Object.defineProperty(fingerprint, SHINGLES, { value: { read, shingles: null } satisfies HeldShingles });
  return Object.defineProperty(fingerprint, 'shingles', SHINGLES_ACCESSOR) as Fingerprint;
}

/** True when `value` has the fields every analysed article has, with the right types. */
function looksAnalyzed(value: unknown): value is StoredAnalysis {
  const a = value as Partial<StoredAnalysis> | null;
  return (
    typeof a === 'object' &&
    a !== null &&
    typeof a.hash === 'string' &&
    typeof a.title === 'string' &&
    typeof a.words === 'number' &&
    [a.countries, a.actors, a.topics, a.diagnostics].every(Array.isArray)
  );
}

/** The tags' details of an entry whose checksum held: what this program wrote, so anything else is its own mistake. */
function readTagDetails(bytes: Buffer): TagDetailsByKind {
  const details = JSON.parse(decodeText(bytes)) as Partial<TagDetailsByKind> | null;
  if (![details?.countries, details?.actors, details?.topics].every(Array.isArray))
    throw new Error("an analysis cache entry holds tags' details that are not its tags'");
  return details as TagDetailsByKind;
}

/** The body of an entry whose checksum held: what this program wrote, so anything else is its own mistake. */
function readBody(bytes: Buffer): RecordBody {
  const body = JSON.parse(decodeText(bytes)) as Partial<RecordBody> | null;
  if (typeof body?.text !== 'string' || !Array.isArray(body.blocks) || !Array.isArray(body.removed))
    throw new Error('an analysis cache entry holds a body that is not an article body');
  return body as RecordBody;
}

const SEGMENT = /^segment-[\w-]+\.ndjson$/;
/**
 * Entries in a segment, at most: about 30 MB of corpus articles, well under the longest string a file can be read
 * into (a single segment for 100,000 articles would not be).
 */
export const SEGMENT_ENTRIES = 5000;
/** Segments that may pile up, beyond those the entries in use fill, before they are written again. */
const MAX_SEGMENTS = 8;
/**
 * Lines of a segment under which it is one of the small ones that piled up (a build's few new entries each), written
 * again as one with the others when there are too many; the larger are left as they are.
 */
const SMALL_SEGMENT = SEGMENT_ENTRIES / 10;
/**
 * Length of a key and of a checksum: SHA-256s in hex. A line of a segment is the key, a space, the checksum of the
 * entry's JSON, a space, and the JSON.
 */
const KEY_LENGTH = 64;

const checksumOf = (text: string) => hashOf('sha256', text);

/** `json` behind its checksum, as a line or file of the cache holds it. */
const sealed = (json: string) => `${checksumOf(json)} ${json}`;

/** The JSON of a line or file written by `sealed`, or null when it was changed since. */
function unsealed(text: string): string | null {
  const json = text.slice(KEY_LENGTH + 1);
  return text[KEY_LENGTH] === ' ' && checksumOf(json) === text.slice(0, KEY_LENGTH) ? json : null;
}

/** The parsed taxonomy, with the fingerprint it belongs to. */
const TAXONOMY_FILE = 'taxonomy.json';

/** Writes `file` through a temporary file, so a reader never sees half of it: `write` writes its bytes to the file open as `fd`. */
function writeWhole(file: string, write: (fd: number) => void): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temporary, 'w');
    try {
      write(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * A temporary file this program writes in the cache folder before renaming it into place (a segment, the parsed
 * taxonomy, the stat index or a kept memory, then the writing process's id), left there when that process was
 * killed before the rename.
 */
const LEFTOVER = /^\.?(?:segment-[\w-]+\.ndjson|segments\.json|taxonomy\.json|[a-z]+-[0-9a-f]{20}\.json)\.(\d+)\.tmp$/;

/** Deletes the temporary files of `names` that processes no longer running left in `dir`; nothing else. */
function clearLeftovers(dir: string, names: string[]): void {
  for (const name of names) {
    const pid = LEFTOVER.exec(name)?.[1];
    // A running process's temporary file (this one's among them) may still be renamed into place.
    if (pid === undefined || isProcessRunning(Number(pid))) continue;
    try {
      rmSync(path.join(dir, name), { force: true });
    } catch {
      // Left for a later build: it is only a file's worth of space.
    }
  }
}

/**
 * Where a line lies in its segment: its key, the checksum of its entry's JSON, the offset where it starts, the length
 * of its head (its key, checksum and entry JSON with their spaces), of its rest (after the tab that ends the head) and
 * of the evidence and the body in the rest, each followed by a tab.
 */
type LinePlace = [
  key: string,
  headChecksum: string,
  at: number,
  head: number,
  rest: number,
  evidence: number,
  body: number,
];

/**
 * A segment's lines as the segment index keeps them, with the size, modification and change times and inode the
 * segment had when they were found (as `src/cache/file-stats.ts` keeps an article file's).
 */
interface SegmentListing {
  name: string;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  lines: LinePlace[];
}

/**
 * A segment file as read, open while a line read from it is held (a build that deletes it, this process's or another
 * archive's, leaves such lines readable), closed once none is.
 */
class SegmentFile {
  constructor(readonly fd: number) {}
}

const segmentsHeld = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Closed already.
  }
});

/**
 * A line read from a segment: its head (key, checksum and entry JSON) in memory, decoded only when its entry is
 * wanted (decoding a whole segment made one string of it, two bytes a character once one character was not ASCII),
 * and where it lies in the segment, whose rest (its tags' evidence, body and shingles, two thirds of its bytes, which
 * a build after a few changes reads for the few pages it renders) is read from there when first asked for.
 */
interface ReadLine {
  segment: SegmentFile;
  place: LinePlace;
  head: Buffer;
}

/** A line of a segment: as found there (see `ReadLine`), or as written by this build. */
type Line = ReadLine | string;

const NEWLINE = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;
/** Where a line's checksum and its JSON start (see `KEY_LENGTH`). */
const CHECKSUM_AT = KEY_LENGTH + 1;
const JSON_AT = CHECKSUM_AT + KEY_LENGTH + 1;
/** Bytes of a segment read at a time, into one buffer: fresh memory for the whole of each segment cost more than the read. */
const READ_CHUNK = 1 << 20;

/** One line of a segment as its bytes pass, a piece at a time: its head kept, the rest hashed and its tabs found. */
class LineScan {
  private readonly head: Buffer[] = [];
  private hash: Hash | null = null;
  private headChecksum = '';
  private restAt = -1;
  private readonly tabs: number[] = [];
  private end: number;

  constructor(private readonly start: number) {
    this.end = start;
  }

  /** Takes the bytes `piece` of the line, found at `at` in the segment. */
  take(piece: Buffer, at: number): void {
    this.end = at + piece.length;
    if (!this.hash) {
      const tab = piece.indexOf(TAB);
      this.head.push(Buffer.from(tab < 0 ? piece : piece.subarray(0, tab)));
      if (tab < 0) return;
      const head = this.head.length === 1 ? this.head[0]! : Buffer.concat(this.head);
      this.head.splice(0, this.head.length, head);
      this.hash = createHash('sha256').update(head.subarray(JSON_AT));
      this.headChecksum = this.hash.copy().digest('hex');
      this.restAt = at + tab + 1;
      piece = piece.subarray(tab);
      at += tab;
    }
    this.hash.update(piece);
    for (let tab = piece.indexOf(TAB, at < this.restAt ? 1 : 0); tab >= 0; tab = piece.indexOf(TAB, tab + 1))
      this.tabs.push(at + tab);
  }

  /** Where the line lies, and its head, or null when it is not a whole entry line or was changed since it was written. */
  finish(): { place: LinePlace; head: Buffer } | null {
    const [head] = this.head;
    if (!this.hash || !head || head.length <= JSON_AT || this.tabs.length !== 2) return null;
    if (head[KEY_LENGTH] !== SPACE || head[JSON_AT - 1] !== SPACE) return null;
    if (this.hash.digest('hex') !== head.toString('latin1', CHECKSUM_AT, JSON_AT - 1)) return null;
    const [evidenceEnd, bodyEnd] = this.tabs as [number, number];
    const key = head.toString('latin1', 0, KEY_LENGTH);
    const rest = this.end - this.restAt;
    const lengths = [evidenceEnd - this.restAt, bodyEnd - evidenceEnd - 1] as const;
    return { place: [key, this.headChecksum, this.start, head.length, rest, ...lengths], head };
  }
}

/**
 * The places and heads of the lines of the segment open as `fd`, read through `chunk`: each line's checksum is checked
 * as its bytes pass, its head kept and the rest left in the file.
 */
function scanSegment(fd: number, chunk: Buffer): { places: LinePlace[]; heads: Buffer[] } {
  const places: LinePlace[] = [];
  const heads: Buffer[] = [];
  const keep = (scan: LineScan) => {
    const line = scan.finish();
    if (!line) return;
    places.push(line.place);
    heads.push(line.head);
  };
  let scan: LineScan | null = null;
  for (let position = 0; ;) {
    const bytes = chunk.subarray(0, readSync(fd, chunk, 0, chunk.length, position));
    if (!bytes.length) break;
    for (let start = 0; start < bytes.length;) {
      const newline = bytes.indexOf(NEWLINE, start);
      const end = newline < 0 ? bytes.length : newline;
      scan ??= new LineScan(position + start);
      scan.take(bytes.subarray(start, end), position + start);
      if (newline >= 0) {
        keep(scan);
        scan = null;
      }
      start = end + 1;
    }
    position += bytes.length;
  }
  if (scan) keep(scan);
  return { places, heads };
}

/**
 * The heads of the lines at `places` (in the order of the segment open as `fd`), read through `chunk` and copied into
 * one buffer: a read of each took a syscall and a buffer of its own, each dearer than the bytes of the rests read
 * between them.
 */
function readHeads(fd: number, places: LinePlace[], chunk: Buffer): Buffer[] {
  const all = Buffer.allocUnsafeSlow(places.reduce((sum, place) => sum + place[3], 0));
  const heads: Buffer[] = [];
  let from = 0;
  let bytes = chunk.subarray(0, 0);
  let copied = 0;
  for (const [, , at, head] of places) {
    if (at < from || at + head > from + bytes.length) {
      from = at;
      const into = head > chunk.length ? Buffer.allocUnsafe(head) : chunk;
      bytes = into.subarray(0, readSync(fd, into, 0, into.length, at));
    }
    const start = copied;
    copied += bytes.copy(all, start, at - from, at - from + head);
    heads.push(all.subarray(start, copied));
  }
  return heads;
}

/**
 * The segment index: the lines of each segment as a build found them, so that the next build reads no segment whose
 * stat is the one recorded and was settled then (as `src/cache/file-stats.ts` trusts an article file's); a segment
 * written since, or within `RACY_MS` of the build that listed it, is scanned. Written beside the segments, and worth
 * nothing without them.
 */
const SEGMENT_INDEX_FILE = 'segments.json';
/** Version of the segment index's shape; an index of another version is ignored. */
const SEGMENT_INDEX_VERSION = 1;

interface StoredSegmentIndex {
  version: number;
  /** When the build that listed the segments began to read them (milliseconds since the epoch). */
  listedAt: number;
  segments: SegmentListing[];
}

/** The segment index of `dir`, by segment name, or null when there is none (or it is unreadable). */
function readSegmentIndex(dir: string): { listedAt: number; segments: Map<string, SegmentListing> } | null {
  try {
    const json = unsealed(readFileSync(path.join(dir, SEGMENT_INDEX_FILE), 'latin1'));
    const index = json ? (JSON.parse(json) as Partial<StoredSegmentIndex> | null) : null;
    if (index?.version !== SEGMENT_INDEX_VERSION || typeof index.listedAt !== 'number') return null;
    // Sealed by this program: its shape is the one it wrote.
    return { listedAt: index.listedAt, segments: new Map(index.segments!.map((listing) => [listing.name, listing])) };
  } catch {
    return null;
  }
}

/** Whether the segment listed as `listing` has the stat `stat`, settled before `settledBefore`. */
const listingHolds = (listing: SegmentListing, stat: Stats, settledBefore: number) =>
  listing.size === stat.size &&
  listing.mtimeMs === stat.mtimeMs &&
  listing.ctimeMs === stat.ctimeMs &&
  listing.ino === stat.ino &&
  Math.max(stat.mtimeMs, stat.ctimeMs) < settledBefore;

/**
 * Every line of the segments in `dir`, by key (a later segment's line for the same key wins), and the segments, those
 * the segment index lists as they are taken from it and the others scanned; `now` is when this build began to read
 * them. `stale` says that the index does not list the segments as they are.
 */
function readSegments(dir: string, now: number): Segments {
  const lines = new Map<string, Line>();
  const listings = new Map<string, SegmentListing>();
  let names: string[];
  try {
    names = readdirSync(dir);
    clearLeftovers(dir, names);
  } catch {
    return { lines, segments: [], keys: new Map(), listings, listedAt: now, stale: false };
  }
  const segments = names.filter((name) => SEGMENT.test(name)).sort();
  const index = readSegmentIndex(dir);
  const settledBefore = index ? index.listedAt - RACY_MS : -Infinity;
  let stale = index !== null && [...index.segments.keys()].some((name) => !segments.includes(name));
  let chunk: Buffer | null = null;
  const keys = new Map<string, string[]>();
  for (const name of segments) {
    let fd: number;
    try {
      fd = openSync(path.join(dir, name), 'r');
    } catch {
      // An unreadable segment: its articles are analysed again.
      stale = true;
      continue;
    }
    try {
      const stat = fstatSync(fd);
      let listing = index?.segments.get(name);
      let heads: Buffer[];
      chunk ??= Buffer.allocUnsafeSlow(READ_CHUNK);
      if (listing && listingHolds(listing, stat, settledBefore)) {
        heads = readHeads(fd, listing.lines, chunk);
      } else {
        const { size, mtimeMs, ctimeMs, ino } = stat;
        const scanned = scanSegment(fd, chunk);
        listing = { name, size, mtimeMs, ctimeMs, ino, lines: scanned.places };
        heads = scanned.heads;
        stale = true;
      }
      listings.set(name, listing);
      keys.set(
        name,
        listing.lines.map(([key]) => key),
      );
      const segment = new SegmentFile(fd);
      listing.lines.forEach((place, i) => lines.set(place[0], { segment, place, head: heads[i]! }));
      if (listing.lines.length) segmentsHeld.register(segment, fd);
      else closeSync(fd);
    } catch {
      closeSync(fd);
      stale = true;
    }
  }
  return { lines, segments, keys, listings, listedAt: now, stale };
}

/** Writes the segment index of the segments `stored` read that are still in place (those written since are not listed). */
function writeSegmentIndex(dir: string, stored: Segments): void {
  const segments = stored.segments.flatMap((name) => stored.listings.get(name) ?? []);
  const index: StoredSegmentIndex = { version: SEGMENT_INDEX_VERSION, listedAt: stored.listedAt, segments };
  try {
    const json = sealed(JSON.stringify(index));
    writeWhole(path.join(dir, SEGMENT_INDEX_FILE), (fd) => writeFileSync(fd, json));
  } catch {
    // Without it, the next build scans every segment.
  }
}

/** What a line holds behind its key and checksum: the entry's JSON, and what reads the rest. */
interface LineParts {
  json: Buffer;
  shinglesLength: number;
  rest: () => { evidence: Buffer; body: Buffer; shingles: Buffer };
}

/** The evidence, body and shingles of a line's rest, as written: each but the last followed by a tab. */
function splitRest(bytes: Buffer, [evidence, body]: [number, number]) {
  return {
    evidence: bytes.subarray(0, evidence),
    body: bytes.subarray(evidence + 1, evidence + 1 + body),
    shingles: bytes.subarray(evidence + body + 2),
  };
}

/** `length` bytes of the segment of `line` from `at`, or null when it holds fewer. */
function readFrom({ segment }: ReadLine, at: number, length: number): Buffer | null {
  const bytes = Buffer.allocUnsafe(length);
  return readSync(segment.fd, bytes, 0, length, at) === length ? bytes : null;
}

/**
 * The entry's JSON of a line read from a segment, or null when it is not what the line's place says: the segment
 * index listed a segment that no longer holds it (written over in place with its stat), which the checksum of the
 * entry's JSON tells.
 */
function headJson({ head, place }: ReadLine): Buffer | null {
  if (head.length !== place[3] || head[KEY_LENGTH] !== SPACE || head[JSON_AT - 1] !== SPACE) return null;
  const json = head.subarray(JSON_AT);
  return hashOf('sha256', json) === place[1] ? json : null;
}

/**
 * The whole of a line found in a segment (without its newline), read now: null when the segment no longer holds what
 * was checked when the line was found, which the line's checksum and the checksum of its entry's JSON tell.
 */
function readWhole(line: ReadLine): Buffer | null {
  const [, headChecksum, at, head, rest] = line.place;
  const bytes = readFrom(line, at, head + 1 + rest);
  if (!bytes || bytes[head] !== TAB) return null;
  const checksum = hashOf('sha256', bytes.subarray(JSON_AT));
  if (checksum !== bytes.toString('latin1', CHECKSUM_AT, JSON_AT - 1)) return null;
  return hashOf('sha256', bytes.subarray(JSON_AT, head)) === headChecksum ? bytes : null;
}

/**
 * The parts of a line (as `entryLine` writes them: the entry's JSON, a tab, its tags' details as JSON, a tab, its
 * body's JSON, a tab and the base64 of its shingles), or null when they were changed since: the checksum is of those
 * bytes, as written. A line read from a segment was checked as it was read, and its rest is read when first asked for.
 */
function partsOf(line: Line): LineParts | null {
  if (typeof line !== 'string') {
    const json = headJson(line);
    if (!json) return null;
    const [, , , head, restLength, evidence, body] = line.place;
    let rest: ReturnType<LineParts['rest']> | null = null;
    return {
      json,
      shinglesLength: restLength - evidence - body - 2,
      rest() {
        if (rest) return rest;
        const bytes = readWhole(line);
        // Written over in place since this build checked it: nothing else changes a segment, only deletes it.
        if (!bytes) throw new Error('an analysis cache segment was written over while a build read it: build again');
        return (rest = splitRest(bytes.subarray(head + 1), [evidence, body]));
      },
    };
  }
  const bytes = Buffer.from(line);
  if (bytes[KEY_LENGTH] !== SPACE || bytes[JSON_AT - 1] !== SPACE) return null;
  const sealedBytes = bytes.subarray(JSON_AT);
  const checksum = hashOf('sha256', sealedBytes);
  if (checksum !== bytes.toString('latin1', CHECKSUM_AT, JSON_AT - 1)) return null;
  // JSON writes a tab in a string as an escape, so the first tab ends the entry's JSON, the second its evidence and
  // the third its body.
  const tab = sealedBytes.indexOf(TAB);
  const secondTab = tab < 0 ? -1 : sealedBytes.indexOf(TAB, tab + 1);
  const thirdTab = secondTab < 0 ? -1 : sealedBytes.indexOf(TAB, secondTab + 1);
  if (thirdTab < 0 || sealedBytes.indexOf(TAB, thirdTab + 1) >= 0) return null;
  const rest = splitRest(sealedBytes.subarray(tab + 1), [secondTab - tab - 1, thirdTab - secondTab - 1]);
  return { json: sealedBytes.subarray(0, tab), shinglesLength: rest.shingles.length, rest: () => rest };
}

/**
 * Bytes of a segment written at a time, through one buffer: a buffer of each line's bytes and then one of the whole
 * segment (41 MB at 10,000 articles) were freed into the process's allocator, which kept the memory, 66 MiB at 10,000
 * articles, while Pagefind built its index.
 */
const WRITE_CHUNK = 1 << 20;
const encoder = new TextEncoder();

/**
 * Writes `lines` to the file open as `fd`, each as a segment holds it and followed by a newline, through `chunk`; a
 * line found in a segment that was written over since is left out.
 */
function writeLines(fd: number, lines: Line[], chunk: Buffer): void {
  let filled = 0;
  const flush = () => {
    writeFileSync(fd, chunk.subarray(0, filled));
    filled = 0;
  };
  /** Puts `bytes` into the chunk after what it holds; false when they do not fit. */
  const put = (bytes: string | Buffer) => {
    if (typeof bytes !== 'string') {
      if (filled + bytes.length > chunk.length) return false;
      filled += bytes.copy(chunk, filled);
      return true;
    }
    const { read, written } = encoder.encodeInto(bytes, chunk.subarray(filled));
    if (read < bytes.length) return false;
    filled += written;
    return true;
  };
  for (const line of lines) {
    const bytes = typeof line === 'string' ? line : readWhole(line);
    if (!bytes) continue;
    if (!put(bytes)) {
      flush();
      // A line longer than the chunk goes alone.
      if (!put(bytes)) writeFileSync(fd, bytes);
    }
    if (filled === chunk.length) flush();
    chunk[filled++] = NEWLINE;
  }
  flush();
}

/**
 * The record of `file` an entry's line holds, its body, tags' details and shingles read when first asked for, or null
 * when it is not an entry for `key` and `hash`.
 */
function readEntry(line: Line, key: string, hash: string, file: string): AnalyzedArticle | null {
  const parts = partsOf(line);
  if (!parts) return null;
  try {
    const entry = JSON.parse(decodeText(parts.json)) as Partial<Entry> | null;
    if (!entry) return null;
    if (entry.version !== CACHE_FORMAT_VERSION || entry.key !== key || !looksAnalyzed(entry.article)) return null;
    const fingerprint = readFingerprint(entry.fingerprint, parts.shinglesLength, () => parts.rest().shingles);
    if (entry.article.hash !== hash || !fingerprint) return null;
    const { atHand } = entry;
    if (!Array.isArray(atHand?.firstEvidence) || !Array.isArray(atHand.primaryModels)) return null;
    const record = readTagDetailsLater({ file, ...entry.article }, atHand, () => readTagDetails(parts.rest().evidence));
    return Object.assign(
      readBodyLater(record, () => readBody(parts.rest().body)),
      { fingerprint },
    );
  } catch {
    return null;
  }
}

/** The line of a segment that stores `article` under `key`. */
function entryLine(key: string, article: AnalyzedArticle): string {
  const { file: _file, fingerprint, ...rest } = article;
  const storedFingerprint = {
    textHash: fingerprint.textHash,
    size: fingerprint.size,
    signature: toBase64(fingerprint.signature),
  };
  const { blocks, text, removed, ...head } = rest;
  const body: RecordBody = { blocks, text, removed };
  const { tags, details, atHand } = takeTagDetailsApart(head);
  const entry: Entry = {
    version: CACHE_FORMAT_VERSION,
    key,
    article: { ...head, ...tags },
    atHand,
    fingerprint: storedFingerprint,
  };
  const shingles = toBase64(fingerprint.shingles);
  return `${key} ${sealed(`${JSON.stringify(entry)}\t${JSON.stringify(details)}\t${JSON.stringify(body)}\t${shingles}`)}`;
}

/** The lines of a cache's segments by key, and the segments' names, as read or as last written. */
interface Segments {
  lines: Map<string, Line>;
  segments: string[];
  /** The keys of the lines each segment holds, as read or written, by name. */
  keys: Map<string, string[]>;
  /** The lines of each segment as read (none of those written since), by name, for the segment index. */
  listings: Map<string, SegmentListing>;
  /** When the segments were read. */
  listedAt: number;
  /** Whether the segment index does not list the segments as read. */
  stale: boolean;
}

/** The key of a line. */
const lineKey = (line: Line) => (typeof line === 'string' ? line.slice(0, KEY_LENGTH) : line.place[0]);

/**
 * What a build that stores the lines `added` writes: those lines as new segments; when too many segments have piled
 * up, the small ones (see `SMALL_SEGMENT`) written again with them, their lines `used` alone, and deleted; when the
 * segments hold more than twice the entries in `used`, most entries in `used` are new (every article analysed again
 * after a change of code or taxonomy: the old entries, as many, would stay beside them), or too many would be left
 * besides the small ones, `used` written again (`rewrite`) and every old segment deleted.
 */
function planSegments({ lines, segments, keys }: Segments, used: Map<string, Line>, added: string[]) {
  const tooMany = MAX_SEGMENTS + Math.ceil(used.size / SEGMENT_ENTRIES);
  const piledUp = segments.length >= tooMany;
  const small = piledUp ? segments.filter((name) => (keys.get(name)?.length ?? 0) < SMALL_SEGMENT) : [];
  const rewrite =
    (piledUp && segments.length - small.length + 1 >= tooMany) ||
    lines.size + added.length > 2 * used.size ||
    2 * added.length > used.size;
  if (rewrite) return { rewrite, toWrite: [...used.values()], replaced: segments };
  const addedKeys = new Set(added.map(lineKey));
  const merged = small.flatMap((name) =>
    (keys.get(name) ?? []).flatMap((key) => (addedKeys.has(key) ? [] : (used.get(key) ?? []))),
  );
  return { rewrite, toWrite: [...merged, ...added], replaced: small };
}

/**
 * Writes the new segments `planSegments` plans, and deletes those they replace. Returns the segments as they are now
 * (as they were, when they could not be written, the error given to `failed`).
 */
function writeSegments(
  dir: string,
  stored: Segments,
  used: Map<string, Line>,
  added: string[],
  failed: (error: Error) => void,
): Segments {
  const { rewrite, toWrite, replaced } = planSegments(stored, used, added);
  const batch = `${Date.now()}-${randomBytes(4).toString('hex')}`;
  const written = new Map<string, string[]>();
  try {
    makeFolder(dir);
    const chunk = Buffer.allocUnsafeSlow(WRITE_CHUNK);
    for (let start = 0; start < toWrite.length; start += SEGMENT_ENTRIES) {
      const name = `segment-${batch}-${start / SEGMENT_ENTRIES}.ndjson`;
      const part = toWrite.slice(start, start + SEGMENT_ENTRIES);
      writeWhole(path.join(dir, name), (fd) => writeLines(fd, part, chunk));
      written.set(name, part.map(lineKey));
    }
    for (const old of replaced) rmSync(path.join(dir, old), { force: true });
  } catch (error) {
    // A read-only or full disk only costs the next build the analysis of these articles.
    failed(error as Error);
    return stored;
  }
  // The segments written are not listed: they are not settled yet (see `SEGMENT_INDEX_FILE`).
  if (rewrite) {
    const segments = [...written.keys()];
    return { ...stored, lines: new Map(used), segments, keys: written, listings: new Map(), stale: false };
  }
  const { lines, keys, listings } = stored;
  for (const name of replaced) {
    for (const key of keys.get(name) ?? []) lines.delete(key);
    keys.delete(name);
    listings.delete(name);
  }
  for (const line of toWrite) lines.set(lineKey(line), line);
  for (const [name, writtenKeys] of written) keys.set(name, writtenKeys);
  const gone = new Set(replaced);
  const segments = [...stored.segments.filter((name) => !gone.has(name)), ...written.keys()];
  // The segment index lists the segments written again, now deleted.
  return { ...stored, lines, segments, keys, stale: stored.stale || replaced.length > 0 };
}

/** The taxonomy stored in `dir` under `context`, or null when there is none (or it is unreadable). */
function readStoredTaxonomy(dir: string, context: string): Taxonomy | null {
  try {
    const json = unsealed(readFileSync(path.join(dir, TAXONOMY_FILE), 'utf8'));
    const stored = json
      ? (JSON.parse(json) as { version?: number; context?: string; taxonomy?: Taxonomy } | null)
      : null;
    if (!stored) return null;
    const { taxonomy } = stored;
    if (stored.version !== CACHE_FORMAT_VERSION || stored.context !== context || !taxonomy) return null;
    const lists = [taxonomy.countries, taxonomy.notCountries, taxonomy.actors, taxonomy.topics];
    return lists.every(Array.isArray) && typeof taxonomy.fingerprint === 'string' ? taxonomy : null;
  } catch {
    return null;
  }
}

/**
 * Opens the analysis cache in `dir`; its segments are read at the first `get`.
 * @param context a fingerprint of everything besides the article's bytes that decides its analysis.
 * @param now when this build begins to read the segments.
 */
export function openAnalysisCache(dir: string, context: string, now = Date.now()): AnalysisCache {
  return openBuildCache(dir, context, null, now);
}

/**
 * A record stored by this build, whose line is made when the cache is flushed or its entry first read: made as each
 * record came from the analysis, the lines took the build's thread from the analysis workers and were held through
 * the rendering (about 110 MB at 10,000 articles).
 */
interface PendingEntry {
  pending: AnalyzedArticle;
}

const isPending = (held: Line | PendingEntry): held is PendingEntry => typeof held === 'object' && 'pending' in held;

/**
 * The line of the entry under `key` that a build found or stored (`used`; made now when it is pending), else the
 * segments'.
 */
function lineOf(used: Map<string, Line | PendingEntry>, key: string, segments: Segments): Line | undefined {
  const held = used.get(key);
  if (held === undefined) return segments.lines.get(key);
  if (!isPending(held)) return held;
  const line = entryLine(key, held.pending);
  used.set(key, line);
  return line;
}

/**
 * The cache for one build; `known` is what an earlier build of this process read and wrote of the segments, else they
 * are read from `now`.
 */
function openBuildCache(dir: string, context: string, known: Segments | null, now: number): AnalysisCache {
  const keyOf = (hash: string, format: SourceFormat) =>
    hashOf('sha256', `${CACHE_FORMAT_VERSION}\0${context}\0${format}\0${hash}`);
  let stored = known;
  /** Lines of the entries this build found (and kept) or stored, by key. */
  const used = new Map<string, Line | PendingEntry>();
  /** Keys of the entries this build stored, in order. */
  const added: string[] = [];
  let writeFailure: Error | null = null;
  const failed = (error: Error) => (writeFailure ??= error);
  return {
    get(hash, format, file) {
      const key = keyOf(hash, format);
      stored ??= readSegments(dir, now);
      const line = lineOf(used, key, stored);
      const entry = line ? readEntry(line, key, hash, file) : null;
      if (entry) used.set(key, line!);
      return entry;
    },
    keep(hash, format) {
      const key = keyOf(hash, format);
      stored ??= readSegments(dir, now);
      const line = used.get(key) ?? stored.lines.get(key);
      if (line) used.set(key, line);
      return line !== undefined;
    },
    set(article) {
      const key = keyOf(article.hash, article.format);
      used.set(key, { pending: article });
      added.push(key);
    },
    flush() {
      if (added.length) {
        const segments = stored ?? readSegments(dir, now);
        const lines = added.map((key) => lineOf(used, key, segments) as string);
        // Every line this build stored is made now.
        stored = writeSegments(dir, segments, used as Map<string, Line>, lines, failed);
        added.length = 0;
      }
      if (stored?.stale) {
        writeSegmentIndex(dir, stored);
        stored = { ...stored, stale: false };
      }
    },
    writeFailure: () => writeFailure,
    taxonomy: () => readStoredTaxonomy(dir, context),
    storeTaxonomy(taxonomy) {
      try {
        makeFolder(dir);
        const json = sealed(JSON.stringify({ version: CACHE_FORMAT_VERSION, context, taxonomy }));
        writeWhole(path.join(dir, TAXONOMY_FILE), (fd) => writeFileSync(fd, json));
      } catch (error) {
        // As for entries: the next build parses the taxonomy again.
        failed(error as Error);
      }
    },
    nextBuild: () => openBuildCache(dir, context, stored, Date.now()),
  };
}

/** Combines the fingerprints that decide an analysis (pipeline code, taxonomy, settings) into one. */
export function fingerprintAnalysis(parts: { pipeline: string; taxonomy: string; settings: unknown }): string {
  return createHash('sha256')
    .update(parts.pipeline)
    .update('\0')
    .update(parts.taxonomy)
    .update('\0')
    .update(JSON.stringify(parts.settings))
    .digest('hex');
}
