import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET, prepareDataset } from '../classify/dataset';
import { DEFAULT_SPLIT, stratifiedSplit } from '../classify/split';
import { UserError } from '../errors';
import { Rng } from '../rng';
import { labelledDataKey } from './dataKey';
import { fitStandardizer, gatherLabels, gatherRows, standardize } from './matrix';
import { meanVectorFeatureSet, meanWordVectors } from './meanVectors';
import type { FeatureSet } from './types';
import { checkFeatureSet } from './validate';

function codeOf(f: () => unknown): string | null {
  try {
    f();
    return null;
  } catch (e) {
    return e instanceof UserError ? e.code : `not a UserError: ${String(e)}`;
  }
}

function set(n: number, d: number, y: number[], labels = ['a', 'b']): FeatureSet {
  return { name: 'test set', labels, y: Int32Array.from(y), x: new Float32Array(n * d), d };
}

describe('feature sets', () => {
  it('are checked: shape, one class, too few of a class, non-finite values', () => {
    const y = [0, 0, 0, 1, 1, 1];
    const ok = checkFeatureSet(set(6, 2, y));
    expect(ok.counts).toEqual([3, 3]);
    expect(ok.sizes).toEqual({ train: 2, validation: 2, test: 2 });
    expect(codeOf(() => checkFeatureSet({ ...set(6, 2, y), x: new Float32Array(11) }))).toBe(
      'features-shape',
    );
    expect(codeOf(() => checkFeatureSet({ ...set(6, 2, y), d: 0 }))).toBe('features-shape');
    expect(codeOf(() => checkFeatureSet(set(4, 2, [1, 1, 1, 1])))).toBe('features-one-class');
    expect(codeOf(() => checkFeatureSet(set(5, 2, [0, 0, 0, 1, 1])))).toBe('features-too-few');
    const nan = set(6, 2, y);
    nan.x[5] = Number.NaN;
    expect(() => checkFeatureSet(nan)).toThrow('Feature 2 of text 3 in "test set" is NaN');
    const inf = set(6, 2, y);
    inf.x[0] = Number.POSITIVE_INFINITY;
    expect(codeOf(() => checkFeatureSet(inf))).toBe('features-nan');
  });

  it('standardise with the statistics of the rows given (the training rows)', () => {
    const x = Float32Array.from([1, 5, 3, 5, 5, 5]); // 3 rows × 2; feature 2 constant
    const s = fitStandardizer(x, 2);
    expect(Array.from(s.mean)).toEqual([3, 5]);
    expect(s.scale[0]).toBeCloseTo(1 / Math.sqrt(8 / 3), 12);
    expect(s.scale[1]).toBe(1);
    const z = standardize(Float32Array.from([3, 5, 7, 6]), 2, s);
    expect(z[0]).toBe(0);
    expect(z[1]).toBe(0);
    expect(z[2]).toBeCloseTo(4 / Math.sqrt(8 / 3), 6);
    expect(z[3]).toBe(1);
    expect(Array.from(gatherRows(x, 2, Int32Array.from([2, 0])))).toEqual([5, 5, 1, 5]);
    expect(Array.from(gatherLabels(Int32Array.from([7, 8, 9]), Int32Array.from([2, 0])))).toEqual([9, 7]);
  });

  it('mean word vectors: the average of the known words, zeros for a text without any', () => {
    const vectors = { words: ['good', 'bad', 'film'], dim: 2, data: Float32Array.from([1, 0, -1, 0, 0, 2]) };
    const m = meanWordVectors([['good', 'film', 'unknown'], ['bad'], ['nothing', 'here']], vectors);
    expect(Array.from(m.x)).toEqual([0.5, 1, -1, 0, 0, 0]);
    expect(m.textsWithoutVectors).toBe(1);
    expect(m.tokenCoverage).toBeCloseTo(3 / 6, 12);
  });

  it('from prepared data: the same texts, classes and split as the LSTM classifier, and a data key', async () => {
    const words = ['cheap', 'win', 'offer', 'meeting', 'lunch', 'report'];
    const records = Array.from({ length: 60 }, (_, i) => ({
      text: `${words[(i % 3) + (i % 2) * 3]} ${words[(i * 5) % 6]} note ${i}`,
      label: i % 2 === 0 ? 'spam' : 'ham',
    }));
    const options = { ...DEFAULT_DATASET, seed: 7 };
    const data = await prepareDataset(records, options);
    const vectors = { words, dim: 3, data: new Float32Array(18).map((_, i) => i) };
    const r = await meanVectorFeatureSet(data, options, vectors, 'toy');
    expect(r.set.labels).toEqual(['ham', 'spam']);
    expect(r.set.name).toBe('mean word vectors (toy)');
    expect(r.set.x.length).toBe(60 * 3);
    // Text 0 is "cheap cheap note 0": its mean is cheap's vector.
    expect(Array.from(r.set.x.subarray(0, 3))).toEqual([0, 1, 2]);
    const again = stratifiedSplit(r.set.y, 2, r.set.split ?? DEFAULT_SPLIT, new Rng(r.set.seed ?? 0));
    expect(Array.from(again.train)).toEqual(Array.from(data.train.rows));
    expect(Array.from(again.validation)).toEqual(Array.from(data.validation.rows));
    expect(Array.from(again.test)).toEqual(Array.from(data.test.rows));
    expect(r.set.dataKey).toBe(labelledDataKey(data.records, DEFAULT_SPLIT, 7));
    expect(r.set.dataKey).not.toBe(labelledDataKey(data.records, DEFAULT_SPLIT, 8));
    expect(labelledDataKey([{ text: 'ab', label: 'c' }], DEFAULT_SPLIT, 1)).not.toBe(
      labelledDataKey([{ text: 'a', label: 'bc' }], DEFAULT_SPLIT, 1),
    );
    expect(checkFeatureSet(r.set).sizes).toEqual({
      train: data.train.n,
      validation: data.validation.n,
      test: data.test.n,
    });
  });
});
