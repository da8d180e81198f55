import { beforeAll, describe, expect, it } from 'vitest';
import { buildClassifier, type ClassifierSpec, DEFAULT_SPEC, summarize } from './classifier';
import { tf } from './tf';

const base: ClassifierSpec = {
  ...DEFAULT_SPEC,
  vocabSize: 1000,
  embeddingDim: 100,
  maxlen: 20,
  numClasses: 2,
};

describe('classifier model', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('counts parameters as Keras does: frozen 1000×100 embedding, LSTM(50) on 100 dims = 30,200', () => {
    const model = buildClassifier({ ...base, lstmUnits: 50, denseUnits: 16, embeddingTrainable: false });
    const s = summarize(model);
    const byName = Object.fromEntries(s.rows.map((r) => [r.name, r]));
    expect(byName.embedding.params).toBe(100_000);
    expect(byName.embedding.outputShape).toBe('(None, 20, 100)');
    expect(byName.lstm.params).toBe(30_200);
    expect(byName.lstm.outputShape).toBe('(None, 50)');
    expect(byName.dense.params).toBe(50 * 16 + 16);
    expect(byName.output.params).toBe(16 + 1);
    expect(s.nonTrainable).toBe(100_000);
    expect(s.trainable).toBe(30_200 + 816 + 17);
    expect(s.total).toBe(s.trainable + s.nonTrainable);
    model.dispose();
  });

  it('moves the embedding to trainable when fine-tuned, and doubles the LSTM when bidirectional', () => {
    const model = buildClassifier({
      ...base,
      lstmUnits: 50,
      denseUnits: 0,
      embeddingTrainable: true,
      bidirectional: true,
      numClasses: 3,
    });
    const s = summarize(model);
    expect(s.nonTrainable).toBe(0);
    const bi = s.rows.find((r) => r.type === 'Bidirectional');
    expect(bi?.params).toBe(60_400);
    expect(bi?.outputShape).toBe('(None, 100)');
    expect(s.rows.at(-1)?.params).toBe(100 * 3 + 3);
    model.dispose();
  });

  it('builds identical weights from the same seed and loads given embedding weights', () => {
    const weights = new Float32Array(50 * 4).map((_, i) => (i % 7) / 10);
    weights.fill(0, 0, 4);
    const spec = {
      ...base,
      vocabSize: 50,
      embeddingDim: 4,
      embeddingWeights: weights,
      lstmUnits: 3,
      denseUnits: 2,
    };
    const a = buildClassifier(spec);
    const b = buildClassifier(spec);
    const wa = a.getWeights().map((w) => Array.from(w.dataSync()));
    const wb = b.getWeights().map((w) => Array.from(w.dataSync()));
    expect(wa).toEqual(wb);
    // Frozen weights come last in getWeights(); read the embedding layer's own.
    expect(a.getLayer('embedding').getWeights()[0].dataSync()).toEqual(weights);
    const c = buildClassifier({ ...spec, seed: spec.seed + 1 });
    expect(c.getWeights().map((w) => Array.from(w.dataSync()))).not.toEqual(wa);
    for (const m of [a, b, c]) m.dispose();
  });
});
