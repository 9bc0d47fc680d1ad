/**
 * Quality: which labelled corpus articles are held out from tuning. Chosen once, before any label was read, by a
 * seeded hash of each file's path under `../shared/corpus/`: about half of the new articles, in every corpus folder.
 * Held-out articles are scored and never tuned on; changing the seed would change what "held out" means.
 */
import { createHash } from 'node:crypto';

/** The seed of the split. Fixed when the assignment of articles to labellers was made; never change it. */
const SPLIT_SEED = 'tagging-split-v1';

/** The path under the corpus folder that the hash reads ("reuters-21578/reut-01617.txt"). */
function corpusPath(file: string): string {
  const at = file.indexOf('corpus/');
  return at < 0 ? file : file.slice(at + 'corpus/'.length);
}

/** True when the labelled article `file` (as the labels write it) belongs to the held-out part. */
export function isHeldOut(file: string): boolean {
  return (
    createHash('sha256')
      .update(`${SPLIT_SEED}:${corpusPath(file)}`)
      .digest()[0]! < 128
  );
}

/**
 * The cross-validation fold, of `folds`, of the tuning article `file` in the draw `draw` of the folds: the first draw
 * hashes the file's name alone, the others the draw and the name. The training scripts share it, so one article falls
 * in the same fold of every model learned from the tuning part.
 */
export function crossValidationFold(file: string, folds: number, draw = 0): number {
  return (
    createHash('sha256')
      .update(draw ? `${draw}:${file}` : file)
      .digest()[0]! % folds
  );
}
