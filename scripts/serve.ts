/** `npm run serve [-- --out DIR --port N]`: serves a built site on localhost, with no dependency beyond Node. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseOptions, portOption, readArguments } from '../src/cli/args.ts';
import { printableLine } from '../src/report/printable.ts';
import { startStaticServer } from '../src/serve/static-server.ts';

const { out, port } = readArguments('npm run serve', () => {
  const { values } = parseOptions(
    process.argv.slice(2),
    { out: { type: 'string', default: '_site' }, port: { type: 'string', default: '8080' } },
    { positionals: false },
  );
  return { out: values.out as string, port: portOption(values.port as string) };
});
// Served all the same: a build into it may be on its way (`npm start` builds first).
if (!existsSync(path.join(out, 'index.html')))
  console.error(
    printableLine(`${out} holds no site yet (no index.html): build one with npm run build -- --out ${out}`),
  );
const server = await startStaticServer(out, port).catch((error: Error) => {
  console.error(printableLine(`npm run serve: ${error.message}`));
  process.exit(1);
});
console.log(`Serving ${printableLine(out)} at ${server.url} (Ctrl+C to stop)`);
