/**
 * Grows one regression tree on binned data, leaf-wise as LightGBM does: every leaf knows its best
 * split (found on a histogram of gradient and hessian sums per bin), and the leaf whose split
 * gains most is split next, until `numLeaves` leaves exist or no split gains anything.
 *
 * Histograms: each splittable leaf keeps one (per bin: Σgradient, Σhessian, row count, float64).
 * After a split only the child with fewer rows is built from its rows; the other is the parent's
 * histogram minus it (histogram subtraction), computed in the parent's buffer.
 *
 * Every buffer is allocated once per grower and reused by every tree; the loops over rows index
 * typed arrays only.
 */
import type { BinMapper } from './binning';
import type { GbdtParams } from './params';
import type { Tree } from './tree';

/** Added to hessian sums in divisions, as LightGBM's kEpsilon, so an empty hessian is not 0/0. */
const K_EPSILON = 1e-15;

/** Values per histogram bin: gradient sum, hessian sum, row count. */
const STRIDE = 3;

export class TreeGrower {
  private readonly n: number;
  private readonly bins: Uint8Array;
  private readonly offsets: Int32Array;
  private readonly upper: Float64Array;
  private readonly totalBins: number;
  private readonly p: GbdtParams;
  /** Row indices, grouped by leaf: leaf l owns rows[leafStart[l] … + leafCount[l]). */
  private readonly rows: Int32Array;
  private readonly scratch: Int32Array;
  /** The gradients and hessians of one leaf's rows, in the leaf's row order (contiguous reads). */
  private readonly og: Float32Array;
  private readonly oh: Float32Array;
  private readonly pool: Float64Array[] = [];
  private readonly freeSlots: number[] = [];
  // Per leaf of the tree being grown.
  private readonly leafStart: Int32Array;
  private readonly leafCount: Int32Array;
  private readonly leafG: Float64Array;
  private readonly leafH: Float64Array;
  private readonly leafDepth: Int32Array;
  private readonly leafSlot: Int32Array;
  /** The internal node that points at the leaf, −1 for the root. */
  private readonly leafParent: Int32Array;
  private readonly bestGain: Float64Array;
  private readonly bestFeature: Int32Array;
  private readonly bestBin: Int32Array;
  private readonly bestLeftG: Float64Array;
  private readonly bestLeftH: Float64Array;
  private readonly bestLeftC: Int32Array;
  // The gradients of the tree being grown and its features.
  private grad: Float32Array = new Float32Array(0);
  private hess: Float32Array = new Float32Array(0);
  private features: Int32Array = new Int32Array(0);
  private numFeaturesUsed = 0;

  /** `bins`: feature-major training bins (`bins[f * n + i]`) of `n` rows, binned by `mapper`. */
  constructor(bins: Uint8Array, n: number, mapper: BinMapper, params: GbdtParams) {
    this.n = n;
    this.bins = bins;
    this.offsets = mapper.offsets;
    this.upper = mapper.upper;
    this.totalBins = mapper.offsets[mapper.numFeatures];
    this.p = params;
    this.rows = new Int32Array(n);
    this.scratch = new Int32Array(n);
    this.og = new Float32Array(n);
    this.oh = new Float32Array(n);
    const L = params.numLeaves;
    this.leafStart = new Int32Array(L);
    this.leafCount = new Int32Array(L);
    this.leafG = new Float64Array(L);
    this.leafH = new Float64Array(L);
    this.leafDepth = new Int32Array(L);
    this.leafSlot = new Int32Array(L);
    this.leafParent = new Int32Array(L);
    this.bestGain = new Float64Array(L);
    this.bestFeature = new Int32Array(L);
    this.bestBin = new Int32Array(L);
    this.bestLeftG = new Float64Array(L);
    this.bestLeftH = new Float64Array(L);
    this.bestLeftC = new Int32Array(L);
  }

  /**
   * One tree fitted to `grad`/`hess` (n each, float32) using the rows `bag[0 … bagCount)`
   * (ascending) and the features `features[0 … numFeatures)`. A tree that finds no split has one
   * leaf of value 0 (LightGBM adds nothing for it either).
   */
  grow(
    grad: Float32Array,
    hess: Float32Array,
    bag: Int32Array,
    bagCount: number,
    features: Int32Array,
    numFeatures: number,
  ): Tree {
    this.grad = grad;
    this.hess = hess;
    this.features = features;
    this.numFeaturesUsed = numFeatures;
    this.freeSlots.length = 0;
    for (let s = 0; s < this.pool.length; s++) this.freeSlots.push(s);
    const p = this.p;
    const rows = this.rows;
    let g = 0;
    let h = 0;
    for (let i = 0; i < bagCount; i++) {
      const r = bag[i];
      rows[i] = r;
      g += grad[r];
      h += hess[r];
    }
    const tree: Tree = {
      numLeaves: 1,
      splitFeature: [],
      threshold: [],
      thresholdBin: [],
      splitGain: [],
      leftChild: [],
      rightChild: [],
      leafValue: [0],
      leafCount: [bagCount],
    };
    this.leafStart[0] = 0;
    this.leafCount[0] = bagCount;
    this.leafG[0] = g;
    this.leafH[0] = h;
    this.leafDepth[0] = 0;
    this.leafParent[0] = -1;
    this.leafSlot[0] = -1;
    this.bestGain[0] = Number.NEGATIVE_INFINITY;
    if (this.canSplit(0)) {
      this.leafSlot[0] = this.takeSlot();
      this.buildHistogram(0);
      this.findBestSplit(0);
    }
    let numLeaves = 1;
    while (numLeaves < p.numLeaves) {
      let best = -1;
      for (let l = 0; l < numLeaves; l++) {
        if (this.bestGain[l] > 0 && (best < 0 || this.bestGain[l] > this.bestGain[best])) best = l;
      }
      if (best < 0) break;
      this.split(tree, best, numLeaves);
      numLeaves++;
    }
    tree.numLeaves = numLeaves;
    if (numLeaves > 1) {
      const values: number[] = new Array(numLeaves);
      const counts: number[] = new Array(numLeaves);
      for (let l = 0; l < numLeaves; l++) {
        values[l] = leafOutput(this.leafG[l], this.leafH[l], p) * p.learningRate;
        counts[l] = this.leafCount[l];
      }
      tree.leafValue = values;
      tree.leafCount = counts;
    }
    return tree;
  }

  /** Whether a leaf could be split at all: enough rows and hessian for two children, depth left. */
  private canSplit(leaf: number): boolean {
    const p = this.p;
    return (
      this.leafCount[leaf] >= 2 * p.minDataInLeaf &&
      this.leafH[leaf] >= 2 * p.minSumHessianInLeaf &&
      (p.maxDepth <= 0 || this.leafDepth[leaf] < p.maxDepth)
    );
  }

  private takeSlot(): number {
    const s = this.freeSlots.pop();
    if (s !== undefined) return s;
    this.pool.push(new Float64Array(this.totalBins * STRIDE));
    return this.pool.length - 1;
  }

  private releaseSlot(leaf: number): void {
    if (this.leafSlot[leaf] >= 0) this.freeSlots.push(this.leafSlot[leaf]);
    this.leafSlot[leaf] = -1;
  }

  /** Histogram of the leaf's rows over the features in use, into the leaf's slot. */
  private buildHistogram(leaf: number): void {
    const hist = this.pool[this.leafSlot[leaf]];
    const start = this.leafStart[leaf];
    const count = this.leafCount[leaf];
    const { rows, og, oh, grad, hess, bins, n, offsets, features } = this;
    for (let i = 0; i < count; i++) {
      const r = rows[start + i];
      og[i] = grad[r];
      oh[i] = hess[r];
    }
    const idx = rows.subarray(start, start + count);
    for (let k = 0; k < this.numFeaturesUsed; k++) {
      const f = features[k];
      const lo = offsets[f] * STRIDE;
      hist.fill(0, lo, offsets[f + 1] * STRIDE);
      const base = f * n;
      // Two rows per iteration: their loads overlap (about 15% faster in V8 than one at a time).
      let i = 0;
      for (; i + 1 < count; i += 2) {
        const o = lo + bins[base + idx[i]] * STRIDE;
        const q = lo + bins[base + idx[i + 1]] * STRIDE;
        hist[o] += og[i];
        hist[o + 1] += oh[i];
        hist[o + 2] += 1;
        hist[q] += og[i + 1];
        hist[q + 1] += oh[i + 1];
        hist[q + 2] += 1;
      }
      if (i < count) {
        const o = lo + bins[base + idx[i]] * STRIDE;
        hist[o] += og[i];
        hist[o + 1] += oh[i];
        hist[o + 2] += 1;
      }
    }
  }

  /** `into` = `into` − `minus` over the features in use (the larger child from parent and smaller child). */
  private subtract(into: Float64Array, minus: Float64Array): void {
    const { offsets, features } = this;
    for (let k = 0; k < this.numFeaturesUsed; k++) {
      const f = features[k];
      const hi = offsets[f + 1] * STRIDE;
      for (let o = offsets[f] * STRIDE; o < hi; o++) into[o] -= minus[o];
    }
  }

  /**
   * Scans every used feature's bins left to right: a split after bin b sends bins ≤ b left. The
   * best split maximises gain(left) + gain(right) − gain(parent) with gain(G, H) = T(G)² / (H + λ₂)
   * (T = soft threshold by λ₁), among splits leaving both children enough rows and hessian.
   */
  private findBestSplit(leaf: number): void {
    const p = this.p;
    this.bestGain[leaf] = Number.NEGATIVE_INFINITY;
    const hist = this.pool[this.leafSlot[leaf]];
    const G = this.leafG[leaf];
    const H = this.leafH[leaf];
    const C = this.leafCount[leaf];
    const minData = p.minDataInLeaf;
    const minHess = p.minSumHessianInLeaf;
    const shift = leafGain(G, H, p) + p.minGainToSplit;
    let best = Number.NEGATIVE_INFINITY;
    let bestF = -1;
    let bestB = -1;
    let bestGL = 0;
    let bestHL = 0;
    let bestCL = 0;
    const { offsets, features } = this;
    for (let k = 0; k < this.numFeaturesUsed; k++) {
      const f = features[k];
      const lo = offsets[f];
      const last = offsets[f + 1] - 1;
      let gl = 0;
      let hl = 0;
      let cl = 0;
      for (let b = lo; b < last; b++) {
        const o = b * STRIDE;
        if (hist[o + 2] === 0) continue; // an empty bin moves no row: same split as the bin before
        gl += hist[o];
        hl += hist[o + 1];
        cl += hist[o + 2];
        if (cl < minData || hl < minHess) continue;
        const hr = H - hl;
        if (C - cl < minData || hr < minHess) break; // the right side only shrinks from here
        const gain = leafGain(gl, hl, p) + leafGain(G - gl, hr, p);
        if (gain > best) {
          best = gain;
          bestF = f;
          bestB = b - lo;
          bestGL = gl;
          bestHL = hl;
          bestCL = cl;
        }
      }
    }
    if (bestF >= 0 && best > shift) {
      this.bestGain[leaf] = best - (shift - p.minGainToSplit);
      this.bestFeature[leaf] = bestF;
      this.bestBin[leaf] = bestB;
      this.bestLeftG[leaf] = bestGL;
      this.bestLeftH[leaf] = bestHL;
      this.bestLeftC[leaf] = bestCL;
    }
  }

  /** Splits `leaf` by its best split: it keeps the left rows, new leaf `right` gets the rest. */
  private split(tree: Tree, leaf: number, right: number): void {
    const f = this.bestFeature[leaf];
    const b = this.bestBin[leaf];
    const node = right - 1;
    tree.splitFeature.push(f);
    tree.thresholdBin.push(b);
    tree.threshold.push(this.upper[this.offsets[f] + b]);
    tree.splitGain.push(this.bestGain[leaf]);
    tree.leftChild.push(~leaf);
    tree.rightChild.push(~right);
    const parent = this.leafParent[leaf];
    if (parent >= 0) {
      if (tree.leftChild[parent] === ~leaf) tree.leftChild[parent] = node;
      else tree.rightChild[parent] = node;
    }
    // Stable partition of the leaf's rows: bin ≤ b first (stay ascending, so histogram reads stay local).
    const start = this.leafStart[leaf];
    const count = this.leafCount[leaf];
    const { rows, scratch, bins, n } = this;
    const base = f * n;
    let nl = 0;
    let nr = 0;
    for (let i = start; i < start + count; i++) {
      const r = rows[i];
      if (bins[base + r] <= b) rows[start + nl++] = r;
      else scratch[nr++] = r;
    }
    rows.set(scratch.subarray(0, nr), start + nl);
    const depth = this.leafDepth[leaf] + 1;
    const G = this.leafG[leaf];
    const H = this.leafH[leaf];
    this.leafStart[right] = start + nl;
    this.leafCount[right] = nr;
    this.leafG[right] = G - this.bestLeftG[leaf];
    this.leafH[right] = H - this.bestLeftH[leaf];
    this.leafDepth[right] = depth;
    this.leafParent[right] = node;
    this.leafCount[leaf] = nl;
    this.leafG[leaf] = this.bestLeftG[leaf];
    this.leafH[leaf] = this.bestLeftH[leaf];
    this.leafDepth[leaf] = depth;
    this.leafParent[leaf] = node;
    this.bestGain[leaf] = Number.NEGATIVE_INFINITY;
    this.bestGain[right] = Number.NEGATIVE_INFINITY;

    // Histograms: build the smaller child, derive the larger from the parent's buffer.
    const parentSlot = this.leafSlot[leaf];
    const small = nl <= nr ? leaf : right;
    const large = small === leaf ? right : leaf;
    const splitSmall = this.canSplit(small);
    const splitLarge = this.canSplit(large);
    this.leafSlot[right] = -1;
    this.leafSlot[leaf] = -1;
    if (!splitSmall && !splitLarge) {
      this.freeSlots.push(parentSlot);
      return;
    }
    this.leafSlot[small] = this.takeSlot();
    this.buildHistogram(small);
    if (splitLarge) {
      this.leafSlot[large] = parentSlot;
      this.subtract(this.pool[parentSlot], this.pool[this.leafSlot[small]]);
      this.findBestSplit(large);
    } else {
      this.freeSlots.push(parentSlot);
    }
    if (splitSmall) this.findBestSplit(small);
    else this.releaseSlot(small);
  }
}

/** LightGBM's soft threshold by λ₁: sign(g)·max(0, |g| − λ₁). */
function thresholdL1(g: number, l1: number): number {
  if (l1 <= 0) return g;
  const a = Math.abs(g) - l1;
  return a > 0 ? Math.sign(g) * a : 0;
}

/** How much a leaf with these sums lowers the loss (twice the second-order estimate, as LightGBM). */
function leafGain(g: number, h: number, p: GbdtParams): number {
  const t = thresholdL1(g, p.lambdaL1);
  return (t * t) / (h + p.lambdaL2 + K_EPSILON);
}

/** The leaf's value before the learning rate: −T(G) / (H + λ₂). */
export function leafOutput(g: number, h: number, p: GbdtParams): number {
  return -thresholdL1(g, p.lambdaL1) / (h + p.lambdaL2 + K_EPSILON);
}
