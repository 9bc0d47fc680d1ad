/**
 * Tag stage: a sum of small decision trees over named measures (gradient boosting), whose committed JSON is read
 * beside the code that reads it. Each tree asks whether a measure is above a split and adds its leaf's value to the
 * log-odds; a tree of depth 2 weighs two measures together, which one weight per measure cannot ("a person's shape
 * that speaks"). Pure.
 */
import { sigmoid } from '../sigmoid.ts';

/** A tree's question, or its answer: the log-odds it adds. */
export type TreeNode = { measure: string; split: number; below: TreeNode; above: TreeNode } | { value: number };

/** A boosted model as its JSON file holds it. */
export interface BoostedTrees {
  /** How the trees were made: the script and the part of the labelled articles it read. */
  note: string;
  /** The measures' names the trees ask about. */
  features: string[];
  /** The log-odds before any tree. */
  base: number;
  trees: TreeNode[];
  /** Probability from which the answer is yes, chosen by cross-validation on the tuning part. */
  threshold: number;
}

/** The trees of a JSON file, once every measure they ask about is checked to be one of `features`. */
export function checkedTrees(committed: unknown, features: readonly string[], file: string): BoostedTrees {
  const model = committed as BoostedTrees;
  const known = new Set(features);
  const check = (node: TreeNode): void => {
    if ('value' in node) return;
    if (!known.has(node.measure))
      throw new Error(`${file}: a tree asks about "${node.measure}", no measure of the model`);
    check(node.below);
    check(node.above);
  };
  if (model.features.join() !== features.join()) throw new Error(`${file}: its features are not the model's`);
  model.trees.forEach(check);
  return model;
}

/** The trees laid out flat, each node's measure by its place among the model's features (-1 at a leaf). */
interface FlatTrees {
  measure: Int16Array;
  split: Float64Array;
  below: Int32Array;
  above: Int32Array;
  value: Float64Array;
  roots: Int32Array;
}

/** The questions a tree asks, without its answers: trees that ask the same add up into one. */
function shapeOf(node: TreeNode): string {
  return 'value' in node ? '' : `${node.measure}>${node.split}(${shapeOf(node.below)},${shapeOf(node.above)})`;
}

/** `a` with `b`'s leaf values added to its own, where both ask the same questions. */
function added(a: TreeNode, b: TreeNode): TreeNode {
  if ('value' in a || 'value' in b) return { value: (a as { value: number }).value + (b as { value: number }).value };
  return { ...a, below: added(a.below, b.below), above: added(a.above, b.above) };
}

function flatten(model: BoostedTrees): FlatTrees {
  const byShape = new Map<string, TreeNode>();
  for (const tree of model.trees) {
    const shape = shapeOf(tree);
    const same = byShape.get(shape);
    byShape.set(shape, same ? added(same, tree) : tree);
  }
  const nodes: TreeNode[] = [];
  const roots = [...byShape.values()].map(function add(node: TreeNode): number {
    const at = nodes.push(node) - 1;
    if (!('value' in node)) {
      add(node.below);
      add(node.above);
    }
    return at;
  });
  const index = new Map(nodes.map((node, i) => [node, i]));
  const column = new Map(model.features.map((name, j) => [name, j]));
  return {
    measure: Int16Array.from(nodes, (n) => ('value' in n ? -1 : column.get(n.measure)!)),
    split: Float64Array.from(nodes, (n) => ('value' in n ? 0 : n.split)),
    below: Int32Array.from(nodes, (n) => ('value' in n ? -1 : index.get(n.below)!)),
    above: Int32Array.from(nodes, (n) => ('value' in n ? -1 : index.get(n.above)!)),
    value: Float64Array.from(nodes, (n) => ('value' in n ? n.value : 0)),
    roots: Int32Array.from(roots),
  };
}

const flattened = new WeakMap<BoostedTrees, FlatTrees>();

/**
 * The probability of yes for these measures under the trees, walked laid out flat, those that ask the same questions
 * added into one (built once per model).
 */
export function boostedProbability<Name extends string>(features: Record<Name, number>, model: BoostedTrees): number {
  let flat = flattened.get(model);
  if (!flat) flattened.set(model, (flat = flatten(model)));
  const values = (model.features as Name[]).map((name) => features[name]);
  let z = model.base;
  for (const root of flat.roots) {
    let at = root;
    while (flat.measure[at]! >= 0)
      at = values[flat.measure[at]!]! > flat.split[at]! ? flat.above[at]! : flat.below[at]!;
    z += flat.value[at]!;
  }
  return sigmoid(z);
}
