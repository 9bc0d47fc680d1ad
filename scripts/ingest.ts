/**
 * `npm run ingest -- PATH... [--content DIR] [--retrieved YYYY-MM-DD]`: adds files, folders, or standard input
 * (`-`) to an archive as clean Markdown articles in DIR/articles/, keeping each original under DIR/sources/,
 * and prints what it wrote, what it found, and what needs a human look. Ingesting the same file again does nothing.
 */
import { linkSync, lstatSync, readFileSync, readSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createAnalysisContext } from '../src/analyze/index.ts';
import { displayPath, taxonomySourcesFor } from '../src/build/index.ts';
import { commonOptions, parseCommand, readArguments } from '../src/cli/args.ts';
import { tellDiskFull } from '../src/disk-full.ts';
import { makeFolder } from '../src/make-folder.ts';
import {
  formatIngestTable,
  loadArchiveState,
  planIngest,
  type IngestInput,
  type IngestResult,
} from '../src/ingest/index.ts';
import { isRejection, listArticleFiles, MAX_ARTICLE_BYTES } from '../src/read/index.ts';
import { readArticleBytes } from '../src/read/read-article.ts';
import { printable } from '../src/report/printable.ts';
import { parseTaxonomy } from '../src/taxonomy/index.ts';

/** How much of standard input is read at a time. */
const STDIN_CHUNK_BYTES = 1024 * 1024;

/**
 * The bytes of standard input, or null past the most an article may be (`MAX_ARTICLE_BYTES`), where reading stops, as
 * a file is judged by its size before it is read: read whole, a stream that does not end (`yes | npm run ingest -- -`)
 * held all it sent in memory, and one of more than 2 GiB could not be read into one buffer.
 */
function readStdin(): Buffer | null {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.alloc(STDIN_CHUNK_BYTES);
    let read: number;
    try {
      read = readSync(0, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EOF') break;
      if (code !== 'EAGAIN') throw error;
      // Standard input left non-blocking by the shell: nothing yet.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
      continue;
    }
    if (read === 0) break;
    total += read;
    if (total > MAX_ARTICLE_BYTES) return null;
    chunks.push(chunk.subarray(0, read));
  }
  return Buffer.concat(chunks);
}

/**
 * Standard input as an input: HTML when it opens like a page, otherwise pasted text; or its rejection, larger than an
 * article may be.
 */
function stdinInput(): IngestInput | IngestResult {
  const bytes = readStdin();
  if (!bytes) {
    const limit = MAX_ARTICLE_BYTES / 1024 / 1024;
    const reason = `more than the ${limit} MB an article may be (standard input was read no further)`;
    return { status: 'rejected', input: 'standard input', reason };
  }
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart();
  return { name: /^<(!doctype|html|head|body|article|div|p)\b/i.test(head) ? 'stdin.html' : 'stdin.txt', bytes };
}

/** What a folder given to ingest holds that it does not read, told as rejected; files of other types are left unsaid. */
const UNREAD_TOLD = new Set(['symlink', 'unreadable', 'not-a-file']);

/**
 * The files to ingest: each path as given (a symbolic link named on the command line followed, as the user named
 * it), folders expanded to their article files in path order; and what such a folder holds that is not read (a link
 * inside it, which may lead anywhere, even round to itself), as rejected.
 */
function readInputs(paths: string[]): { inputs: IngestInput[]; unread: IngestResult[] } {
  const unread: IngestResult[] = [];
  /** The file at `file` to ingest, or none when it is too large to be an article or cannot be read (told as rejected). */
  const readInput = (file: string): IngestInput[] => {
    const bytes = readArticleBytes(file, file);
    if (!isRejection(bytes)) return [{ name: path.basename(file), bytes }];
    unread.push({ status: 'rejected', input: file, reason: bytes.reason });
    return [];
  };
  const inputs = paths.flatMap((p): IngestInput[] => {
    if (p === '-') {
      const input = stdinInput();
      if ('name' in input) return [input];
      unread.push(input);
      return [];
    }
    const stat = statSync(p, { throwIfNoEntry: false });
    if (!stat) throw new Error(`${p}: no such file or folder`);
    if (!stat.isDirectory()) return readInput(p);
    const { files, skipped } = listArticleFiles(realpathSync(p));
    for (const { file, code, reason } of skipped)
      if (UNREAD_TOLD.has(code)) unread.push({ status: 'rejected', input: path.join(p, file), reason });
    return files.flatMap((file) => readInput(path.join(p, file)));
  });
  return { inputs, unread };
}

/**
 * What stands at `file`, where the original `bytes` are to be kept under their hash, if it is not them (a link, even
 * one leading nowhere, or a file of other bytes): the article would name an original kept nowhere. Null when nothing
 * is there, or a file of those bytes that an ingest before kept.
 */
function otherThanOriginal(file: string, bytes: Uint8Array): string | null {
  const there = lstatSync(file, { throwIfNoEntry: false });
  if (!there || (there.isFile() && readFileSync(file).equals(bytes))) return null;
  if (there.isSymbolicLink()) return 'a symbolic link';
  return there.isFile() ? 'a file of other bytes' : 'not a file';
}

/** The plan of `result`, or its rejection when its original cannot be kept in the archive `contentDir`. */
function keepingOriginal(result: IngestResult, contentDir: string): IngestResult {
  if (result.status !== 'written') return result;
  const there = otherThanOriginal(path.join(contentDir, result.sourceFile), result.bytes);
  if (!there) return result;
  const reason = `${result.sourceFile}, where its original is kept, is ${there}: move it and ingest again`;
  return { status: 'rejected', input: result.input, reason };
}

/** What a disk that makes no hard links answers (FAT, exFAT, some network disks). */
const LINKS_REFUSED = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/**
 * Writes `bytes` at `file` whole or not at all, never over an entry there: written under a hidden name beside it
 * (which the build does not read), then linked at its name, which fails where an entry is (EEXIST). A disk that fills
 * up in the middle of it leaves no half file: a half original kept its name, and every later ingest of that file was
 * refused, "a file of other bytes". Where the disk makes no links, the file is written at its name as before.
 */
function writeWhole(file: string, bytes: Uint8Array | string): void {
  const hidden = path.join(path.dirname(file), `.${path.basename(file)}.ingesting-${process.pid}`);
  try {
    writeFileSync(hidden, bytes, { flag: 'wx' });
    linkSync(hidden, file);
  } catch (error) {
    if (!LINKS_REFUSED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    writeFileSync(file, bytes, { flag: 'wx' });
  } finally {
    rmSync(hidden, { force: true });
  }
}

/** Writes `bytes` at `file` unless an entry is there already (one of those bytes: `keepingOriginal`). */
function writeOnce(file: string, bytes: Uint8Array): void {
  try {
    writeWhole(file, bytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

function main(): number {
  const { positionals, options } = readArguments('npm run ingest', () => {
    const parsed = parseCommand(process.argv.slice(2), {});
    return { positionals: parsed.positionals, options: commonOptions(parsed.values) };
  });
  if (!positionals.length) throw new Error('nothing to ingest: give files, folders, or - for standard input');
  // Without --retrieved the files are taken as retrieved today: the day they enter the archive.
  const retrieved = options.retrieved ?? new Date().toISOString().slice(0, 10);
  const context = createAnalysisContext(parseTaxonomy(taxonomySourcesFor(options.contentDir)), { retrieved });
  const articlesDir = path.join(options.contentDir, 'articles');
  // The build does not follow it (`listArticleFiles`): an article written through it would never be published.
  if (lstatSync(articlesDir, { throwIfNoEntry: false })?.isSymbolicLink())
    throw new Error(
      `${displayPath(articlesDir)} is a symbolic link, which the build does not follow, so nothing was ingested: ` +
        'make it a folder of its own (move into it the files it links to) and ingest again',
    );
  const { inputs, unread } = readInputs(positionals);
  const planned = planIngest(inputs, loadArchiveState(options.contentDir), context, retrieved);
  const results = [...planned.map((result) => keepingOriginal(result, options.contentDir)), ...unread];
  const toWrite = results.filter((result) => result.status === 'written');
  for (const [done, result] of toWrite.entries()) {
    const articlePath = path.join(articlesDir, result.articleFile);
    const sourcePath = path.join(options.contentDir, result.sourceFile);
    try {
      makeFolder(path.dirname(articlePath));
      makeFolder(path.dirname(sourcePath));
      // Named by its hash: one there already holds these bytes. Never through a link there either.
      writeOnce(sourcePath, result.bytes);
      // Never through an entry that is there already: a link would have the file it points to written over.
      writeWhole(articlePath, result.markdown);
    } catch (error) {
      const failure = new Error(
        `could not write articles/${result.articleFile} and its original, after ${done} of the ${toWrite.length} articles ` +
          `(ingesting the same files again skips those): ${(error as Error).message}`,
        { cause: error },
      );
      throw tellDiskFull(failure, displayPath(options.contentDir), 'ingest again');
    }
  }
  console.log(formatIngestTable(results));
  return results.some((r) => r.status === 'rejected') ? 1 : 0;
}

try {
  process.exit(main());
} catch (error) {
  // Keeps the message's line breaks, as `npm run build`'s failure does: an error's message may have several.
  console.error(printable(`Ingest failed: ${(error as Error).message}`));
  process.exit(1);
}
