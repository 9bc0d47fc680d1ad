/** CLI: the options the commands share, parsed with Node's own argument parser. */
import path from 'node:path';
import { parseArgs } from 'node:util';
// From the runtime, not the build's paths: those load the taxonomy's and settings' parsers, which `npm run build`
// would load before it starts its analysis worker.
import { DEFAULT_CONTENT_DIR } from '../runtime.ts';

export interface CommonOptions {
  contentDir: string;
  retrieved: string | null;
}

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

export function parseCommand<const T extends OptionSpec>(argv: string[], options: T) {
  return parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
}

export function commonOptions(values: { content?: string | boolean; retrieved?: string | boolean }): CommonOptions {
  const retrieved = typeof values.retrieved === 'string' ? values.retrieved : null;
  if (retrieved && !/^\d{4}-\d{2}-\d{2}$/.test(retrieved))
    throw new Error(`--retrieved must be a date as YYYY-MM-DD, not "${retrieved}"`);
  return {
    contentDir: typeof values.content === 'string' ? path.resolve(values.content) : DEFAULT_CONTENT_DIR,
    retrieved,
  };
}
