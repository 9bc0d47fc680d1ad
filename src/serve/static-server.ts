/**
 * Serve: a small static file server for a built site (used by `npm run serve`, `npm run dev` with live reload, and
 * the browser tests), on 127.0.0.1 unless told otherwise. Text is sent compressed with gzip to a browser that accepts
 * it, as static hosts do; Pagefind's index files and WebAssembly are compressed already and are sent as they are.
 */
import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createGzip } from 'node:zlib';
import { createLiveReload, type LiveReload } from './live-reload.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Content types sent compressed. */
const COMPRESSED = /^(text\/|application\/(json|xml)|image\/svg\+xml)/;

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
  /** With `liveReload`, tells the pages open in browsers to load again; else does nothing. */
  reload(): void;
}

export interface ServerOptions {
  /** The address to listen on: 127.0.0.1 unless told otherwise, so other machines cannot reach the site. */
  host?: string;
  /** Adds to each page a script that loads it again when `reload` is called (`npm run dev`). */
  liveReload?: boolean;
}

/** Whether `file` is `root` or lies inside it. */
const isInside = (file: string, root: string) => file === root || file.startsWith(root + path.sep);

/** Resolves a request path inside `root`, or null when it would leave it or names nothing that can be read. */
function resolvePath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = path.resolve(root, `.${decoded}`);
  if (!isInside(full, root)) return null;
  // A path through a file ("/index.html/x") or with a name too long for the disk is not there, like any other.
  try {
    const stat = statSync(full, { throwIfNoEntry: false });
    const file = stat?.isDirectory() ? path.join(full, 'index.html') : full;
    if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return null;
    // A symbolic link in the site may lead out of it: the file it leads to is served only when it lies inside too.
    const real = realpathSync(file);
    return isInside(real, realpathSync(root)) ? real : null;
  } catch {
    return null;
  }
}

/**
 * How long a request waits for the site's folder when it is absent: a build swapping its new site in leaves no folder
 * for the milliseconds of a few hundred renames (the previous one is renamed aside before the new one takes its
 * name), and the request is answered from the new site. A folder absent for longer (no site built yet, or a build
 * killed in its swap, which the next build puts back) is answered as a missing page.
 */
const SWAP_WAIT_MS = 2_000;
/** How often a waiting request looks for the folder again. */
const SWAP_LOOK_MS = 5;

/** Resolves once the folder `root` is there, or `SWAP_WAIT_MS` later. */
async function siteInPlace(root: string): Promise<void> {
  const until = Date.now() + SWAP_WAIT_MS;
  while (!existsSync(root) && Date.now() < until) await sleep(SWAP_LOOK_MS);
}

/**
 * Answers one request; whatever goes wrong is an error status, never an exception out of the server. False, with
 * nothing answered, when the site's folder is absent and `waited` is false.
 */
function answer(
  root: string,
  request: IncomingMessage,
  response: ServerResponse,
  live: LiveReload | null,
  waited: boolean,
): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('Method not allowed');
    return true;
  }
  if (live?.answer(request, response)) return true;
  const file = resolvePath(root, request.url ?? '/');
  // Looked for after the page: a swap that begins between the two is waited out as well.
  if (!file && !waited && !existsSync(root)) return false;
  const notFound = path.join(root, '404.html');
  const target = file ?? (resolvePath(root, '/404.html') ? notFound : null);
  if (!target) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return true;
  }
  const type = TYPES[path.extname(target)] ?? 'application/octet-stream';
  if (live && type.startsWith('text/html')) {
    const page = live.addScript(readFileSync(target, 'utf8'));
    response.writeHead(file ? 200 : 404, { 'content-type': type, 'cache-control': 'no-cache' });
    response.end(request.method === 'HEAD' ? undefined : page);
    return true;
  }
  const gzip = COMPRESSED.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  response.writeHead(file ? 200 : 404, {
    'content-type': type,
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  if (request.method === 'HEAD') {
    response.end();
    return true;
  }
  const body = createReadStream(target);
  // A file removed or unreadable since it was found (a rebuild swapping the site): the answer stops there.
  body.on('error', () => response.destroy());
  if (gzip) body.pipe(createGzip()).pipe(response);
  else body.pipe(response);
  return true;
}

/** Why a server could not listen on `port` of `host`, and what to do, in one line. */
function cannotListen(error: NodeJS.ErrnoException, host: string, port: number): string {
  switch (error.code) {
    case 'EADDRINUSE':
      return `port ${port} of ${host} is in use by another program: stop it, or choose another --port`;
    case 'EACCES':
      return `this user may not listen on port ${port} of ${host} (ports under 1024 need root): choose another --port`;
    case 'EADDRNOTAVAIL':
    case 'EAFNOSUPPORT':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `${host} is not an address of this machine: give --host one of its addresses, such as 127.0.0.1`;
    default:
      return `could not listen on port ${port} of ${host}: ${error.message}`;
  }
}

/**
 * Serves `dir` on 127.0.0.1 or `options.host` (`port` 0 picks a free port); fails, saying why (`cannotListen`), when it
 * cannot listen there.
 */
export function startStaticServer(dir: string, port = 0, options: ServerOptions = {}): Promise<RunningServer> {
  const root = path.resolve(dir);
  const host = options.host ?? '127.0.0.1';
  const live = options.liveReload ? createLiveReload() : null;
  const respond = (request: IncomingMessage, response: ServerResponse, waited = false) => {
    const again = () => void siteInPlace(root).then(() => respond(request, response, true));
    try {
      if (!answer(root, request, response, live, waited)) again();
    } catch {
      // A page found, then gone with its site as a swap began, before it was read.
      if (!waited && !response.headersSent && !existsSync(root)) again();
      else {
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
        response.end('Server error');
      }
    }
  };
  const server = createServer((request, response) => respond(request, response));
  return new Promise((resolve, reject) => {
    const refused = (error: NodeJS.ErrnoException) =>
      reject(new Error(cannotListen(error, host, port), { cause: error }));
    server.once('error', refused);
    server.listen(port, host, () => {
      server.off('error', refused);
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${actual}`,
        server,
        close: () =>
          new Promise((done) => {
            live?.close();
            server.close(() => done());
          }),
        reload: () => live?.reload(),
      });
    });
  });
}
