import { describe, expect, it } from 'vitest';
import { Rng } from '../rng.ts';
import { jacobiEigen, pca } from './pca.ts';

/*
 * Known axes in 5-D: u1 = (3, 4, 0, 0, 0)/5, u2 = (−4, 3, 0, 0, 0)/5, u3 = e5. The rows are
 * μ ± 6·u1, μ ± 3·u2, μ ± 1·u3 (six rows), so the centred data's covariance is exactly
 * (2·36·u1u1ᵀ + 2·9·u2u2ᵀ + 2·1·u3u3ᵀ) / 5: eigenvalues 14.4, 3.6, 0.4, total variance 18.4,
 * explained ratios 36/46, 9/46, 1/46. Signs: u1's largest loading (0.8) is positive; u2's is −0.8,
 * so the reported axis is −u2 = (0.8, −0.6, 0, 0, 0).
 */
function knownAxes() {
  const mu = [1, -2, 0.5, 3, 10];
  const u1 = [0.6, 0.8, 0, 0, 0];
  const u2 = [-0.8, 0.6, 0, 0, 0];
  const u3 = [0, 0, 0, 0, 1];
  const rows: number[][] = [];
  for (const [u, s] of [
    [u1, 6],
    [u2, 3],
    [u3, 1],
  ] as const) {
    rows.push(mu.map((m, j) => m + s * u[j]));
    rows.push(mu.map((m, j) => m - s * u[j]));
  }
  return { data: Float32Array.from(rows.flat()), dim: 5 };
}

describe('pca', () => {
  it('finds known principal axes, variances and coordinates', () => {
    const r = pca(knownAxes(), { components: 3 });
    const axis = (i: number) => Array.from(r.axes.subarray(i * 5, (i + 1) * 5));
    const close = (got: number[], want: number[]) => {
      for (let j = 0; j < got.length; j++) expect(got[j]).toBeCloseTo(want[j], 5);
    };
    close(axis(0), [0.6, 0.8, 0, 0, 0]);
    close(axis(1), [0.8, -0.6, 0, 0, 0]);
    close(axis(2), [0, 0, 0, 0, 1]);
    close(r.explainedVariance, [14.4, 3.6, 0.4]);
    close(r.explainedVarianceRatio, [36 / 46, 9 / 46, 1 / 46]);
    close(Array.from(r.mean), [1, -2, 0.5, 3, 10]);
    // Row 0 is μ + 6·u1 → (6, 0, 0); row 2 is μ + 3·u2 = μ − 3·(reported axis 2) → (0, −3, 0).
    close(Array.from(r.coords.subarray(0, 3)), [6, 0, 0]);
    close(Array.from(r.coords.subarray(6, 9)), [0, -3, 0]);
  });

  it('is reproducible and matches the covariance eigenvectors on random correlated data', () => {
    const rng = new Rng(41);
    const n = 2000;
    const dim = 20;
    const data = new Float32Array(n * dim);
    // Column j scaled by (dim − j) and mixed with column 0, so the leading axes are distinct.
    for (let i = 0; i < n; i++) {
      const z0 = rng.normal();
      for (let j = 0; j < dim; j++) data[i * dim + j] = (dim - j) * rng.normal() * 0.3 + (j % 3) * z0;
    }
    const a = pca({ data, dim }, { components: 3, seed: 5 });
    const b = pca({ data, dim }, { components: 3, seed: 5 });
    expect(a.coords).toEqual(b.coords);
    // Converged: another seed gives the same map up to rounding (signs are fixed, not random).
    const other = pca({ data, dim }, { components: 3, seed: 6 }).coords;
    let maxDiff = 0;
    for (let i = 0; i < other.length; i++) maxDiff = Math.max(maxDiff, Math.abs(other[i] - a.coords[i]));
    expect(maxDiff).toBeLessThan(1e-4);

    // Reference: full Jacobi decomposition of the covariance computed naively.
    const mean = new Float64Array(dim);
    for (let i = 0; i < n; i++) for (let j = 0; j < dim; j++) mean[j] += data[i * dim + j] / n;
    const cov = new Float64Array(dim * dim);
    for (let i = 0; i < n; i++) {
      for (let p = 0; p < dim; p++) {
        for (let q = 0; q < dim; q++) {
          cov[p * dim + q] += ((data[i * dim + p] - mean[p]) * (data[i * dim + q] - mean[q])) / (n - 1);
        }
      }
    }
    const ref = jacobiEigen(cov, dim);
    let trace = 0;
    for (let j = 0; j < dim; j++) trace += cov[j * dim + j];
    for (let c = 0; c < 3; c++) {
      expect(a.explainedVariance[c]).toBeCloseTo(ref.values[c], 6);
      expect(a.explainedVarianceRatio[c]).toBeCloseTo(ref.values[c] / trace, 8);
      let dot = 0;
      for (let j = 0; j < dim; j++) dot += a.axes[c * dim + j] * ref.vectors[j * dim + c];
      expect(Math.abs(dot)).toBeCloseTo(1, 5);
    }
    // Coordinates have the explained variance and are uncorrelated.
    let v0 = 0;
    let c01 = 0;
    for (let i = 0; i < n; i++) {
      v0 += a.coords[i * 3] ** 2 / (n - 1);
      c01 += (a.coords[i * 3] * a.coords[i * 3 + 1]) / (n - 1);
    }
    expect(v0).toBeCloseTo(a.explainedVariance[0], 3);
    expect(c01).toBeCloseTo(0, 3);
  });

  it('projects a subset of rows and reports progress', () => {
    const { data, dim } = knownAxes();
    const seen: number[] = [];
    const r = pca({ data, dim }, { rows: [0, 1, 2, 3], onProgress: (f) => seen.push(f) });
    expect(r.coords).toHaveLength(8);
    // Only ±6·u1 and ±3·u2: the two axes carry all the variance.
    expect(r.explainedVarianceRatio[0] + r.explainedVarianceRatio[1]).toBeCloseTo(1, 6);
    expect(seen[seen.length - 1]).toBe(1);
  });

  it('jacobiEigen diagonalises a symmetric matrix', () => {
    const m = Float64Array.from([4, 1, 2, 1, 3, 0, 2, 0, 1]);
    const { values, vectors } = jacobiEigen(m, 3);
    for (let c = 0; c < 3; c++) {
      for (let r = 0; r < 3; r++) {
        let av = 0;
        for (let t = 0; t < 3; t++) av += m[r * 3 + t] * vectors[t * 3 + c];
        expect(av).toBeCloseTo(values[c] * vectors[r * 3 + c], 10);
      }
    }
    expect(values[0]).toBeGreaterThanOrEqual(values[1]);
    expect(values[0] + values[1] + values[2]).toBeCloseTo(8, 10);
  });
});
