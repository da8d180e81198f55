/**
 * Seeded stratified split into training, validation and test sets: every class is divided in the
 * same proportions, so a rare class is not left out of the test set by chance.
 */
import { UserError } from '../errors';
import type { Rng } from '../rng';

/** Shares of the data, each in [0, 1], summing to 1. `train` must be above 0; the others may be 0. */
export interface SplitFractions {
  train: number;
  validation: number;
  test: number;
}

export const DEFAULT_SPLIT: Readonly<SplitFractions> = { train: 0.7, validation: 0.15, test: 0.15 };

/** Indices into the records (or labels) array, each part in shuffled order. */
export interface Split {
  train: Int32Array;
  validation: Int32Array;
  test: Int32Array;
}

/** Throws a UserError unless the fractions are usable. */
export function checkFractions(f: SplitFractions): void {
  const parts = [f.train, f.validation, f.test];
  if (parts.some((p) => !Number.isFinite(p) || p < 0 || p > 1) || f.train <= 0) {
    throw new UserError(
      'bad-split-share',
      'The training share must be above 0 and the validation and test shares between 0 and 1.',
    );
  }
  if (Math.abs(f.train + f.validation + f.test - 1) > 1e-6) {
    throw new UserError('bad-split', 'The training, validation and test shares must add up to 100%.');
  }
}

/**
 * How many examples of one class, `n` of them, go to each part. Validation and test get
 * round(n × fraction) but at least 1 when their fraction is above 0; training gets the rest, and at
 * least 1 (validation or test, the larger, gives one back until it does). So a class needs at least
 * `minPerClass(f)` examples: 3 with the default fractions.
 */
export function splitSizes(
  n: number,
  f: SplitFractions,
): { train: number; validation: number; test: number } {
  let validation = f.validation > 0 ? Math.max(1, Math.round(n * f.validation)) : 0;
  let test = f.test > 0 ? Math.max(1, Math.round(n * f.test)) : 0;
  while (n - validation - test < 1 && (validation > 1 || test > 1)) {
    if (test >= validation) test--;
    else validation--;
  }
  return { train: n - validation - test, validation, test };
}

/** The fewest examples a class may have: one for training, one for each part with a share above 0. */
export function minPerClass(f: SplitFractions): number {
  return 1 + (f.validation > 0 ? 1 : 0) + (f.test > 0 ? 1 : 0);
}

/**
 * Splits example indices 0 … labels.length − 1 by class. `labels[i]` is the class index (0 …
 * numClasses − 1) of example i. Classes are taken in index order, each class's examples shuffled
 * with `rng` and cut by `splitSizes`; each part is then shuffled again so classes interleave. The
 * same labels, fractions and seed give the same split. Classes with too few examples must have
 * been refused before (see `validateLabelled`); here they are a bug.
 */
export function stratifiedSplit(
  labels: ArrayLike<number>,
  numClasses: number,
  fractions: SplitFractions,
  rng: Rng,
): Split {
  checkFractions(fractions);
  const byClass: number[][] = Array.from({ length: numClasses }, () => []);
  for (let i = 0; i < labels.length; i++) byClass[labels[i]].push(i);
  const train: number[] = [];
  const validation: number[] = [];
  const test: number[] = [];
  for (let c = 0; c < numClasses; c++) {
    const idx = byClass[c];
    if (idx.length === 0) continue;
    const size = splitSizes(idx.length, fractions);
    if (size.train < 1) throw new Error(`stratifiedSplit: class ${c} has only ${idx.length} examples`);
    rng.shuffle(idx);
    for (let k = 0; k < idx.length; k++) {
      if (k < size.test) test.push(idx[k]);
      else if (k < size.test + size.validation) validation.push(idx[k]);
      else train.push(idx[k]);
    }
  }
  const out = {
    train: Int32Array.from(train),
    validation: Int32Array.from(validation),
    test: Int32Array.from(test),
  };
  rng.shuffle(out.train);
  rng.shuffle(out.validation);
  rng.shuffle(out.test);
  return out;
}
