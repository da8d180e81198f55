import { describe, expect, it } from 'vitest';
import { Rng } from '../rng.ts';
import { UmapRun } from './umap.ts';

function blobs(per: number, dim: number): Float32Array {
  const rng = new Rng(11);
  const out = new Float32Array(2 * per * dim);
  for (let c = 0; c < 2; c++) {
    const centre = Array.from({ length: dim }, () => rng.normal());
    for (let p = 0; p < per; p++)
      for (let j = 0; j < dim; j++) out[(c * per + p) * dim + j] = centre[j] + rng.normal() * 0.05;
  }
  return out;
}

function runAll(data: Float32Array, seed: number): Float32Array {
  const u = new UmapRun(data, 8, { neighbours: 10, epochs: 100, seed });
  while (u.step()) {}
  expect(u.epoch).toBe(100);
  return u.coords();
}

describe('UMAP', () => {
  it('is reproducible for a seed and keeps two clusters apart', () => {
    const data = blobs(40, 8);
    const a = runAll(data, 5);
    const b = runAll(data, 5);
    expect(Array.from(a)).toEqual(Array.from(b));
    const c = runAll(data, 6);
    expect(Array.from(a)).not.toEqual(Array.from(c));
    const cent = (k: number) => {
      let x = 0;
      let y = 0;
      for (let i = k * 40; i < (k + 1) * 40; i++) {
        x += a[2 * i] / 40;
        y += a[2 * i + 1] / 40;
      }
      return [x, y];
    };
    const c0 = cent(0);
    const c1 = cent(1);
    for (let i = 0; i < 80; i++) {
      const d0 = (a[2 * i] - c0[0]) ** 2 + (a[2 * i + 1] - c0[1]) ** 2;
      const d1 = (a[2 * i] - c1[0]) ** 2 + (a[2 * i + 1] - c1[1]) ** 2;
      expect(d0 < d1).toBe(i < 40);
    }
  });
});
