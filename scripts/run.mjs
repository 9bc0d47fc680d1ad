/**
 * Runs a command from its code compiled by esbuild (see `scripts/compiled-code.mjs`): `node scripts/run.mjs build
 * --out DIR` is `npm run build -- --out DIR`. Plain JavaScript, as it runs before anything is compiled.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { COMPILED_MARK, compiledCode, ROOT } from './compiled-code.mjs';

/** Executions of a regular expression, interpreted, before V8 compiles it to machine code (V8's default: 1). */
const REGEXP_TIER_UP_TICKS = 20;

const [command, ...rest] = process.argv.slice(2);
if (!command || !/^[\w-]+$/.test(command)) {
  console.error('usage: node scripts/run.mjs COMMAND [ARGS...] (a script of scripts/, such as build)');
  process.exit(2);
}
if (!existsSync(path.join(ROOT, 'scripts', `${command}.ts`))) {
  console.error(`no command scripts/${command}.ts`);
  process.exit(2);
}
// V8 runs a regular expression's first execution interpreted and compiles it to machine code at the next; many of
// the analysers' run only a few times in a worker, chrono-node's large ones among them (its second parse took 0.14 s
// of CPU), so each is compiled at its twentieth execution instead (set before any is made: it applies to regular
// expressions made afterwards, in every thread). The same expressions match the same text either way.
setFlagsFromString(`--regexp-tier-up-ticks=${REGEXP_TIER_UP_TICKS}`);
const compiled = await compiledCode();
globalThis[COMPILED_MARK] = compiled;
// The command reads its own arguments after the script's path, as when it is run directly.
process.argv.splice(2, process.argv.length - 2, ...rest);
await import(pathToFileURL(path.join(compiled.dir, 'scripts', `${command}.mjs`)).href);
