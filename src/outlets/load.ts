/** Outlets: reads and validates an archive's outlet table (`outlets.yaml`). Input: a folder; output: an OutletTable. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseYamlFile } from '../parse-yaml-file.ts';
import { indexOutlets, type OutletEntry, type OutletTable } from './resolve.ts';

/** The table's file name in an archive folder. */
export const OUTLETS_FILE = 'outlets.yaml';

const domain = z
  .string()
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'a domain in lower case, such as bbc.co.uk (no scheme, no path, no "www.")');
const outletsSchema = z.array(
  z.object({ name: z.string().min(1), domains: z.array(domain), names: z.array(z.string().min(1)) }).strict(),
);

/** An outlet table that does not parse or does not match its schema; the message names the file and the field. */
export class OutletsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutletsError';
  }
}

/** The entries of an outlet table's text; `label` names the file in errors. */
export function parseOutletEntries(text: string, label: string): OutletEntry[] {
  return parseYamlFile(text, label, outletsSchema, [], (message) => new OutletsError(message));
}

/** Parses the text of an outlet table; `label` names the file in errors. */
export function parseOutlets(text: string, label: string): OutletTable {
  return indexOutlets(parseOutletEntries(text, label));
}

/** The outlet table of an archive folder: its own `outlets.yaml` when it has one, else `fallbackDir`'s. */
export function loadOutlets(contentDir: string, fallbackDir: string, label: (file: string) => string): OutletTable {
  const own = path.join(contentDir, OUTLETS_FILE);
  const file = existsSync(own) ? own : path.join(fallbackDir, OUTLETS_FILE);
  return parseOutlets(readFileSync(file, 'utf8'), label(file));
}
