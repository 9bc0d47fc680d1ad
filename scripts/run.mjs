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
/** V8's budget of a function's work before it is weighed for optimisation (V8's default: 67,584), eight times over. */
const INTERRUPT_BUDGET = 8 * 67584;

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
// V8 weighs a function for optimisation each time it has spent this budget. At V8's default the analysers' many
// functions are optimised on the feedback of a few articles, where a worker of a small archive analyses a few hundred:
// its 500 articles of the 1,000-article bench archive took about a third less CPU with the budget eight times over.
// It changes when code is compiled, not what it computes.
setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
const compiled = await compiledCode();
globalThis[COMPILED_MARK] = compiled;
// The command reads its own arguments after the script's path, as when it is run directly.
process.argv.splice(2, process.argv.length - 2, ...rest);
await import(pathToFileURL(path.join(compiled.dir, 'scripts', `${command}.mjs`)).href);
