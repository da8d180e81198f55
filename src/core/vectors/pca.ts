/**
 * PCA to 2 or 3 components for the map, deterministic for a given seed.
 *
 * Method: the d × d covariance of the centred rows (one pass, four rows at a time so each
 * covariance entry is loaded once per four rows: m·d²/2 multiply-adds, about 2 s for 50,000 × 300
 * here), then its top eigenvectors by subspace (block power) iteration with Rayleigh–Ritz
 * rotations, starting from a seeded random block. Each component's sign is fixed so that its
 * largest-magnitude loading is positive, so the same data and seed always give the same map, not
 * a mirrored one.
 */
import { Rng } from '../rng.ts';
import type { VectorSet } from './types.ts';

export interface PcaOptions {
  /** 2 or 3. Default 2. */
  components?: number;
  /** Row indices to project (e.g. the 5,000 most frequent words); default every row. */
  rows?: ArrayLike<number>;
  /** Seed of the starting block. Default 1. */
  seed?: number;
  /** Subspace iterations at most. Default 300. */
  maxIterations?: number;
  /** Called with a fraction in [0, 1] while the covariance is accumulated. */
  onProgress?: (fraction: number) => void;
}

export interface PcaResult {
  /** `rows × components`, row-major: each row's coordinates on the principal axes. */
  coords: Float32Array;
  /** `components × dim`, row-major: unit principal axes. */
  axes: Float32Array;
  /** `dim`: the mean that was subtracted. */
  mean: Float32Array;
  /** Variance along each axis (covariance eigenvalue, divided by rows − 1). */
  explainedVariance: number[];
  /** Each axis's share of the total variance (the trace of the covariance). */
  explainedVarianceRatio: number[];
  iterations: number;
}

export function pca(set: Pick<VectorSet, 'data' | 'dim'>, opts: PcaOptions = {}): PcaResult {
  const d = set.dim;
  const x = set.data;
  const total = d === 0 ? 0 : x.length / d;
  const m = opts.rows ? opts.rows.length : total;
  const rowAt = (i: number) => (opts.rows ? opts.rows[i] : i);
  const c = Math.min(opts.components ?? 2, d);
  if (m < 2) throw new RangeError('PCA needs at least two rows');

  const mean = new Float64Array(d);
  for (let i = 0; i < m; i++) {
    const off = rowAt(i) * d;
    for (let j = 0; j < d; j++) mean[j] += x[off + j];
  }
  for (let j = 0; j < d; j++) mean[j] /= m;

  const cov = covariance(x, d, m, rowAt, mean, opts.onProgress);
  let trace = 0;
  for (let j = 0; j < d; j++) trace += cov[j * d + j];

  const k = Math.min(d, c + 6);
  const { vectors, values, iterations } = topEigen(
    cov,
    d,
    k,
    c,
    new Rng(opts.seed ?? 1),
    opts.maxIterations ?? 300,
  );

  const axes = new Float32Array(c * d);
  for (let i = 0; i < c; i++) {
    // Sign: the largest-magnitude loading (first one on ties) is positive.
    let big = 0;
    for (let j = 1; j < d; j++) if (Math.abs(vectors[i * d + j]) > Math.abs(vectors[i * d + big])) big = j;
    const sign = vectors[i * d + big] < 0 ? -1 : 1;
    for (let j = 0; j < d; j++) axes[i * d + j] = sign * vectors[i * d + j];
  }

  const coords = new Float32Array(m * c);
  const centred = new Float64Array(d);
  for (let i = 0; i < m; i++) {
    const off = rowAt(i) * d;
    for (let j = 0; j < d; j++) centred[j] = x[off + j] - mean[j];
    for (let a = 0; a < c; a++) {
      let s = 0;
      const ao = a * d;
      for (let j = 0; j < d; j++) s += centred[j] * axes[ao + j];
      coords[i * c + a] = s;
    }
  }
  const explainedVariance = values.slice(0, c);
  return {
    coords,
    axes,
    mean: Float32Array.from(mean),
    explainedVariance,
    explainedVarianceRatio: explainedVariance.map((v) => (trace > 0 ? v / trace : 0)),
    iterations,
  };
}

/** Sample covariance (divided by m − 1), full symmetric `d × d` float64. */
function covariance(
  x: Float32Array,
  d: number,
  m: number,
  rowAt: (i: number) => number,
  mean: Float64Array,
  onProgress?: (fraction: number) => void,
): Float64Array {
  const cov = new Float64Array(d * d);
  const r0 = new Float64Array(d);
  const r1 = new Float64Array(d);
  const r2 = new Float64Array(d);
  const r3 = new Float64Array(d);
  const load = (buf: Float64Array, i: number) => {
    if (i >= m) {
      buf.fill(0);
      return;
    }
    const off = rowAt(i) * d;
    for (let j = 0; j < d; j++) buf[j] = x[off + j] - mean[j];
  };
  const progressEvery = Math.max(4, Math.floor(m / 100 / 4) * 4);
  for (let i = 0; i < m; i += 4) {
    load(r0, i);
    load(r1, i + 1);
    load(r2, i + 2);
    load(r3, i + 3);
    for (let a = 0; a < d; a++) {
      const x0 = r0[a];
      const x1 = r1[a];
      const x2 = r2[a];
      const x3 = r3[a];
      const ca = a * d;
      for (let b = a; b < d; b++) cov[ca + b] += x0 * r0[b] + x1 * r1[b] + x2 * r2[b] + x3 * r3[b];
    }
    if (onProgress && i % progressEvery === 0) onProgress(i / m);
  }
  onProgress?.(1);
  for (let a = 0; a < d; a++) {
    for (let b = a; b < d; b++) {
      const v = cov[a * d + b] / (m - 1);
      cov[a * d + b] = v;
      cov[b * d + a] = v;
    }
  }
  return cov;
}

/**
 * Top `c` eigenpairs of the symmetric `d × d` matrix `a` by subspace iteration on a block of `k`
 * (≥ c) vectors, with a Rayleigh–Ritz rotation each step so the block's columns converge to
 * individual eigenvectors. Returns vectors as `k × d` rows (best first) and their eigenvalues.
 */
function topEigen(
  a: Float64Array,
  d: number,
  k: number,
  c: number,
  rng: Rng,
  maxIterations: number,
): { vectors: Float64Array; values: number[]; iterations: number } {
  let q = new Float64Array(k * d);
  for (let i = 0; i < q.length; i++) q[i] = rng.normal();
  orthonormalize(q, k, d);
  let z = new Float64Array(k * d);
  const prev = new Float64Array(c * d);
  let values: number[] = [];
  let it = 0;
  for (; it < maxIterations; it++) {
    multiply(a, d, q, k, z);
    // Ritz values/vectors of the block: H = Qᵀ A Q (k × k), rotate Q by H's eigenvectors.
    const h = new Float64Array(k * k);
    for (let i = 0; i < k; i++) {
      for (let j = i; j < k; j++) {
        let s = 0;
        for (let t = 0; t < d; t++) s += q[i * d + t] * z[j * d + t];
        h[i * k + j] = s;
        h[j * k + i] = s;
      }
    }
    const eig = jacobiEigen(h, k);
    values = eig.values;
    // Next block: orthonormalised A·Q, rotated by the Ritz vectors so column i tracks eigenvector i.
    const rotated = new Float64Array(k * d);
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < k; j++) {
        const w = eig.vectors[j * k + i];
        if (w === 0) continue;
        for (let t = 0; t < d; t++) rotated[i * d + t] += w * z[j * d + t];
      }
    }
    orthonormalize(rotated, k, d);
    let change = 0;
    for (let i = 0; i < c; i++) {
      let dot = 0;
      for (let t = 0; t < d; t++) dot += rotated[i * d + t] * prev[i * d + t];
      change = Math.max(change, 1 - Math.abs(dot));
    }
    prev.set(rotated.subarray(0, c * d));
    [q, z] = [rotated, q];
    if (it > 0 && change < 1e-13) {
      it++;
      break;
    }
  }
  // Eigenvalues of the final block (Rayleigh quotients of its columns).
  multiply(a, d, q, k, z);
  values = [];
  for (let i = 0; i < k; i++) {
    let s = 0;
    for (let t = 0; t < d; t++) s += q[i * d + t] * z[i * d + t];
    values.push(s);
  }
  return { vectors: q, values, iterations: it };
}

/** out (k × d rows) = rows of q (k × d) multiplied by the symmetric a (d × d). */
function multiply(a: Float64Array, d: number, q: Float64Array, k: number, out: Float64Array): void {
  for (let i = 0; i < k; i++) {
    const qo = i * d;
    for (let r = 0; r < d; r++) {
      const ao = r * d;
      let s = 0;
      for (let t = 0; t < d; t++) s += a[ao + t] * q[qo + t];
      out[qo + r] = s;
    }
  }
}

/** Modified Gram–Schmidt on the k rows (length d) of q, in place. */
function orthonormalize(q: Float64Array, k: number, d: number): void {
  for (let i = 0; i < k; i++) {
    const io = i * d;
    for (let j = 0; j < i; j++) {
      const jo = j * d;
      let dot = 0;
      for (let t = 0; t < d; t++) dot += q[io + t] * q[jo + t];
      for (let t = 0; t < d; t++) q[io + t] -= dot * q[jo + t];
    }
    let s = 0;
    for (let t = 0; t < d; t++) s += q[io + t] * q[io + t];
    const len = Math.sqrt(s);
    if (len > 1e-300) for (let t = 0; t < d; t++) q[io + t] /= len;
  }
}

/**
 * Eigen-decomposition of a small symmetric k × k matrix by cyclic Jacobi rotations.
 * Returns eigenvalues in descending order and eigenvectors as columns (`vectors[row * k + col]`).
 */
export function jacobiEigen(input: Float64Array, k: number): { values: number[]; vectors: Float64Array } {
  const a = Float64Array.from(input);
  const v = new Float64Array(k * k);
  for (let i = 0; i < k; i++) v[i * k + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < k; p++) for (let r = p + 1; r < k; r++) off += a[p * k + r] ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < k; p++) {
      for (let r = p + 1; r < k; r++) {
        const apr = a[p * k + r];
        if (Math.abs(apr) < 1e-300) continue;
        const theta = (a[r * k + r] - a[p * k + p]) / (2 * apr);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const cs = 1 / Math.sqrt(t * t + 1);
        const sn = t * cs;
        for (let i = 0; i < k; i++) {
          const aip = a[i * k + p];
          const air = a[i * k + r];
          a[i * k + p] = cs * aip - sn * air;
          a[i * k + r] = sn * aip + cs * air;
        }
        for (let i = 0; i < k; i++) {
          const api = a[p * k + i];
          const ari = a[r * k + i];
          a[p * k + i] = cs * api - sn * ari;
          a[r * k + i] = sn * api + cs * ari;
        }
        for (let i = 0; i < k; i++) {
          const vip = v[i * k + p];
          const vir = v[i * k + r];
          v[i * k + p] = cs * vip - sn * vir;
          v[i * k + r] = sn * vip + cs * vir;
        }
      }
    }
  }
  const order = Array.from({ length: k }, (_, i) => i).sort((i, j) => a[j * k + j] - a[i * k + i] || i - j);
  const vectors = new Float64Array(k * k);
  for (let col = 0; col < k; col++)
    for (let row = 0; row < k; row++) vectors[row * k + col] = v[row * k + order[col]];
  return { values: order.map((i) => a[i * k + i]), vectors };
}
