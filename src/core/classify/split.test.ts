import { describe, expect, it } from 'vitest';
import { isUserError } from '../errors';
import { Rng } from '../rng';
import { checkFractions, DEFAULT_SPLIT, minPerClass, splitSizes, stratifiedSplit } from './split';

describe('splitSizes', () => {
  it('rounds each class share and gives training the rest', () => {
    // 100 × 0.15 = 15 each, 70 left for training.
    expect(splitSizes(100, DEFAULT_SPLIT)).toEqual({ train: 70, validation: 15, test: 15 });
    // 10 × 0.15 = 1.5 → 2 (Math.round rounds half up), training 6.
    expect(splitSizes(10, DEFAULT_SPLIT)).toEqual({ train: 6, validation: 2, test: 2 });
    // 3 examples: 0.45 rounds to 0, raised to 1 each; training keeps 1.
    expect(splitSizes(3, DEFAULT_SPLIT)).toEqual({ train: 1, validation: 1, test: 1 });
  });

  it('takes back from validation/test when they would leave training empty', () => {
    // 4 × 0.45 = 1.8 → 2 each, training 0; test gives one back.
    expect(splitSizes(4, { train: 0.1, validation: 0.45, test: 0.45 })).toEqual({
      train: 1,
      validation: 2,
      test: 1,
    });
  });

  it('gives nothing to a part with share 0', () => {
    expect(splitSizes(10, { train: 0.8, validation: 0, test: 0.2 })).toEqual({
      train: 8,
      validation: 0,
      test: 2,
    });
    expect(minPerClass({ train: 0.8, validation: 0, test: 0.2 })).toBe(2);
    expect(minPerClass(DEFAULT_SPLIT)).toBe(3);
  });
});

describe('checkFractions', () => {
  it('refuses shares that do not add up or a zero training share', () => {
    const code = (f: () => void) => {
      try {
        f();
      } catch (e) {
        return isUserError(e) ? e.code : 'other';
      }
      return 'none';
    };
    expect(code(() => checkFractions({ train: 0.7, validation: 0.2, test: 0.2 }))).toBe('bad-split');
    expect(code(() => checkFractions({ train: 0, validation: 0.5, test: 0.5 }))).toBe('bad-split-share');
    expect(code(() => checkFractions({ train: 0.7, validation: 0.15, test: 0.15 }))).toBe('none');
  });
});

describe('stratifiedSplit', () => {
  // 80 of class 0, 20 of class 1, interleaved.
  const labels = Int32Array.from({ length: 100 }, (_, i) => (i % 5 === 0 ? 1 : 0));

  it('splits each class in proportion, covering every index once', () => {
    const s = stratifiedSplit(labels, 2, DEFAULT_SPLIT, new Rng(7));
    const count = (idx: Int32Array, c: number) => idx.filter((i) => labels[i] === c).length;
    expect([count(s.train, 0), count(s.validation, 0), count(s.test, 0)]).toEqual([56, 12, 12]);
    expect([count(s.train, 1), count(s.validation, 1), count(s.test, 1)]).toEqual([14, 3, 3]);
    const all = [...s.train, ...s.validation, ...s.test].sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('is the same for the same seed and different for another', () => {
    const a = stratifiedSplit(labels, 2, DEFAULT_SPLIT, new Rng(42));
    const b = stratifiedSplit(labels, 2, DEFAULT_SPLIT, new Rng(42));
    const c = stratifiedSplit(labels, 2, DEFAULT_SPLIT, new Rng(43));
    expect(b).toEqual(a);
    expect([...c.test]).not.toEqual([...a.test]);
  });
});
