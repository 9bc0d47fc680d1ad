/**
 * Quality: the files a training script writes. A learned model's JSON is laid out as the repository's formatter lays
 * JSON out, so a model written fresh passes `npm run lint` as it is; with `--check` on the command line a script
 * writes nothing and fails when a committed file is not what it would write, so a model is always what its script
 * makes from the committed data. Touches the disk.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { REPO_ROOT } from '../build/index.ts';

/** A learned number as the committed models keep it: six decimals. */
const roundWeight = (x: number): number => Math.round(x * 1e6) / 1e6;

/** `model` as formatted JSON for `file`, the numbers of its fields `rounded` (numbers or lists of them) to six decimals. */
export async function modelFileText<M extends object>(
  file: string,
  model: M,
  rounded: Array<keyof M>,
): Promise<string> {
  const written = Object.fromEntries(
    Object.entries(model).map(([key, value]: [string, unknown]) => {
      if (!rounded.includes(key as keyof M)) return [key, value];
      return [key, Array.isArray(value) ? value.map(roundWeight) : roundWeight(value as number)];
    }),
  );
  return format(JSON.stringify(written), { ...(await resolveConfig(file)), filepath: file });
}

/**
 * Writes each file's text; with `--check` among the script's arguments, writes nothing, names each file whose
 * committed text differs, and sets the exit code to 1 when one does. `command` is the script's, for the message.
 * Returns what it did, for the script's last line.
 */
export function writeOrCheck(outputs: Array<[file: string, text: string]>, command: string): 'wrote' | 'checked' {
  if (!process.argv.includes('--check')) {
    for (const [file, text] of outputs) writeFileSync(file, text);
    return 'wrote';
  }
  const differing = outputs.filter(([file, text]) => readFileSync(file, 'utf8') !== text);
  for (const [file] of differing)
    process.stdout.write(
      `${path.relative(REPO_ROOT, file)} is not what ${command} writes from the committed data: run it\n`,
    );
  if (differing.length) process.exitCode = 1;
  return 'checked';
}
