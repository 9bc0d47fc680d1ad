/** `npm run serve [-- --out DIR --port N]`: serves a built site on localhost, with no dependency beyond Node. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { printableLine } from '../src/report/printable.ts';
import { startStaticServer } from '../src/serve/static-server.ts';

const { values } = parseArgs({
  options: { out: { type: 'string', default: '_site' }, port: { type: 'string', default: '8080' } },
});
const out = values.out!;
// Served all the same: a build into it may be on its way (`npm start` builds first).
if (!existsSync(path.join(out, 'index.html')))
  console.error(
    printableLine(`${out} holds no site yet (no index.html): build one with npm run build -- --out ${out}`),
  );
const server = await startStaticServer(out, Number(values.port));
console.log(`Serving ${printableLine(out)} at ${server.url} (Ctrl+C to stop)`);
