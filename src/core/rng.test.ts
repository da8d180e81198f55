import { describe, expect, it } from 'vitest';
import { Rng } from './rng';

describe('Rng', () => {
  it('gives the same sequence for the same seed and different ones for different seeds', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const seqA = Array.from({ length: 8 }, () => a.nextU32());
    const seqB = Array.from({ length: 8 }, () => b.nextU32());
    const seqC = Array.from({ length: 8 }, () => c.nextU32());
    expect(seqA).toEqual(seqB);
    expect(seqA).not.toEqual(seqC);
  });

  it('draws integers uniformly', () => {
    const rng = new Rng(7);
    const counts = new Array(10).fill(0);
    const n = 100_000;
    for (let i = 0; i < n; i++) counts[rng.int(10)]++;
    for (const c of counts) expect(Math.abs(c - n / 10)).toBeLessThan(500);
  });

  it('shuffles reproducibly and keeps every element', () => {
    const x = Array.from({ length: 50 }, (_, i) => i);
    const y = x.slice();
    new Rng(1).shuffle(x);
    new Rng(1).shuffle(y);
    expect(x).toEqual(y);
    expect(x.slice().sort((p, q) => p - q)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(x).not.toEqual(Array.from({ length: 50 }, (_, i) => i));
  });
});
