import { describe, expect, it } from 'vitest';
import { Rng } from '../rng.ts';
import { placeLabels } from './labels.ts';

function overlaps(a: { x: number; y: number; width: number }, b: typeof a, h: number): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + h && b.y < a.y + h;
}

describe('placeLabels', () => {
  it('never overlaps, stays in view and keeps priority order among placed labels', () => {
    const rng = new Rng(5);
    const n = 20_000;
    const x = new Float32Array(n);
    const y = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      x[i] = rng.next() * 900 - 50;
      y[i] = rng.next() * 700 - 50;
    }
    const order = Array.from({ length: n }, (_, i) => i);
    const widths = order.map((i) => 20 + (i % 7) * 9);
    const h = 14;
    const placed = placeLabels({
      x,
      y,
      order,
      width: (i) => widths[i],
      height: h,
      viewWidth: 800,
      viewHeight: 600,
    });
    expect(placed.length).toBeGreaterThan(50);
    expect(placed.length).toBeLessThanOrEqual(300);
    for (let a = 0; a < placed.length; a++) {
      const p = placed[a];
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.x + p.width).toBeLessThanOrEqual(800);
      expect(p.y + h).toBeLessThanOrEqual(600);
      if (a > 0) expect(p.index).toBeGreaterThan(placed[a - 1].index);
      for (let b = 0; b < a; b++) expect(overlaps(p, placed[b], h)).toBe(false);
    }
  });

  it('places the first candidate to the right of its point and moves a clashing one elsewhere', () => {
    const placed = placeLabels({
      x: [100, 104],
      y: [100, 100],
      order: [0, 1],
      width: () => 40,
      height: 10,
      viewWidth: 400,
      viewHeight: 300,
    });
    expect(placed[0]).toEqual({ index: 0, x: 104, y: 95, width: 40 });
    expect(placed).toHaveLength(2);
    expect(overlaps(placed[0], placed[1], 10)).toBe(false);
  });

  it('skips off-screen points and honours maxLabels', () => {
    const placed = placeLabels({
      x: [-10, 50, 150, 250],
      y: [10, 50, 50, 50],
      order: [0, 1, 2, 3],
      width: () => 30,
      height: 10,
      viewWidth: 400,
      viewHeight: 100,
      maxLabels: 2,
    });
    expect(placed.map((p) => p.index)).toEqual([1, 2]);
  });
});
