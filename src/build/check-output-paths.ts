/**
 * Build: refuses, before anything is written or deleted, the output locations that would destroy the archive or
 * other files. A build replaces its output folder whole, so an output folder that is, holds or lies inside the
 * archive, or that holds the user's own files, would lose them. Reads the disk, writes nothing.
 */
import { closeSync, existsSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { BUILD_STATE_FILE, filesNoBuildWrites, isBuiltSite } from '../output/index.ts';
import { isFieldOnlyReportsHave } from '../report/index.ts';
import { REPO_ROOT, displayPath } from './paths.ts';

export interface OutputPaths {
  contentDir: string;
  outDir: string;
  reportFile: string;
  cacheDir?: string | null;
}

/** `target` (made absolute) when it exists, else the nearest folder above it that does. */
function nearestExisting(target: string): string {
  let existing = path.resolve(target);
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  return existing;
}

/** `target` with every symbolic link in its existing part resolved, so a link to the archive is seen as the archive. */
function realPath(target: string): string {
  const existing = nearestExisting(target);
  return path.join(realpathSync(existing), path.relative(existing, path.resolve(target)));
}

/**
 * Why the folder of the report file `reportFile` cannot be made, or null: a file stands where it or one above it must
 * be.
 */
function reportFolderBlocked(reportFile: string): string | null {
  const existing = nearestExisting(path.dirname(reportFile));
  return statSync(existing).isDirectory()
    ? null
    : `the report file's folder cannot be made: ${displayPath(existing)} is a file`;
}

/** How a JSON object opens, compact or indented: its first field's name. */
const JSON_OPENING = /^\s*\{\s*"([^"\\]*)"\s*:/;

/**
 * Why the report may not be written over the file `reportFile`, or null: none is there, or an empty file, or a build's
 * report (its opening read: a JSON object whose first field is one only a report has, in whatever order a version
 * wrote them), which each build replaces; any other file is someone's, which it would destroy.
 */
function reportFileForeign(reportFile: string): string | null {
  let opening: string;
  try {
    const fd = openSync(reportFile, 'r');
    try {
      const bytes = Buffer.alloc(256);
      opening = bytes.toString('utf8', 0, readSync(fd, bytes, 0, bytes.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return null; // none there (a folder is refused on its own)
  }
  const firstField = JSON_OPENING.exec(opening)?.[1];
  return !opening.trim() || (firstField !== undefined && isFieldOnlyReportsHave(firstField))
    ? null
    : `the report file ${displayPath(reportFile)} exists and is not a build report, which the report would replace (move it, or give --report another file)`;
}

/** Whether `inner` is `outer` or lies inside it. */
function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Why `place` cannot hold what the build writes there without touching `protectedDir`, or null when it can. */
function overlapWith(place: string, protectedDir: string, what: string, protectedName: string): string | null {
  if (place === protectedDir) return `${what} is the ${protectedName} itself`;
  if (isWithin(protectedDir, place)) return `${what} contains the ${protectedName}`;
  if (isWithin(place, protectedDir)) return `${what} is inside the ${protectedName}`;
  return null;
}

/**
 * Why the output folder `out` cannot be replaced from where the command runs, or null: replaced whole, a folder that
 * is or holds the working folder would leave the command and the shell that started it in a folder deleted under them.
 */
function workingFolderIn(out: string): string | null {
  const working = realPath(process.cwd());
  if (working === out) return 'the output folder is the working folder (run the build from another folder)';
  return isWithin(working, out)
    ? 'the output folder contains the working folder (run the build from another folder)'
    : null;
}

/** Files listed when an output folder is refused. */
const LISTED_FILES = 5;

/** The first `LISTED_FILES` of `files`, and an ellipsis when there are more. */
function listed(files: string[]): string {
  return (files.length > LISTED_FILES ? [...files.slice(0, LISTED_FILES), '…'] : files).join(', ');
}

/**
 * What the existing output folder `outDir` holds that no build writes, or its first entries when a build could have
 * written them all.
 */
function heldFiles(outDir: string): string[] {
  if (!statSync(outDir).isDirectory()) return [path.basename(outDir)];
  const foreign = filesNoBuildWrites(outDir, LISTED_FILES + 1);
  return foreign.length
    ? foreign
    : readdirSync(outDir)
        .sort()
        .slice(0, LISTED_FILES + 1);
}

/**
 * Throws, naming the folder and the reason, when the build must not write where it was told: the output folder,
 * the report or the cache is, contains or lies inside the content folder; the output folder is or contains the
 * project or the working folder; the report or the cache lies inside the output folder; the report file is a folder
 * or a file that is no build report, or a file stands where its folder must be (the build would fail once its site
 * was in place); or the output folder exists and is a disk mounted there (it cannot be renamed), or is not a site a
 * build wrote (it would be replaced whole). What the user put in a site a build wrote is kept in the new one
 * (`entriesNoBuildWrites`).
 */
export function checkOutputPaths(paths: OutputPaths): void {
  const content = realPath(paths.contentDir);
  const out = realPath(paths.outDir);
  const problems = [
    overlapWith(out, content, 'the output folder', 'content folder'),
    isWithin(realPath(REPO_ROOT), out) ? 'the output folder contains the project' : null,
    workingFolderIn(out),
    overlapWith(realPath(paths.reportFile), content, 'the report file', 'content folder'),
    existsSync(paths.reportFile) && statSync(paths.reportFile).isDirectory() ? 'the report file is a folder' : null,
    reportFolderBlocked(paths.reportFile),
    reportFileForeign(paths.reportFile),
    paths.cacheDir ? overlapWith(realPath(paths.cacheDir), content, 'the cache folder', 'content folder') : null,
    isWithin(realPath(paths.reportFile), out)
      ? 'the report file is inside the output folder, which a build replaces whole'
      : null,
    paths.cacheDir && isWithin(realPath(paths.cacheDir), out)
      ? 'the cache folder is inside the output folder, which a build replaces whole'
      : null,
  ].filter((problem): problem is string => problem !== null);
  if (problems.length) {
    throw new Error(
      `refusing to build into ${displayPath(paths.outDir)}: ${problems.join('; ')} (content folder: ${displayPath(paths.contentDir)})`,
    );
  }
  if (!existsSync(paths.outDir)) return;
  if (statSync(out).dev !== statSync(path.dirname(out)).dev) {
    throw new Error(
      `refusing to build into ${displayPath(paths.outDir)}: it is a disk of its own mounted there, which a build cannot ` +
        'replace (it writes the new site beside the output folder and renames it into place); give --out a folder inside it',
    );
  }
  if (!isBuiltSite(paths.outDir)) {
    throw new Error(
      `refusing to replace ${displayPath(paths.outDir)}: it exists and is not a site built by news-archive (no ${BUILD_STATE_FILE}), ` +
        `and replacing it would delete what a build did not write (${listed(heldFiles(paths.outDir))}); ` +
        'choose another --out, or move those files out of that folder',
    );
  }
}
