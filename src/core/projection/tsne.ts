/**
 * Barnes–Hut t-SNE (van der Maaten 2014) for the Explore map, seeded and steppable.
 *
 * Input affinities: each row's `k = min(n − 1, ⌊3·perplexity⌋)` nearest neighbours (exact,
 * brute force over squared Euclidean distances, O(n²·d)), a Gaussian whose bandwidth is found by
 * bisection so that its perplexity matches, then P = (P + Pᵀ) / 2n as a sparse symmetric matrix.
 * With `cosine` (default) rows are scaled to unit length first, so distances rank like cosines.
 *
 * Gradient per iteration: attraction over the sparse P exactly; repulsion with a quadtree whose
 * cells count as one point when (cell width)² < θ²·distance². θ = 0 visits every leaf, which is
 * exact t-SNE (use it only for a few thousand points at most).
 *
 * Optimisation as in the reference implementation: early exaggeration 12 for the first 250
 * iterations, momentum 0.5 then 0.8, per-coordinate gains, learning rate max(n / 12, 50)
 * (Belkina et al. 2019) unless given. The start is N(0, 10⁻⁴) from the seeded Rng, so the same
 * seed and data give the same map, bit for bit.
 */
import { Rng } from '../rng.ts';

export interface TsneOptions {
  /** Effective number of neighbours, typically 5–50. Default 30 (capped at (n − 1) / 3). */
  perplexity?: number;
  /** Barnes–Hut accuracy: 0 is exact, 0.5 the usual trade-off. Default 0.5. */
  theta?: number;
  /** Default max(n / 12, 50). */
  learningRate?: number;
  /** Default 12. */
  earlyExaggeration?: number;
  /** Iterations with early exaggeration and momentum 0.5. Default 250. */
  exaggerationIterations?: number;
  /** Default 1. */
  seed?: number;
  /** Scale rows to unit length first (distances then rank like cosine similarities). Default true. */
  cosine?: boolean;
  /** Called with a fraction in [0, 1] while the neighbour affinities are computed. */
  onAffinityProgress?: (fraction: number) => void;
}

/** Sparse symmetric joint probabilities in CSR form: row i's entries are [start[i], start[i+1]). */
export interface SparseP {
  start: Int32Array;
  cols: Int32Array;
  vals: Float64Array;
}

export class Tsne {
  readonly n: number;
  /** `n × 2` row-major positions; updated in place by `step()`. */
  readonly embedding: Float64Array;
  readonly p: SparseP;
  private iter = 0;
  private readonly gains: Float64Array;
  private readonly velocity: Float64Array;
  private readonly grad: Float64Array;
  private readonly theta: number;
  private readonly eta: number;
  private readonly exaggeration: number;
  private readonly exaggerationIters: number;
  private readonly tree: QuadTree;

  /** `data` is `n × dim` row-major (any float array); it is read once, not kept. */
  constructor(data: ArrayLike<number>, dim: number, opts: TsneOptions = {}) {
    const n = dim === 0 ? 0 : Math.floor(data.length / dim);
    if (n < 4) throw new RangeError('t-SNE needs at least four points');
    this.n = n;
    const perplexity = Math.max(1, Math.min(opts.perplexity ?? 30, (n - 1) / 3));
    this.theta = opts.theta ?? 0.5;
    this.eta = opts.learningRate ?? Math.max(n / 12, 50);
    this.exaggeration = opts.earlyExaggeration ?? 12;
    this.exaggerationIters = opts.exaggerationIterations ?? 250;
    const x = opts.cosine === false ? Float64Array.from(data) : unitRows(data, n, dim);
    this.p = jointProbabilities(x, n, dim, perplexity, opts.onAffinityProgress);
    const rng = new Rng(opts.seed ?? 1);
    this.embedding = new Float64Array(2 * n);
    for (let i = 0; i < 2 * n; i++) this.embedding[i] = rng.normal() * 1e-2;
    this.gains = new Float64Array(2 * n).fill(1);
    this.velocity = new Float64Array(2 * n);
    this.grad = new Float64Array(2 * n);
    this.tree = new QuadTree(n);
  }

  get iteration(): number {
    return this.iter;
  }

  /** One gradient-descent iteration. */
  step(): void {
    const n = this.n;
    const y = this.embedding;
    const early = this.iter < this.exaggerationIters;
    const exag = early ? this.exaggeration : 1;
    const momentum = early ? 0.5 : 0.8;
    this.gradient(exag);
    const g = this.grad;
    const gains = this.gains;
    const v = this.velocity;
    for (let i = 0; i < 2 * n; i++) {
      // Gains grow where the gradient keeps its direction relative to the velocity, shrink where it flips.
      gains[i] = Math.sign(g[i]) !== Math.sign(v[i]) ? gains[i] + 0.2 : Math.max(gains[i] * 0.8, 0.01);
      v[i] = momentum * v[i] - this.eta * gains[i] * g[i];
      y[i] += v[i];
    }
    // Re-centre so the layout does not drift.
    let mx = 0;
    let my = 0;
    for (let i = 0; i < n; i++) {
      mx += y[2 * i];
      my += y[2 * i + 1];
    }
    mx /= n;
    my /= n;
    for (let i = 0; i < n; i++) {
      y[2 * i] -= mx;
      y[2 * i + 1] -= my;
    }
    this.iter++;
  }

  /** The current layout as float32, `n × 2`. */
  coords(): Float32Array {
    return Float32Array.from(this.embedding);
  }

  /** KL(P‖Q) of the current layout (exact, O(n²): for tests and small n). */
  klDivergence(): number {
    const n = this.n;
    const y = this.embedding;
    let z = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) z += 1 / (1 + sqDist2(y, i, j));
    let kl = 0;
    const { start, cols, vals } = this.p;
    for (let i = 0; i < n; i++) {
      for (let e = start[i]; e < start[i + 1]; e++) {
        const q = 1 / (1 + sqDist2(y, i, cols[e])) / z;
        if (vals[e] > 0) kl += vals[e] * Math.log(vals[e] / Math.max(q, 1e-300));
      }
    }
    return kl;
  }

  /** grad = 4·(exag·F_attr − F_rep / Z), written to this.grad. */
  private gradient(exag: number): void {
    const n = this.n;
    const y = this.embedding;
    const g = this.grad;
    const { start, cols, vals } = this.p;
    this.tree.build(y);
    let z = 0;
    const rep = this.tree.repulsion;
    for (let i = 0; i < n; i++) {
      z += this.tree.accumulate(i, y[2 * i], y[2 * i + 1], this.theta);
      g[2 * i] = rep[0];
      g[2 * i + 1] = rep[1];
    }
    const invZ = z > 0 ? 1 / z : 0;
    for (let i = 0; i < n; i++) {
      let ax = 0;
      let ay = 0;
      const yi0 = y[2 * i];
      const yi1 = y[2 * i + 1];
      for (let e = start[i]; e < start[i + 1]; e++) {
        const j = cols[e];
        const dx = yi0 - y[2 * j];
        const dy = yi1 - y[2 * j + 1];
        const w = vals[e] / (1 + dx * dx + dy * dy);
        ax += w * dx;
        ay += w * dy;
      }
      g[2 * i] = 4 * (exag * ax - g[2 * i] * invZ);
      g[2 * i + 1] = 4 * (exag * ay - g[2 * i + 1] * invZ);
    }
  }
}

function sqDist2(y: Float64Array, i: number, j: number): number {
  const dx = y[2 * i] - y[2 * j];
  const dy = y[2 * i + 1] - y[2 * j + 1];
  return dx * dx + dy * dy;
}

function unitRows(data: ArrayLike<number>, n: number, dim: number): Float64Array {
  const x = new Float64Array(n * dim);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < dim; j++) s += data[i * dim + j] * data[i * dim + j];
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let j = 0; j < dim; j++) x[i * dim + j] = data[i * dim + j] * inv;
  }
  return x;
}

/**
 * Sparse symmetric P from each row's k nearest neighbours with perplexity-calibrated Gaussians.
 * Exported for tests: every row of the conditional P sums to 1, so the joint P sums to 1.
 */
export function jointProbabilities(
  x: Float64Array,
  n: number,
  dim: number,
  perplexity: number,
  onProgress?: (fraction: number) => void,
): SparseP {
  const k = Math.min(n - 1, Math.max(1, Math.floor(3 * perplexity)));
  const nbr = new Int32Array(n * k);
  const cond = new Float64Array(n * k);
  const dist = new Float64Array(n);
  const heapD = new Float64Array(k);
  const heapI = new Int32Array(k);
  const sq = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < dim; j++) s += x[i * dim + j] * x[i * dim + j];
    sq[i] = s;
  }
  const target = Math.log(perplexity);
  for (let i = 0; i < n; i++) {
    // All squared distances from row i, then the k smallest through a max-heap.
    const oi = i * dim;
    for (let r = 0; r < n; r++) {
      const or = r * dim;
      let dot = 0;
      for (let j = 0; j < dim; j++) dot += x[oi + j] * x[or + j];
      dist[r] = Math.max(0, sq[i] + sq[r] - 2 * dot);
    }
    let size = 0;
    for (let r = 0; r < n; r++) {
      if (r === i) continue;
      const d = dist[r];
      if (size < k) {
        heapPush(heapD, heapI, size++, d, r);
      } else if (d < heapD[0]) {
        heapReplaceTop(heapD, heapI, k, d, r);
      }
    }
    for (let t = 0; t < k; t++) nbr[i * k + t] = heapI[t];
    calibrateRow(heapD, k, target, cond, i * k);
    if (onProgress && (i & 255) === 255) onProgress((i + 1) / n);
  }
  onProgress?.(1);
  return symmetrize(nbr, cond, n, k);
}

function heapPush(d: Float64Array, id: Int32Array, size: number, v: number, r: number): void {
  let c = size;
  d[c] = v;
  id[c] = r;
  while (c > 0) {
    const p = (c - 1) >> 1;
    if (d[p] >= d[c]) break;
    swap(d, id, p, c);
    c = p;
  }
}

function heapReplaceTop(d: Float64Array, id: Int32Array, size: number, v: number, r: number): void {
  d[0] = v;
  id[0] = r;
  let p = 0;
  for (;;) {
    const l = 2 * p + 1;
    const rr = l + 1;
    let m = p;
    if (l < size && d[l] > d[m]) m = l;
    if (rr < size && d[rr] > d[m]) m = rr;
    if (m === p) break;
    swap(d, id, p, m);
    p = m;
  }
}

function swap(d: Float64Array, id: Int32Array, a: number, b: number): void {
  const td = d[a];
  d[a] = d[b];
  d[b] = td;
  const ti = id[a];
  id[a] = id[b];
  id[b] = ti;
}

/**
 * Finds β so that the entropy of p_j ∝ exp(−β·(d_j − d_min)) over the k squared distances `d`
 * equals log(perplexity) (bisection on β, 200 steps at most), and writes the p_j at `out[off…]`.
 */
function calibrateRow(d: Float64Array, k: number, target: number, out: Float64Array, off: number): void {
  let dmin = Number.POSITIVE_INFINITY;
  for (let t = 0; t < k; t++) if (d[t] < dmin) dmin = d[t];
  let beta = 1;
  let lo = 0;
  let hi = Number.POSITIVE_INFINITY;
  for (let it = 0; it < 200; it++) {
    let sum = 0;
    let sumDP = 0;
    for (let t = 0; t < k; t++) {
      const dd = d[t] - dmin;
      const p = Math.exp(-beta * dd);
      out[off + t] = p;
      sum += p;
      sumDP += dd * p;
    }
    // H = log(sum) + β·E[d − d_min]
    const h = Math.log(sum) + (beta * sumDP) / sum;
    for (let t = 0; t < k; t++) out[off + t] /= sum;
    const diff = h - target;
    if (Math.abs(diff) < 1e-5) break;
    if (diff > 0) {
      lo = beta;
      beta = hi === Number.POSITIVE_INFINITY ? beta * 2 : (beta + hi) / 2;
    } else {
      hi = beta;
      beta = (beta + lo) / 2;
    }
  }
}

/** (P + Pᵀ) / 2n from the row-conditional k-neighbour P, as CSR with sorted, merged columns. */
function symmetrize(nbr: Int32Array, cond: Float64Array, n: number, k: number): SparseP {
  const count = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < k; t++) {
      count[i]++;
      count[nbr[i * k + t]]++;
    }
  }
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i] + count[i];
  const fill = start.slice(0, n);
  const cols = new Int32Array(start[n]);
  const vals = new Float64Array(start[n]);
  const scale = 1 / (2 * n);
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < k; t++) {
      const j = nbr[i * k + t];
      const v = cond[i * k + t] * scale;
      cols[fill[i]] = j;
      vals[fill[i]++] = v;
      cols[fill[j]] = i;
      vals[fill[j]++] = v;
    }
  }
  // Sort each row by column and merge duplicates (i→j and j→i both present).
  const outStart = new Int32Array(n + 1);
  const outCols: number[] = [];
  const outVals: number[] = [];
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    order.length = 0;
    for (let e = start[i]; e < start[i + 1]; e++) order.push(e);
    order.sort((a, b) => cols[a] - cols[b]);
    let last = -1;
    for (const e of order) {
      if (cols[e] === last) outVals[outVals.length - 1] += vals[e];
      else {
        outCols.push(cols[e]);
        outVals.push(vals[e]);
        last = cols[e];
      }
    }
    outStart[i + 1] = outCols.length;
  }
  return { start: outStart, cols: Int32Array.from(outCols), vals: Float64Array.from(outVals) };
}

/**
 * Point quadtree in flat arrays, rebuilt every iteration. Node fields: centre (cx, cy), half
 * width, centre of mass, point count, first child (−1 for a leaf; children are 4 consecutive
 * nodes) and the leaf's point (−1 when empty). Cells narrower than 1e-10 stop splitting and carry
 * coincident points together, which bounds the depth (about 45 levels for layouts ≤ 10⁴ wide).
 */
class QuadTree {
  /** Repulsion numerator Σ m·q²·(yᵢ − com) of the last `accumulate` call. */
  readonly repulsion = new Float64Array(2);
  private cap: number;
  private size = 0;
  private cx: Float64Array;
  private cy: Float64Array;
  private hw: Float64Array;
  private mx: Float64Array;
  private my: Float64Array;
  private cnt: Int32Array;
  private child: Int32Array;
  private point: Int32Array;
  /** Depth-first stack: at most 3 entries per level plus 4. */
  private readonly stack = new Int32Array(1024);
  private y: Float64Array = new Float64Array(0);

  constructor(n: number) {
    this.cap = 4 * n + 8;
    this.cx = new Float64Array(this.cap);
    this.cy = new Float64Array(this.cap);
    this.hw = new Float64Array(this.cap);
    this.mx = new Float64Array(this.cap);
    this.my = new Float64Array(this.cap);
    this.cnt = new Int32Array(this.cap);
    this.child = new Int32Array(this.cap);
    this.point = new Int32Array(this.cap);
  }

  build(y: Float64Array): void {
    this.y = y;
    const n = y.length / 2;
    let x0 = Number.POSITIVE_INFINITY;
    let x1 = Number.NEGATIVE_INFINITY;
    let y0 = Number.POSITIVE_INFINITY;
    let y1 = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      x0 = Math.min(x0, y[2 * i]);
      x1 = Math.max(x1, y[2 * i]);
      y0 = Math.min(y0, y[2 * i + 1]);
      y1 = Math.max(y1, y[2 * i + 1]);
    }
    this.size = 0;
    const half = Math.max(x1 - x0, y1 - y0) / 2 + 1e-5;
    this.newNode((x0 + x1) / 2, (y0 + y1) / 2, half);
    for (let i = 0; i < n; i++) this.insert(i, y[2 * i], y[2 * i + 1]);
  }

  /** Writes point i's repulsion numerator to `repulsion` and returns its share of Z, Σ m·q. */
  accumulate(i: number, px: number, py: number, theta: number): number {
    let z = 0;
    let fx = 0;
    let fy = 0;
    const theta2 = theta * theta;
    const st = this.stack;
    let top = 0;
    st[top++] = 0;
    while (top > 0) {
      const node = st[--top];
      const m = this.cnt[node];
      if (m === 0) continue;
      const dx = px - this.mx[node];
      const dy = py - this.my[node];
      const d2 = dx * dx + dy * dy;
      const leaf = this.child[node] === -1;
      const width = 2 * this.hw[node];
      if (leaf || width * width < theta2 * d2) {
        if (leaf && this.point[node] === i && m === 1) continue;
        const q = 1 / (1 + d2);
        // A leaf holding i among coincident points: i itself must not count.
        const mass = leaf && d2 === 0 ? m - 1 : m;
        z += mass * q;
        fx += mass * q * q * dx;
        fy += mass * q * q * dy;
      } else {
        const c = this.child[node];
        st[top++] = c;
        st[top++] = c + 1;
        st[top++] = c + 2;
        st[top++] = c + 3;
      }
    }
    this.repulsion[0] = fx;
    this.repulsion[1] = fy;
    return z;
  }

  private newNode(cx: number, cy: number, hw: number): number {
    if (this.size === this.cap) this.grow();
    const k = this.size++;
    this.cx[k] = cx;
    this.cy[k] = cy;
    this.hw[k] = hw;
    this.mx[k] = 0;
    this.my[k] = 0;
    this.cnt[k] = 0;
    this.child[k] = -1;
    this.point[k] = -1;
    return k;
  }

  private grow(): void {
    const cap = this.cap * 2;
    const f64 = (a: Float64Array) => {
      const b = new Float64Array(cap);
      b.set(a);
      return b;
    };
    const i32 = (a: Int32Array) => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    this.cx = f64(this.cx);
    this.cy = f64(this.cy);
    this.hw = f64(this.hw);
    this.mx = f64(this.mx);
    this.my = f64(this.my);
    this.cnt = i32(this.cnt);
    this.child = i32(this.child);
    this.point = i32(this.point);
    this.cap = cap;
  }

  private addMass(node: number, px: number, py: number): void {
    const c = this.cnt[node] + 1;
    this.mx[node] += (px - this.mx[node]) / c;
    this.my[node] += (py - this.my[node]) / c;
    this.cnt[node] = c;
  }

  private quadrant(node: number, px: number, py: number): number {
    return this.child[node] + (px >= this.cx[node] ? 1 : 0) + (py >= this.cy[node] ? 2 : 0);
  }

  private insert(i: number, px: number, py: number): void {
    let node = 0;
    for (;;) {
      const wasEmpty = this.cnt[node] === 0;
      this.addMass(node, px, py);
      if (this.child[node] === -1) {
        if (wasEmpty) {
          this.point[node] = i;
          return;
        }
        if (this.hw[node] < 1e-10) return;
        // Split the leaf and move its point down one level; i follows below.
        const q = this.point[node];
        this.split(node);
        this.point[node] = -1;
        const qx = this.y[2 * q];
        const qy = this.y[2 * q + 1];
        const c = this.quadrant(node, qx, qy);
        this.addMass(c, qx, qy);
        this.point[c] = q;
      }
      node = this.quadrant(node, px, py);
    }
  }

  private split(node: number): void {
    const h = this.hw[node] / 2;
    const cx = this.cx[node];
    const cy = this.cy[node];
    const first = this.newNode(cx - h, cy - h, h);
    this.newNode(cx + h, cy - h, h);
    this.newNode(cx - h, cy + h, h);
    this.newNode(cx + h, cy + h, h);
    this.child[node] = first;
  }
}
