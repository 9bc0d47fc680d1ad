/** `npm run serve [-- --out DIR --port N]`: serves a built site on localhost, with no dependency beyond Node. */
import { parseArgs } from 'node:util';
import { printableLine } from '../src/report/printable.ts';
import { startStaticServer } from '../src/serve/static-server.ts';

const { values } = parseArgs({
  options: { out: { type: 'string', default: '_site' }, port: { type: 'string', default: '8080' } },
});
const server = await startStaticServer(values.out!, Number(values.port));
console.log(`Serving ${printableLine(values.out!)} at ${server.url} (Ctrl+C to stop)`);
