import { describe, expect, it } from 'vitest';
import { distributionCharts, logSpaced, negativeProbabilities } from './distributions.ts';
import { keepProbabilities } from './tables.ts';
import { buildCorpus } from './vocab.ts';

describe('corpus distributions', () => {
  // Word wK occurs 64 / K times (K = 1, 2, 4, … 64), one word per line.
  const lines: string[] = [];
  for (let k = 1; k <= 64; k *= 2) for (let i = 0; i < 64 / k; i++) lines.push(`w${k}`);
  const data = buildCorpus(lines.join('\n'), { minCount: 1 });

  it('raw and 0.75 probabilities sum to one and flatten the distribution', () => {
    const c = distributionCharts(data.vocab, { power: 0.75, sample: 0, tableSize: 1e8 });
    expect(c.words).toBe(7);
    expect(c.curve.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const raw = c.curve.reduce((s, r) => s + r.raw, 0);
    const neg = c.curve.reduce((s, r) => s + r.negative, 0);
    expect(raw).toBeCloseTo(1, 12);
    expect(neg).toBeCloseTo(1, 6);
    // Raw: w1 has 64 of 127 tokens; raised to 0.75 the most frequent word loses share, the rarest gains.
    expect(c.top[0].raw).toBeCloseTo(64 / 127, 12);
    expect(c.top[0].negative).toBeLessThan(c.top[0].raw);
    expect(c.top[6].negative).toBeGreaterThan(c.top[6].raw);
    // The formula: count^0.75 normalised with </s> (one per line end), </s>'s share spread evenly.
    const ends = data.vocab.counts[0];
    expect(ends).toBeGreaterThanOrEqual(126);
    const z = ends ** 0.75 + [64, 32, 16, 8, 4, 2, 1].reduce((s, x) => s + x ** 0.75, 0);
    for (const r of c.top) {
      expect(r.negative).toBeCloseTo(r.count ** 0.75 / z + ends ** 0.75 / z / 7, 6);
    }
    expect(c.sentenceEndShare).toBeCloseTo(ends ** 0.75 / z, 6);
    // Power 0 makes every entry, </s> included, equally likely.
    const flat = negativeProbabilities(data.vocab.counts, 1e8, 0);
    for (let w = 1; w < 8; w++) expect(flat.probabilities[w]).toBeCloseTo(1 / 8 + 1 / 8 / 7, 6);
  });

  it('keep probability is the engine’s keepProbabilities, capped at 1, falling with frequency', () => {
    const sample = 0.01;
    const c = distributionCharts(data.vocab, { power: 0.75, sample, tableSize: 1e8 });
    const engine = keepProbabilities(data.vocab.counts, data.vocab.trainWords, sample);
    for (const r of c.top) expect(r.keep).toBe(Math.min(1, engine[r.id]));
    expect(c.top[0].keep).toBeLessThan(1);
    expect(c.top[6].keep).toBe(1);
    for (let i = 1; i < c.keepCurve.length; i++) {
      expect(c.keepCurve[i].frequency).toBeGreaterThan(c.keepCurve[i - 1].frequency);
      expect(c.keepCurve[i].keep).toBeLessThanOrEqual(c.keepCurve[i - 1].keep);
    }
    const expectedDropped =
      [64, 32, 16, 8, 4, 2, 1].reduce((s, x, i) => s + x * (1 - Math.min(1, engine[i + 1])), 0) / 127;
    expect(c.droppedShare).toBeCloseTo(expectedDropped, 12);
    const off = distributionCharts(data.vocab, { power: 0.75, sample: 0, tableSize: 1e8 });
    expect(off.droppedShare).toBe(0);
    expect(off.keepCurve.every((p) => p.keep === 1)).toBe(true);
  });

  it('samples long rank curves on a log scale', () => {
    const r = logSpaced(100_000, 240);
    expect(r[0]).toBe(1);
    expect(r.at(-1)).toBe(100_000);
    expect(r.length).toBeLessThanOrEqual(241);
    for (let i = 1; i < r.length; i++) expect(r[i]).toBeGreaterThan(r[i - 1]);
  });
});
