/**
 * Quality: fitting boosted decision trees (src/tag/boosted-trees.ts) to 0/1 labels by gradient boosting on the log
 * loss, each tree grown greedily with Newton steps (the sums of the loss's gradients and curvatures on each side of a
 * split). Deterministic: the same examples in the same order give the same trees.
 */
import type { TreeNode } from '../tag/boosted-trees.ts';
import { sigmoid } from '../sigmoid.ts';

export interface BoostOptions {
  rounds: number;
  /** How many questions a tree asks on its way to a leaf. */
  depth: number;
  /** The share of each tree's Newton step that is kept. */
  learningRate: number;
  /** Fewest examples on either side of a split. */
  minLeaf: number;
  /** Penalty on a leaf's value (added to its curvature). */
  l2: number;
}

/** A fitted model: its log-odds before any tree, and its trees. */
export interface FittedTrees {
  base: number;
  trees: TreeNode[];
}

/** Each measure's distinct values in order, and each example's place among them. */
interface Bins {
  values: number[][];
  of: Uint16Array[];
}

function binsOf(rows: readonly ArrayLike<number>[], k: number): Bins {
  const values: number[][] = [];
  const of: Uint16Array[] = [];
  for (let j = 0; j < k; j++) {
    const distinct = [...new Set(rows.map((r) => r[j]!))].sort((a, b) => a - b);
    const index = new Map(distinct.map((v, b) => [v, b]));
    values.push(distinct);
    of.push(Uint16Array.from(rows, (r) => index.get(r[j]!)!));
  }
  return { values, of };
}

/** The log-odds a tree adds for one example, its measures found by name at `column`. */
function valueOf(node: TreeNode, row: ArrayLike<number>, column: Map<string, number>): number {
  let at = node;
  while (!('value' in at)) at = row[column.get(at.measure)!]! > at.split ? at.above : at.below;
  return at.value;
}

/** What one round grows its tree from: each example's gradient and curvature of the loss, and the measures' bins. */
interface Round {
  gradient: Float64Array;
  curvature: Float64Array;
  bins: Bins;
  names: readonly string[];
  options: BoostOptions;
}

/** The best split of `examples` by one measure: its gain and the last bin kept below it. */
function bestSplit(round: Round, examples: number[], j: number, g: number, h: number) {
  const { gradient, curvature, bins, options } = round;
  const count = bins.values[j]!.length;
  const gs = new Float64Array(count);
  const hs = new Float64Array(count);
  const ns = new Uint32Array(count);
  for (const i of examples) {
    const b = bins.of[j]![i]!;
    gs[b]! += gradient[i]!;
    hs[b]! += curvature[i]!;
    ns[b]!++;
  }
  const whole = (g * g) / (h + options.l2);
  let best = { gain: 0, bin: -1 };
  let [gl, hl, nl] = [0, 0, 0];
  for (let b = 0; b < count - 1; b++) {
    [gl, hl, nl] = [gl + gs[b]!, hl + hs[b]!, nl + ns[b]!];
    if (nl < options.minLeaf || examples.length - nl < options.minLeaf) continue;
    const gr = g - gl;
    const gain = (gl * gl) / (hl + options.l2) + (gr * gr) / (h - hl + options.l2) - whole;
    if (gain > best.gain + 1e-12) best = { gain, bin: b };
  }
  return best;
}

/** A tree for `examples`, asking at most `left` more questions on the way to a leaf. */
function grow(round: Round, examples: number[], left: number): TreeNode {
  const { gradient, curvature, bins, names, options } = round;
  let g = 0;
  let h = 0;
  for (const i of examples) [g, h] = [g + gradient[i]!, h + curvature[i]!];
  const leaf = { value: (-g / (h + options.l2)) * options.learningRate };
  if (left === 0 || examples.length < 2 * options.minLeaf) return leaf;
  let best = { gain: 0, bin: -1, measure: -1 };
  for (let j = 0; j < names.length; j++) {
    const split = bestSplit(round, examples, j, g, h);
    if (split.gain > best.gain + 1e-12) best = { ...split, measure: j };
  }
  if (best.measure < 0) return leaf;
  const { measure: j, bin } = best;
  const below = examples.filter((i) => bins.of[j]![i]! <= bin);
  const above = examples.filter((i) => bins.of[j]![i]! > bin);
  const split = (bins.values[j]![bin]! + bins.values[j]![bin + 1]!) / 2;
  return { measure: names[j]!, split, below: grow(round, below, left - 1), above: grow(round, above, left - 1) };
}

/** Fits `options.rounds` trees to `rows` (one array of measures per example, named by `names`) and their `labels`. */
export function fitBoostedTrees(
  rows: readonly ArrayLike<number>[],
  labels: readonly number[],
  names: readonly string[],
  options: BoostOptions,
): FittedTrees {
  if (rows.length !== labels.length)
    throw new Error(`fitBoostedTrees: ${rows.length} rows but ${labels.length} labels`);
  const mean = labels.reduce((a, b) => a + b, 0) / labels.length;
  const base = Math.log(mean / (1 - mean));
  const score = new Float64Array(rows.length).fill(base);
  const round: Round = {
    gradient: new Float64Array(rows.length),
    curvature: new Float64Array(rows.length),
    bins: binsOf(rows, names.length),
    names,
    options,
  };
  const column = new Map(names.map((name, j) => [name, j]));
  const all = Array.from(rows, (_, i) => i);
  const trees: TreeNode[] = [];
  for (let r = 0; r < options.rounds; r++) {
    for (let i = 0; i < rows.length; i++) {
      const p = sigmoid(score[i]!);
      round.gradient[i] = p - labels[i]!;
      round.curvature[i] = p * (1 - p);
    }
    const tree = grow(round, all, options.depth);
    trees.push(tree);
    for (let i = 0; i < rows.length; i++) score[i]! += valueOf(tree, rows[i]!, column);
  }
  return { base, trees };
}
