/**
 * One regression tree as LightGBM stores it, and walking it. Internal nodes are numbered
 * 0 … numLeaves − 2 in the order they were split; a child pointer ≥ 0 is a node, a negative one
 * is a leaf: `~child` is the leaf's index. A row goes left when `x[feature] ≤ threshold`.
 * Plain arrays, so a tree is JSON as it is.
 */
export interface Tree {
  numLeaves: number;
  /** Per internal node: the feature it tests. */
  splitFeature: number[];
  /** Per internal node: rows with `x ≤ threshold` go left. */
  threshold: number[];
  /** Per internal node: the bin the threshold closes (bin ≤ thresholdBin goes left). */
  thresholdBin: number[];
  /** Per internal node: how much the split lowered the loss (LightGBM's gain, without the ½). */
  splitGain: number[];
  leftChild: number[];
  rightChild: number[];
  /** Per leaf: the value added to the row's raw score (learning rate already applied). */
  leafValue: number[];
  /** Per leaf: training rows that reached it. */
  leafCount: number[];
}

/** The leaf index row `i` of `x` (row-major, `d` features) reaches. */
export function leafOf(tree: Tree, x: ArrayLike<number>, i: number, d: number): number {
  if (tree.numLeaves <= 1) return 0;
  let node = 0;
  const off = i * d;
  while (node >= 0) {
    node =
      x[off + tree.splitFeature[node]] <= tree.threshold[node] ? tree.leftChild[node] : tree.rightChild[node];
  }
  return ~node;
}

/** The leaf index row `i` reaches in feature-major bins (`bins[f * n + i]`). */
export function leafOfBinned(tree: Tree, bins: Uint8Array, n: number, i: number): number {
  if (tree.numLeaves <= 1) return 0;
  let node = 0;
  while (node >= 0) {
    node =
      bins[tree.splitFeature[node] * n + i] <= tree.thresholdBin[node]
        ? tree.leftChild[node]
        : tree.rightChild[node];
  }
  return ~node;
}

/** Deepest leaf's depth (root alone = 0), for tests and the model summary. */
export function treeDepth(tree: Tree): number {
  if (tree.numLeaves <= 1) return 0;
  const walk = (node: number): number =>
    node < 0 ? 0 : 1 + Math.max(walk(tree.leftChild[node]), walk(tree.rightChild[node]));
  return walk(0);
}
