/**
 * Quality: writes a learned model's JSON into the repository as the repository's formatter lays JSON out, so a model
 * written fresh by a training script passes `npm run lint` as it is. Touches the disk.
 */
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

/** A learned number as the committed models keep it: six decimals. */
export const roundWeight = (x: number): number => Math.round(x * 1e6) / 1e6;

/** Writes `model` to `file` as formatted JSON. */
export async function writeModelFile(file: string, model: unknown): Promise<void> {
  writeFileSync(file, await format(JSON.stringify(model), { ...(await resolveConfig(file)), filepath: file }));
}
