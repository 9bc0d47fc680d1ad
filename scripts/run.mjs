/**
 * Runs a command from its code compiled by esbuild: `node scripts/run.mjs build --out DIR` is `npm run build -- --out
 * DIR`. The commands, worker threads, page templates and Eleventy configuration are compiled together into a folder
 * of `.cache/compiled/`, again whenever a file of `src/`, `scripts/` or `templates/` changed (by name, size and
 * modification time, as git's index tells), then loaded without the TypeScript loader: under it, a command spent
 * about 0.9 s more CPU time loading its modules, and each worker thread it started paid part of that again. Plain
 * JavaScript, as it runs before anything is compiled.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const OUT = path.join(ROOT, '.cache', 'compiled');
/** Names the compiled folder in use, with the files it was compiled from. */
const MANIFEST = path.join(OUT, 'manifest.json');
/** The folders compiled from, and the Eleventy configuration. */
const SOURCES = ['src', 'scripts', 'templates'];
const ELEVENTY_CONFIG = '.eleventy.ts';
/** Changes when the way of compiling changes, so folders compiled the old way are not used. */
const FORMAT = 1;
/** Compiled folders kept besides the newest: a command still running from one may yet start a worker from it. */
const OLDER_KEPT = 3;

/** Every file compiled from, relative to the repository, with its size and modification time. */
function sourceFiles() {
  const files = SOURCES.flatMap((folder) =>
    readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name))),
  );
  return [...files, ELEVENTY_CONFIG].sort().map((file) => {
    const stat = statSync(path.join(ROOT, file));
    return [file, stat.size, stat.mtimeMs];
  });
}

/** The compiled folder, when the manifest names one compiled from exactly `files`. */
function compiledFolder(files) {
  try {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    return manifest.format === FORMAT && JSON.stringify(manifest.files) === JSON.stringify(files)
      ? path.join(OUT, manifest.folder)
      : null;
  } catch {
    return null;
  }
}

/** Commands, worker threads and page templates: each a module of its own, loaded by name. */
function entryPoints(files) {
  const entry = /^(scripts\/[^/]+\.ts|src\/.+-worker\.ts|templates\/pages\/[^/]+\.11ty\.ts)$/;
  return [...files.map(([file]) => file).filter((file) => entry.test(file)), ELEVENTY_CONFIG];
}

/** Compiles the sources into a new folder and names it in the manifest; older folders beyond a few are removed. */
async function compile(files) {
  const { build } = await import('esbuild');
  const folder = `${Date.now().toString(36)}-${process.pid}`;
  await build({
    absWorkingDir: ROOT,
    entryPoints: entryPoints(files),
    outdir: path.join(OUT, folder),
    outbase: ROOT,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  const temporary = `${MANIFEST}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ format: FORMAT, folder, files }));
  renameSync(temporary, MANIFEST);
  const older = readdirSync(OUT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== folder)
    .map((entry) => entry.name)
    .sort((a, b) => parseInt(b, 36) - parseInt(a, 36));
  for (const name of older.slice(OLDER_KEPT)) rmSync(path.join(OUT, name), { recursive: true, force: true });
  return path.join(OUT, folder);
}

const [command, ...rest] = process.argv.slice(2);
if (!command || !/^[\w-]+$/.test(command)) {
  console.error('usage: node scripts/run.mjs COMMAND [ARGS...] (a script of scripts/, such as build)');
  process.exit(2);
}
const files = sourceFiles();
if (!files.some(([file]) => file === `scripts/${command}.ts`)) {
  console.error(`no command scripts/${command}.ts`);
  process.exit(2);
}
mkdirSync(OUT, { recursive: true });
const folder = compiledFolder(files) ?? (await compile(files));
globalThis[Symbol.for('news-archive.compiled')] = { root: ROOT, dir: folder };
// The command reads its own arguments after the script's path, as when it is run directly.
process.argv.splice(2, process.argv.length - 2, ...rest);
await import(pathToFileURL(path.join(folder, 'scripts', `${command}.mjs`)).href);
