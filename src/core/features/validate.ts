/**
 * Checks a feature set before any classifier trains on it, so a producer's slip or an impossible
 * data set is one sentence up front: the shape, finite values, at least two classes, and enough
 * texts of every class for the split.
 */
import { DEFAULT_SPLIT, minPerClass, splitSizes } from '../classify/split';
import { UserError } from '../errors';
import type { FeatureSet } from './types';

export interface FeatureSetSummary {
  name: string;
  /** Rows (texts). */
  n: number;
  d: number;
  labels: string[];
  /** Rows per class. */
  counts: number[];
  /** Rows of each part of the split. */
  sizes: { train: number; validation: number; test: number };
  dataKey: string | null;
}

/** Throws a UserError unless `set` can be split and trained on; returns what to show about it. */
export function checkFeatureSet(set: FeatureSet): FeatureSetSummary {
  const n = set.y.length;
  const { d, name } = set;
  if (!Number.isInteger(d) || d < 1 || set.x.length !== n * d) {
    throw new UserError(
      'features-shape',
      `The feature set "${name}" has ${set.x.length} numbers for ${n} texts of ${d} features each; ${n * d} were expected.`,
      { name, values: set.x.length, rows: n, d, expected: n * d },
    );
  }
  const k = set.labels.length;
  const counts = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) {
    const c = set.y[i];
    if (!(Number.isInteger(c) && c >= 0 && c < k))
      throw new Error(`checkFeatureSet: label index ${c} at row ${i}`);
    counts[c]++;
  }
  const present = counts.filter((c) => c > 0).length;
  if (present < 2) {
    const only = counts.findIndex((c) => c > 0);
    throw new UserError(
      'features-one-class',
      `Every text in "${name}" has the label "${only >= 0 ? set.labels[only] : ''}": a classifier needs at least two classes.`,
      { name, label: only >= 0 ? set.labels[only] : '' },
    );
  }
  const split = set.split ?? DEFAULT_SPLIT;
  const need = minPerClass(split);
  for (let c = 0; c < k; c++) {
    if (counts[c] > 0 && counts[c] < need) {
      throw new UserError(
        'features-too-few',
        `Class "${set.labels[c]}" has only ${counts[c]} texts in "${name}"; splitting into training, validation and test sets needs at least ${need} of every class.`,
        { name, label: set.labels[c], count: counts[c], need },
      );
    }
  }
  const x = set.x;
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i])) {
      const row = Math.floor(i / d);
      throw new UserError(
        'features-nan',
        `Feature ${(i % d) + 1} of text ${row + 1} in "${name}" is ${String(x[i])}; every feature must be a finite number.`,
        { name, feature: (i % d) + 1, row: row + 1, value: String(x[i]) },
      );
    }
  }
  const sizes = { train: 0, validation: 0, test: 0 };
  for (const c of counts) {
    if (c === 0) continue;
    const s = splitSizes(c, split);
    sizes.train += s.train;
    sizes.validation += s.validation;
    sizes.test += s.test;
  }
  return { name, n, d, labels: set.labels.slice(), counts, sizes, dataKey: set.dataKey ?? null };
}
