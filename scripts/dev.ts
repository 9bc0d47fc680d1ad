/**
 * `npm run dev [-- --content DIR --out DIR --port N --host ADDRESS --cache DIR]`: builds, serves the site with live
 * reload on 127.0.0.1 (or ADDRESS), and rebuilds when an article, the taxonomy, the site's settings, the outlet
 * table or a template changes. The builds run in one process kept between them (`scripts/dev-builder.ts`), which
 * keeps the modules, the taxonomy, the cache and the records of unchanged articles in memory; a changed template
 * starts a new one (templates are modules, loaded once by a process). The tab reloads once the new site is swapped
 * in whole, so it never shows half of one.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT, taxonomyDirFor } from '../src/build/index.ts';
import { OUTLETS_FILE } from '../src/outlets/index.ts';
import { SITE_SETTINGS_FILE } from '../src/settings/index.ts';
import { commonOptions, OUTPUT_OPTIONS, parseCommand, portOption, readArguments } from '../src/cli/args.ts';
import { printableLine } from '../src/report/index.ts';
import { createRebuildQueue } from '../src/serve/rebuild-queue.ts';
import type { BuilderMessage } from './dev-builder.ts';
import { startStaticServer, type RunningServer } from '../src/serve/static-server.ts';
import { watchFolders } from '../src/serve/watch-folders.ts';

const { values, options, port } = readArguments('npm run dev', () => {
  const parsed = parseCommand(
    process.argv.slice(2),
    {
      out: OUTPUT_OPTIONS.out,
      port: { type: 'string', default: '8080' },
      cache: OUTPUT_OPTIONS.cache,
      host: { type: 'string', default: '127.0.0.1' },
    },
    { positionals: false },
  );
  return {
    values: parsed.values,
    options: commonOptions(parsed.values),
    port: portOption(parsed.values.port as string),
  };
});
const outDir = path.resolve(values.out as string);

const templatesDir = path.join(REPO_ROOT, 'templates');
let builder: ChildProcess | null = null;

/** The build process, started again when it is gone or a template changed. */
function builderFor(files: string[]): ChildProcess {
  if (builder && files.some((file) => file.startsWith(templatesDir + path.sep))) {
    builder.kill();
    builder = null;
  }
  if (builder) return builder;
  const args = ['dev-builder', '--content', options.contentDir, '--out', outDir, '--cache', values.cache as string];
  if (options.retrieved) args.push('--retrieved', options.retrieved);
  const started = fork(path.join(REPO_ROOT, 'scripts', 'run.mjs'), args);
  started.on('exit', () => {
    if (builder === started) builder = null;
  });
  builder = started;
  return started;
}

/**
 * Runs one build in the build process (its output, failure included, goes to this terminal); resolves once it is
 * done. The open tabs reload as soon as the new site is swapped in, before the build's report is written: the first
 * build's too, for a tab opened while it ran (one left open from an earlier run finds the server at once).
 */
function runBuild(files: string[]): Promise<void> {
  const child = builderFor(files);
  return new Promise((resolve) => {
    const onMessage = (message: BuilderMessage) => {
      if (message.type === 'published') listening.reload();
      if (message.type !== 'built') return;
      child.off('exit', onExit);
      child.off('message', onMessage);
      resolve();
    };
    const onExit = () => {
      child.off('message', onMessage);
      resolve();
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.send({ type: 'build' });
  });
}

// Listening starts before the first build, so that a port in use or a wrong --host is said before any work.
const listening = await startStaticServer(outDir, port, { host: values.host as string, liveReload: true }).catch(
  (error: Error) => {
    console.error(printableLine(`npm run dev: ${error.message}`));
    process.exit(1);
  },
);
/** The server, once the first build is done: each build after it says which changes it builds. */
let server: RunningServer | null = null;
const queue = createRebuildQueue(async (files) => {
  if (server)
    console.log(
      `\n${files.length} change(s): ${files
        .slice(0, 3)
        .map((f) => printableLine(path.relative(process.cwd(), f)))
        .join(', ')}${files.length > 3 ? ', …' : ''}`,
    );
  await runBuild(files);
});
// Watching starts before the first build, so a file saved while it runs is not missed. The archive's own taxonomy
// folder is watched for when it is missing (the default one is read, and watched, until it is made). Of the archive's
// folder itself, what the build reads there: its settings and outlet table (their defaults are read when missing).
const taxonomyDirs = new Set([path.join(options.contentDir, 'taxonomy'), taxonomyDirFor(options.contentDir)]);
const watched = [path.join(options.contentDir, 'articles'), ...taxonomyDirs, templatesDir];
const archiveEntries = new Set(['articles', 'taxonomy', SITE_SETTINGS_FILE, OUTLETS_FILE]);
const isRead = (file: string) => path.dirname(file) !== options.contentDir || archiveEntries.has(path.basename(file));
watchFolders(watched, (file) => isRead(file) && queue.changed(file), [options.contentDir]);
queue.changed(options.contentDir);
await queue.idle();
server = listening;
console.log(`Serving ${printableLine(path.relative(process.cwd(), outDir) || '.')} at ${server.url}`);
console.log(`Watching articles, taxonomy, settings and templates; Ctrl+C to stop.`);
