/**
 * The project's code compiled by esbuild, as the commands run it (`scripts/run.mjs`) and as the test runner's
 * processes start their worker threads and page templates (`scripts/run-tests.mjs`). The commands, worker threads,
 * page templates and Eleventy configuration are compiled together into a folder of `.cache/compiled/`, again whenever
 * a file of `src/`, `scripts/` or `templates/` changed (by name, size and modification time, as git's index tells).
 * Under the TypeScript loader a command spent about 0.9 s more CPU time loading its modules, and each worker thread
 * it started paid part of that again. Eleventy, which the project's code imports from its package, is bundled with
 * the libraries it imports into one module of `.cache/bundled/`, again whenever `package-lock.json` changes: from its
 * package, it is 432 modules that Node resolves, reads and links one by one. Plain JavaScript, as it runs before
 * anything is compiled.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const OUT = path.join(ROOT, '.cache', 'compiled');
/** Names the compiled folder in use, with the files it was compiled from. */
const MANIFEST = path.join(OUT, 'manifest.json');
/** The folders compiled from, and the Eleventy configuration. */
const SOURCES = ['src', 'scripts', 'templates'];
const ELEVENTY_CONFIG = '.eleventy.ts';
/** Eleventy's bundles, one for each `package-lock.json` (the dependency versions that `npm ci` installs). */
const BUNDLED = path.join(ROOT, '.cache', 'bundled');
/** Changes when the way of compiling changes, so folders compiled the old way are not used. */
const FORMAT = 2;
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

/**
 * An esbuild plugin: a dependency's module that reads `import.meta.url` reads its own file's address, as when Node
 * loads it from its package, where in a bundle it would read the bundle's (Eleventy reads its own `package.json` by
 * a path from its module's).
 */
const ownAddress = {
  name: 'own-address',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/].+\.[cm]?js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      return {
        contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
        loader: 'js',
      };
    });
  },
};

/**
 * Eleventy and the libraries it imports, as installed, in one ES module of `.cache/bundled/` named by the hash of
 * `package-lock.json`, bundled first when there is none: a change to the project's sources does not bundle it again.
 * Its CommonJS libraries require Node's own modules through a `require` made for the bundle. Eleventy's development
 * server, which a build never starts, is left to be imported from its package. Older bundles beyond a few are removed.
 */
async function eleventyBundle() {
  const lock = createHash('sha256')
    .update(readFileSync(path.join(ROOT, 'package-lock.json')))
    .digest('hex');
  const file = path.join(BUNDLED, `eleventy-${lock.slice(0, 20)}.mjs`);
  if (existsSync(file)) return file;
  const { build, stop } = await import('esbuild');
  const temporary = `${file}.${process.pid}.tmp`;
  await build({
    absWorkingDir: ROOT,
    entryPoints: ['@11ty/eleventy'],
    outfile: temporary,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['@11ty/eleventy-dev-server'],
    plugins: [ownAddress],
    banner: {
      js: "import { createRequire as createRequireOfBundle } from 'node:module'; const require = createRequireOfBundle(import.meta.url);",
    },
    logLevel: 'error',
  }).finally(stop);
  renameSync(temporary, file);
  const older = readdirSync(BUNDLED)
    .filter((name) => name.endsWith('.mjs') && path.join(BUNDLED, name) !== file)
    .map((name) => path.join(BUNDLED, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  for (const name of older.slice(OLDER_KEPT)) rmSync(name, { force: true });
  return file;
}

/** Compiles the sources into a new folder and names it in the manifest; older folders beyond a few are removed. */
async function compile(files) {
  const { build, stop } = await import('esbuild');
  const folder = `${Date.now().toString(36)}-${process.pid}`;
  // esbuild's service process would otherwise stay beside the command to its end (18-63 MiB of a full build's peak).
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
    // esbuild takes Node 20 for one without Unicode property escapes in regular expressions (\p{Lu}), and writes each
    // such literal as `new RegExp(...)`, made again at every call of the function holding it.
    supported: { 'regexp-unicode-property-escapes': true },
    packages: 'external',
    logLevel: 'error',
  }).finally(stop);
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

/** The global symbol under which a process marks the compiled code it runs (read by src/runtime.ts). */
export const COMPILED_MARK = Symbol.for('news-archive.compiled');

/**
 * The compiled code of the sources as they are now, compiling them first when they changed: the repository, the
 * folder of the compiled modules and Eleventy's bundle, as a process marks them under `COMPILED_MARK`.
 */
export async function compiledCode() {
  const files = sourceFiles();
  mkdirSync(OUT, { recursive: true });
  mkdirSync(BUNDLED, { recursive: true });
  const dir = compiledFolder(files) ?? (await compile(files));
  return { root: ROOT, dir, eleventy: await eleventyBundle() };
}
