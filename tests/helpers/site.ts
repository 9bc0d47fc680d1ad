/** Test helpers: the pages of a built site, and a built seed site served on localhost for the browser tests. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { startStaticServer, type RunningServer } from '../../src/serve/static-server.ts';
import { buildArchiveDir, makeArchive, type BuiltArchive } from './archive.ts';

/** URLs of every HTML page of a built site (`/`, `/articles/…/`, `/404.html`), outside Pagefind's folder. */
export function listPageUrls(outDir: string): string[] {
  const urls: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind') walk(full);
      } else if (entry.name.endsWith('.html')) {
        const relative = path.relative(outDir, full).split(path.sep).join('/');
        urls.push(`/${relative.replace(/(^|\/)index\.html$/, '$1')}`);
      }
    }
  };
  walk(outDir);
  return urls.sort();
}

/** A built seed site and the server that serves it. */
export interface ServedSite {
  site: BuiltArchive;
  server: RunningServer;
  /** The Lavrov seed (004): the article a search for "Lavrov" must find. */
  lavrov: { url: string; title: string };
}

/** Builds the five seed articles into a temporary site and serves it on a free port. */
export async function serveSeedSite(): Promise<ServedSite> {
  const site = await buildArchiveDir(makeArchive({}, { seeds: true }));
  const server = await startStaticServer(site.outDir);
  const lavrov = site.report.published.find((p) => p.file.startsWith('004'))!;
  return { site, server, lavrov };
}
