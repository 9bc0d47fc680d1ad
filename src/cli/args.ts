/** CLI: the options the commands share, parsed with Node's own argument parser. */
import path from 'node:path';
import { parseArgs } from 'node:util';
// From the runtime, not the build's paths: those load the taxonomy's and settings' parsers, which `npm run build`
// would load before it starts its analysis worker.
import { printableLine } from '../report/printable.ts';
import { DEFAULT_CONTENT_DIR } from '../runtime.ts';

export interface CommonOptions {
  contentDir: string;
  retrieved: string | null;
}

/** What is wrong with a command's arguments, said in one line before it does any work (`readArguments`). */
export class ArgumentError extends Error {}

const COMMON_OPTIONS = {
  content: { type: 'string' },
  retrieved: { type: 'string' },
} as const;

/** Where the commands that build write unless told: the site, the build report and the analysis cache. */
export const OUTPUT_OPTIONS = {
  out: { type: 'string', default: '_site' },
  report: { type: 'string', default: path.join('.cache', 'build-report.json') },
  cache: { type: 'string', default: path.join('.cache', 'analysis') },
} as const;

type OptionSpec = Record<string, { type: 'string' | 'boolean'; default?: string | boolean; multiple?: boolean }>;

/**
 * Parses `argv` for `options` alone; a command given `positionals: false` takes no path or word outside its options
 * (`npm run build -- site` meant `--out site`). Fails with an `ArgumentError`.
 */
export function parseOptions<const T extends OptionSpec>(argv: string[], options: T, { positionals = true } = {}) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new ArgumentError((error as Error).message);
  }
  if (!positionals && parsed.positionals.length)
    throw new ArgumentError(`unexpected argument "${parsed.positionals[0]}": this command takes options alone`);
  return parsed;
}

/** Parses `argv` for `options` and those every command takes (`parseOptions`). */
export function parseCommand<const T extends OptionSpec>(argv: string[], options: T, { positionals = true } = {}) {
  return parseOptions(argv, { ...COMMON_OPTIONS, ...options }, { positionals });
}

/** Whether `text` (YYYY-MM-DD) is a day of the calendar: not 2024-13-45 or 2023-02-29. */
function isCalendarDay(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function commonOptions(values: { content?: string | boolean; retrieved?: string | boolean }): CommonOptions {
  const retrieved = typeof values.retrieved === 'string' ? values.retrieved : null;
  if (retrieved !== null && !(/^\d{4}-\d{2}-\d{2}$/.test(retrieved) && isCalendarDay(retrieved)))
    throw new ArgumentError(`--retrieved must be a day as YYYY-MM-DD, not "${retrieved}"`);
  return {
    contentDir: typeof values.content === 'string' ? path.resolve(values.content) : DEFAULT_CONTENT_DIR,
    retrieved,
  };
}

/** The port `--port` names: a whole number from 0 (any free port) to 65535. */
export function portOption(value: string): number {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port <= 65535)) throw new ArgumentError(`--port must be a whole number from 0 to 65535, not "${value}"`);
  return port;
}

/** The whole number, `least` or more, that the option `--name` gives as `value` (`--runs 3`). */
export function countOption(name: string, value: string, least = 1): number {
  const count = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!(count >= least))
    throw new ArgumentError(`--${name} must be a whole number of at least ${least}, not "${value}"`);
  return count;
}

/**
 * The options `options` of a developers' script (`npm run score:tagging -- --errors`), which takes no other argument,
 * read from its arguments: a wrong one (`--held-outt`, a word) is said in one line, status 2, before any work
 * (`readArguments`), where such a script ignored it and ran as if it had not been given.
 */
export function readScriptOptions<const T extends OptionSpec>(command: string, options: T) {
  return readArguments(command, () => parseOptions(process.argv.slice(2), options, { positionals: false }).values);
}

/**
 * What `read` makes of the command's arguments; when they are wrong (an `ArgumentError`), says so in one line on
 * standard error (the parser's message on several lines joined), after the command's name, and exits with status 2,
 * before any work.
 */
export function readArguments<T>(command: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ArgumentError)) throw error;
    console.error(printableLine(`${command}: ${error.message.replace(/\s*\n\s*/g, ' ')}`));
    process.exit(2);
  }
}
