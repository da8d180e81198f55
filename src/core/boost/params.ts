/**
 * Options of the gradient-boosted trees, named and defaulted as LightGBM names them (camelCase of
 * `num_leaves`, `min_data_in_leaf`, …), so a LightGBM configuration carries over. The one default
 * that differs: early stopping is on (10 rounds) because the page always has a validation set.
 */
import { UserError } from '../errors';

export interface GbdtParams {
  /** Boosting rounds (`num_iterations`); each round adds one tree per class (one for binary). */
  numIterations: number;
  /** Shrinkage applied to every leaf value (`learning_rate`). */
  learningRate: number;
  /** Most leaves a tree may have (`num_leaves`): the cap of leaf-wise growth. */
  numLeaves: number;
  /** Deepest a leaf may be, root = 0; −1 = no limit (`max_depth`). */
  maxDepth: number;
  /** Fewest training rows in a leaf (`min_data_in_leaf`). */
  minDataInLeaf: number;
  /** Smallest hessian sum in a leaf (`min_sum_hessian_in_leaf`). */
  minSumHessianInLeaf: number;
  /** L1 penalty on leaf values (`lambda_l1`). */
  lambdaL1: number;
  /** L2 penalty on leaf values (`lambda_l2`): leaf value = −G / (H + λ₂) · learning rate. */
  lambdaL2: number;
  /** A split must gain at least this much (`min_gain_to_split`). */
  minGainToSplit: number;
  /** Most histogram bins per feature (`max_bin`), at most 255 so a bin fits a byte. */
  maxBin: number;
  /** Share of features each tree may split on, drawn per tree (`feature_fraction`). */
  featureFraction: number;
  /** Share of training rows each tree sees (`bagging_fraction`), redrawn every `baggingFreq` rounds. */
  baggingFraction: number;
  /** Redraw the bag every k rounds; 0 = no bagging (`bagging_freq`). */
  baggingFreq: number;
  /** Stop after this many rounds without a better validation loss and keep the best round; 0 = never. */
  earlyStoppingRounds: number;
  /** Rows sampled to place the bin boundaries (`bin_construct_sample_cnt`). */
  binConstructSampleCnt: number;
  /** Seeds bin sampling, feature fraction and bagging. */
  seed: number;
}

export const DEFAULT_GBDT: Readonly<GbdtParams> = {
  numIterations: 100,
  learningRate: 0.1,
  numLeaves: 31,
  maxDepth: -1,
  minDataInLeaf: 20,
  minSumHessianInLeaf: 1e-3,
  lambdaL1: 0,
  lambdaL2: 0,
  minGainToSplit: 0,
  maxBin: 255,
  featureFraction: 1,
  baggingFraction: 1,
  baggingFreq: 0,
  earlyStoppingRounds: 10,
  binConstructSampleCnt: 200_000,
  seed: 42,
};

/** `[name, lowest, highest, integer]` of every option; a lowest of 0 with `above` = must exceed 0. */
const RANGES: readonly [keyof GbdtParams, number, number, 'whole' | 'number' | 'above'][] = [
  ['numIterations', 1, 100_000, 'whole'],
  ['learningRate', 0, 10, 'above'],
  ['numLeaves', 2, 131_072, 'whole'],
  ['maxDepth', -1, 1000, 'whole'],
  ['minDataInLeaf', 1, 1e9, 'whole'],
  ['minSumHessianInLeaf', 0, 1e9, 'number'],
  ['lambdaL1', 0, 1e9, 'number'],
  ['lambdaL2', 0, 1e9, 'number'],
  ['minGainToSplit', 0, 1e9, 'number'],
  ['maxBin', 2, 255, 'whole'],
  ['featureFraction', 0, 1, 'above'],
  ['baggingFraction', 0, 1, 'above'],
  ['baggingFreq', 0, 100_000, 'whole'],
  ['earlyStoppingRounds', 0, 100_000, 'whole'],
  ['binConstructSampleCnt', 1, 1e9, 'whole'],
  ['seed', 0, 2 ** 32 - 1, 'whole'],
];

/** The options over the defaults; throws a UserError naming the first option out of range. */
export function gbdtParams(options: Partial<GbdtParams> = {}): GbdtParams {
  const p: GbdtParams = { ...DEFAULT_GBDT, ...options };
  for (const [name, min, max, kind] of RANGES) {
    const v = p[name];
    // Messages use LightGBM's parameter names (num_leaves), which the page shows beside each field.
    const option = name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    const params = { name: option, value: String(v), min, max };
    if (name === 'maxDepth' && (v === 0 || !Number.isInteger(v) || v < -1 || v > max)) {
      throw new UserError(
        'gbdt-bad-max-depth',
        `The boosted trees' option max_depth is ${String(v)}; it must be −1 (no limit) or a whole number from 1 to ${max}.`,
        params,
      );
    }
    if (!Number.isFinite(v) || v > max || v < min || (kind === 'above' && v <= 0)) {
      if (kind === 'above') {
        throw new UserError(
          'gbdt-bad-fraction',
          `The boosted trees' option ${option} is ${String(v)}; it must be above 0 and at most ${max}.`,
          params,
        );
      }
      throw new UserError(
        'gbdt-bad-option',
        `The boosted trees' option ${option} is ${String(v)}; it must be from ${min} to ${max}.`,
        params,
      );
    }
    if (kind === 'whole' && !Number.isInteger(v)) {
      throw new UserError(
        'gbdt-not-whole',
        `The boosted trees' option ${option} is ${String(v)}; it must be a whole number.`,
        params,
      );
    }
  }
  return p;
}
