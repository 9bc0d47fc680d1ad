/**
 * Quality: writes a learned model's JSON into the repository as the repository's formatter lays JSON out, so a model
 * written fresh by a training script passes `npm run lint` as it is. Touches the disk.
 */
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

/** A learned number as the committed models keep it: six decimals. */
const roundWeight = (x: number): number => Math.round(x * 1e6) / 1e6;

/** Writes `model` to `file` as formatted JSON, the numbers of its fields `rounded` (numbers or lists of them) to six decimals. */
export async function writeModelFile<M extends object>(file: string, model: M, rounded: Array<keyof M>): Promise<void> {
  const written = Object.fromEntries(
    Object.entries(model).map(([key, value]: [string, unknown]) => {
      if (!rounded.includes(key as keyof M)) return [key, value];
      return [key, Array.isArray(value) ? value.map(roundWeight) : roundWeight(value as number)];
    }),
  );
  writeFileSync(file, await format(JSON.stringify(written), { ...(await resolveConfig(file)), filepath: file }));
}
