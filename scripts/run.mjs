/**
 * Runs a command from its code compiled by esbuild (see `scripts/compiled-code.mjs`): `node scripts/run.mjs build
 * --out DIR` is `npm run build -- --out DIR`. Plain JavaScript, as it runs before anything is compiled.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { COMPILED_MARK, compiledCode, ROOT } from './compiled-code.mjs';

const [command, ...rest] = process.argv.slice(2);
if (!command || !/^[\w-]+$/.test(command)) {
  console.error('usage: node scripts/run.mjs COMMAND [ARGS...] (a script of scripts/, such as build)');
  process.exit(2);
}
if (!existsSync(path.join(ROOT, 'scripts', `${command}.ts`))) {
  console.error(`no command scripts/${command}.ts`);
  process.exit(2);
}
const compiled = await compiledCode();
globalThis[COMPILED_MARK] = compiled;
// The command reads its own arguments after the script's path, as when it is run directly.
process.argv.splice(2, process.argv.length - 2, ...rest);
await import(pathToFileURL(path.join(compiled.dir, 'scripts', `${command}.mjs`)).href);
