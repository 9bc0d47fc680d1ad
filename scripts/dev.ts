/**
 * `npm run dev [-- --content DIR --out DIR --port N]`: builds, serves the site with live reload, and rebuilds when an
 * article, the taxonomy or a template changes. Each rebuild is a fresh `npm run build` process (templates are
 * modules, reloaded only by a new process); the analysis cache makes it analyse only what changed.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import chokidar from 'chokidar';
import EleventyDevServer, { type DevServer } from '@11ty/eleventy-dev-server';
import { REPO_ROOT, taxonomyDirFor } from '../src/build/index.ts';
import { commonOptions, parseCommand } from '../src/cli/args.ts';
import { printable } from '../src/report/index.ts';
import { createRebuildQueue } from '../src/serve/rebuild-queue.ts';

const { values } = parseCommand(process.argv.slice(2), {
  out: { type: 'string', default: '_site' },
  port: { type: 'string', default: '8080' },
});
const options = commonOptions(values);
const outDir = path.resolve(values.out as string);

/** Runs one build in a child process; resolves with whether it succeeded (its output goes to this terminal). */
function runBuild(): Promise<boolean> {
  const args = [path.join(REPO_ROOT, 'scripts', 'run.mjs'), 'build', '--content', options.contentDir, '--out', outDir];
  if (options.retrieved) args.push('--retrieved', options.retrieved);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    child.on('close', (code) => resolve(code === 0));
  });
}

let server: DevServer | null = null;
const queue = createRebuildQueue(async (files) => {
  if (server)
    console.log(
      `\n${files.length} change(s): ${files
        .slice(0, 3)
        .map((f) => printable(path.relative(process.cwd(), f)))
        .join(', ')}${files.length > 3 ? ', …' : ''}`,
    );
  if ((await runBuild()) && server) server.reload({ files });
});
// Watching starts before the first build, so a file saved while it runs is not missed.
const watched = [
  path.join(options.contentDir, 'articles'),
  taxonomyDirFor(options.contentDir),
  path.join(REPO_ROOT, 'templates'),
];
chokidar.watch(watched, { ignoreInitial: true }).on('all', (_event, file) => queue.changed(file));
queue.changed(options.contentDir);
await queue.idle();
server = EleventyDevServer.getServer('news-archive', outDir, { port: Number(values.port), domDiff: false });
server.serve(Number(values.port));
await server.ready();
console.log(`Watching articles, taxonomy and templates; Ctrl+C to stop.`);
