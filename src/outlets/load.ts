/** Outlets: validates the text of an archive's outlet table (`outlets.yaml`). Input: its text; output: its entries. */
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
