import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATASET } from '../core/classify/dataset';
import { Rng } from '../core/rng';
import { ClassifierSession, DEFAULT_MODEL } from './session';
import { tf } from './tf';
import { DEFAULT_FIT } from './train';

/** A CSV with a quoted multi-line field: "good"/"bad" words decide the label. */
function csv(n: number): string {
  const rng = new Rng(9);
  const good = ['great', 'lovely', 'superb', 'wonderful'];
  const bad = ['awful', 'boring', 'dreadful', 'poor'];
  const filler = ['plot', 'actor', 'scene', 'music', 'ending', 'story', 'camera'];
  const lines = ['id,review,sentiment'];
  for (let i = 0; i < n; i++) {
    const pos = i % 2 === 0;
    const words = Array.from({ length: 3 + rng.int(5) }, () => filler[rng.int(filler.length)]);
    words.splice(rng.int(words.length), 0, (pos ? good : bad)[rng.int(4)]);
    lines.push(`${i},"${words.join(' ')},\nreally ""${pos ? 'yes' : 'no'}""",${pos ? 'pos' : 'neg'}`);
  }
  return lines.join('\n');
}

describe('ClassifierSession', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('prepares a CSV, trains, reports on the test set and predicts typed text', async () => {
    const s = new ClassifierSession();
    const data = await s.prepare(
      { kind: 'file', file: new Blob([csv(160)]), title: 'reviews.csv' },
      { ...DEFAULT_DATASET, seed: 1 },
    );
    expect(data.textColumn).toBe('review');
    expect(data.labelColumn).toBe('sentiment');
    expect(data.classes).toEqual(['neg', 'pos']);
    expect(data.sizes.train + data.sizes.validation + data.sizes.test).toBe(160);
    const built = s.build({
      ...DEFAULT_MODEL,
      embedding: 'random',
      randomDim: 16,
      lstmUnits: 16,
      denseUnits: 8,
      dropout: 0,
      embeddingTrainable: true,
    });
    expect(built.summary.nonTrainable).toBe(0);
    expect(built.coverage).toBeNull();
    const out = await s.train(
      { ...DEFAULT_FIT, epochs: 12, batchSize: 16, learningRate: 0.01, patience: 0 },
      {},
    );
    expect(out.test.report.total).toBe(data.sizes.test);
    expect(out.test.report.accuracy).toBeGreaterThan(0.8);
    const p = await s.predict('What a wonderful, superb story!');
    expect(p.probabilities.map((x) => x.label)).toEqual(['neg', 'pos']);
    expect(p.probabilities[1].p).toBeGreaterThan(0.5);
    expect(p.tokens.find((t) => t.token === 'wonderful')?.oov).toBe(false);
    expect(p.tokens.find((t) => t.token === 'what')).toBeUndefined();
    const q = await s.predict('zebra quokka');
    expect(q.tokens.every((t) => t.oov)).toBe(true);
    // Training the same model again, then building a new one, frees the previous optimizer's
    // moment variables and the old model's weights: the tensor count comes back to where it was.
    const fit2 = { ...DEFAULT_FIT, epochs: 1, batchSize: 16, patience: 0 };
    await s.train(fit2, {});
    const afterOne = tf.memory().numTensors;
    await s.train(fit2, {});
    expect(tf.memory().numTensors).toBe(afterOne);
  }, 120_000);

  it('builds the embedding from word vectors and reports coverage; refuses when there are none', async () => {
    const s = new ClassifierSession();
    await s.prepare({ kind: 'file', file: new Blob([csv(60)]), title: 'reviews.csv' }, DEFAULT_DATASET);
    expect(() => s.build(DEFAULT_MODEL)).toThrow('There are no word vectors yet');
    const words = ['plot', 'actor', 'great', 'awful'];
    s.setVectors('tiny', { words, dim: 4, data: new Float32Array(16).fill(0.5) });
    const r = s.build({ ...DEFAULT_MODEL, lstmUnits: 4, denseUnits: 0 });
    expect(r.embeddingDim).toBe(4);
    expect(r.coverage?.found).toBe(4);
    expect(r.summary.nonTrainable).toBe(r.summary.rows[0].params);
  });
});
