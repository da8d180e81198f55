import { describe, expect, it } from 'vitest';
import { Rng } from '../rng.ts';
import { jointProbabilities, Tsne } from './tsne.ts';

/** `clusters` well-separated Gaussian blobs in `dim` dimensions, `per` points each (rows grouped by cluster). */
function blobs(clusters: number, per: number, dim: number, seed = 7): Float32Array {
  const rng = new Rng(seed);
  const out = new Float32Array(clusters * per * dim);
  for (let c = 0; c < clusters; c++) {
    const centre = Array.from({ length: dim }, () => rng.normal() * 10);
    for (let p = 0; p < per; p++) {
      const o = (c * per + p) * dim;
      for (let j = 0; j < dim; j++) out[o + j] = centre[j] + rng.normal() * 0.5;
    }
  }
  return out;
}

/** Share of points whose nearest 2-D neighbour is in the same cluster. */
function oneNnAccuracy(y: Float32Array, per: number): number {
  const n = y.length / 2;
  let ok = 0;
  for (let i = 0; i < n; i++) {
    let best = -1;
    let bd = Number.POSITIVE_INFINITY;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const d = (y[2 * i] - y[2 * j]) ** 2 + (y[2 * i + 1] - y[2 * j + 1]) ** 2;
      if (d < bd) {
        bd = d;
        best = j;
      }
    }
    if (Math.floor(best / per) === Math.floor(i / per)) ok++;
  }
  return ok / n;
}

/** Steps compared with the reference: few enough that float round-off, which the gains amplify, stays below 1e-9. */
const STEPS = 10;

function run(data: Float32Array, dim: number, iterations: number, opts = {}): Tsne {
  const t = new Tsne(data, dim, { perplexity: 10, cosine: false, ...opts });
  for (let i = 0; i < iterations; i++) t.step();
  return t;
}

describe('t-SNE', () => {
  it('joint probabilities are symmetric and sum to 1', () => {
    const x = Float64Array.from(blobs(2, 20, 5));
    const p = jointProbabilities(x, 40, 5, 5);
    let sum = 0;
    const at = (i: number, j: number) => {
      for (let e = p.start[i]; e < p.start[i + 1]; e++) if (p.cols[e] === j) return p.vals[e];
      return 0;
    };
    for (let i = 0; i < 40; i++) {
      for (let e = p.start[i]; e < p.start[i + 1]; e++) {
        sum += p.vals[e];
        expect(p.cols[e]).not.toBe(i);
        expect(at(p.cols[e], i)).toBeCloseTo(p.vals[e], 12);
      }
    }
    expect(sum).toBeCloseTo(1, 9);
  });

  it('separates well-separated clusters (Barnes–Hut and exact) and lowers KL', () => {
    const per = 30;
    const data = blobs(3, per, 10);
    for (const theta of [0, 0.5]) {
      const t = new Tsne(data, 10, { perplexity: 10, cosine: false, theta });
      for (let i = 0; i < 50; i++) t.step();
      const early = t.klDivergence();
      for (let i = 0; i < 450; i++) t.step();
      const y = t.coords();
      expect(oneNnAccuracy(y, per)).toBe(1);
      expect(t.klDivergence()).toBeLessThan(early);
      // Clusters are apart: every point is closer to its own centroid than to any other one.
      const cent = [0, 1, 2].map((c) => {
        let x = 0;
        let yy = 0;
        for (let p = 0; p < per; p++) {
          x += y[2 * (c * per + p)];
          yy += y[2 * (c * per + p) + 1];
        }
        return [x / per, yy / per];
      });
      for (let i = 0; i < 3 * per; i++) {
        const d = cent.map(([cx, cy]) => (y[2 * i] - cx) ** 2 + (y[2 * i + 1] - cy) ** 2);
        expect(d.indexOf(Math.min(...d))).toBe(Math.floor(i / per));
      }
    }
  });

  it('θ = 0 follows a brute-force exact t-SNE step for step; θ = 0.5 stays close', () => {
    const data = blobs(2, 15, 4);
    const exact = run(data, 4, STEPS, { theta: 0 });
    const approx = run(data, 4, STEPS, { theta: 0.5 });
    // Reference: the same optimiser with the O(n²) gradient written out directly.
    const ref = new Tsne(data, 4, { perplexity: 10, cosine: false });
    const n = ref.n;
    const y = ref.embedding;
    const gains = new Float64Array(2 * n).fill(1);
    const vel = new Float64Array(2 * n);
    const eta = Math.max(n / 12, 50);
    for (let it = 0; it < STEPS; it++) {
      const grad = new Float64Array(2 * n);
      let z = 0;
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++)
          if (i !== j) z += 1 / (1 + (y[2 * i] - y[2 * j]) ** 2 + (y[2 * i + 1] - y[2 * j + 1]) ** 2);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          if (i === j) continue;
          let pij = 0;
          for (let e = ref.p.start[i]; e < ref.p.start[i + 1]; e++)
            if (ref.p.cols[e] === j) pij = ref.p.vals[e];
          const dx = y[2 * i] - y[2 * j];
          const dy = y[2 * i + 1] - y[2 * j + 1];
          const w = 1 / (1 + dx * dx + dy * dy);
          const f = 4 * (12 * pij - w / z) * w;
          grad[2 * i] += f * dx;
          grad[2 * i + 1] += f * dy;
        }
      }
      for (let i = 0; i < 2 * n; i++) {
        gains[i] = Math.sign(grad[i]) !== Math.sign(vel[i]) ? gains[i] + 0.2 : Math.max(gains[i] * 0.8, 0.01);
        vel[i] = 0.5 * vel[i] - eta * gains[i] * grad[i];
        y[i] += vel[i];
      }
      let mx = 0;
      let my = 0;
      for (let i = 0; i < n; i++) {
        mx += y[2 * i] / n;
        my += y[2 * i + 1] / n;
      }
      for (let i = 0; i < n; i++) {
        y[2 * i] -= mx;
        y[2 * i + 1] -= my;
      }
    }
    let maxDiff = 0;
    let maxApprox = 0;
    let scale = 0;
    for (let i = 0; i < y.length; i++) {
      maxDiff = Math.max(maxDiff, Math.abs(exact.embedding[i] - y[i]));
      maxApprox = Math.max(maxApprox, Math.abs(approx.embedding[i] - y[i]));
      scale = Math.max(scale, Math.abs(y[i]));
    }
    expect(maxDiff).toBeLessThan(1e-9 * Math.max(1, scale));
    expect(maxApprox).toBeLessThan(0.05 * scale);
  });

  it('is reproducible for a seed and differs across seeds', () => {
    const data = blobs(2, 20, 6);
    const a = run(data, 6, 60, { seed: 3 }).coords();
    const b = run(data, 6, 60, { seed: 3 }).coords();
    const c = run(data, 6, 60, { seed: 4 }).coords();
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(c));
  });

  it('survives coincident points', () => {
    const data = new Float32Array(20 * 3);
    for (let i = 10; i < 20; i++) data.fill(5, i * 3, i * 3 + 3);
    const t = run(data, 3, 100, { perplexity: 3 });
    for (const v of t.embedding) expect(Number.isFinite(v)).toBe(true);
  });
});
