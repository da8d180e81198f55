/**
 * Logistic regression and a small multilayer perceptron on feature vectors, in TensorFlow.js:
 *
 *   logreg: Dense(1, sigmoid) for two classes | Dense(C, softmax), L2 on the kernel
 *   mlp:    Dense(h, relu, L2) → Dropout(r) → Dense(1, sigmoid) | Dense(C, softmax)
 *
 * Input: [batch, d] float32, standardised with the training rows' mean and deviation. Trained by
 * the LSTM classifier's loop (`fitClassifier`: Adam, seeded shuffles, early stopping on the
 * validation loss with the best weights restored), so the two kinds of model learn alike.
 */
import { UserError } from '../core/errors';
import { isBinary } from './classifier';
import type { DenseOptions } from './options';
import { tf, tfl } from './tf';
import {
  compileClassifier,
  disposeCompiled,
  type FitControl,
  type FitResult,
  fitClassifier,
  predictProbabilities,
  type SequenceSet,
} from './train';

export type DenseKind = 'logreg' | 'mlp';

export { DEFAULT_LOGREG, DEFAULT_MLP, type DenseOptions } from './options';

/** `[option, lowest, highest, whole number]` of the settings a user types. */
const DENSE_RANGES: readonly [string, (o: DenseOptions) => number, number, number, boolean][] = [
  ['hiddenUnits', (o) => o.hiddenUnits, 1, 4096, true],
  ['dropout', (o) => o.dropout, 0, 0.95, false],
  ['l2', (o) => o.l2, 0, 10, false],
  ['learningRate', (o) => o.fit.learningRate, 1e-6, 10, false],
  ['epochs', (o) => o.fit.epochs, 1, 10_000, true],
  ['batchSize', (o) => o.fit.batchSize, 1, 65_536, true],
  ['patience', (o) => o.fit.patience, 0, 10_000, true],
  ['seed', (o) => o.fit.seed, 0, 2 ** 32 - 1, true],
];

/** Throws a UserError naming the first option out of range (hidden units only for the MLP). */
export function checkDenseOptions(kind: DenseKind, o: DenseOptions): void {
  for (const [name, get, min, max, whole] of DENSE_RANGES) {
    if (kind === 'logreg' && (name === 'hiddenUnits' || name === 'dropout')) continue;
    const v = get(o);
    // Named as Keras names them (learning_rate, batch_size), as the page's fields say.
    const option = name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    const params = { name: option, value: String(v), min, max };
    if (!Number.isFinite(v) || v < min || v > max) {
      throw new UserError(
        'dense-bad-option',
        `The option ${option} is ${String(v)}; it must be from ${min} to ${max}.`,
        params,
      );
    }
    if (whole && !Number.isInteger(v)) {
      throw new UserError(
        'dense-not-whole',
        `The option ${option} is ${String(v)}; it must be a whole number.`,
        params,
      );
    }
  }
}

/** The network for `d` features and `numClasses` classes; weights seeded from `fit.seed`. */
export function buildDenseClassifier(
  kind: DenseKind,
  d: number,
  numClasses: number,
  o: DenseOptions,
): tfl.LayersModel {
  let seed = o.fit.seed >>> 0;
  const nextSeed = () => (seed = (seed * 1103515245 + 12345) >>> 0);
  const regularizer = o.l2 > 0 ? tfl.regularizers.l2({ l2: o.l2 }) : undefined;
  const input = tfl.input({ shape: [d], dtype: 'float32', name: 'features' });
  let x: tfl.SymbolicTensor = input;
  if (kind === 'mlp') {
    x = tfl.layers
      .dense({
        name: 'hidden',
        units: o.hiddenUnits,
        activation: 'relu',
        kernelInitializer: tfl.initializers.heNormal({ seed: nextSeed() }),
        kernelRegularizer: regularizer,
      })
      .apply(x) as tfl.SymbolicTensor;
    if (o.dropout > 0) {
      x = tfl.layers
        .dropout({ name: 'dropout', rate: o.dropout, seed: nextSeed() })
        .apply(x) as tfl.SymbolicTensor;
    }
  }
  const binary = isBinary(numClasses);
  const output = tfl.layers
    .dense({
      name: 'output',
      units: binary ? 1 : numClasses,
      activation: binary ? 'sigmoid' : 'softmax',
      kernelInitializer: tfl.initializers.glorotUniform({ seed: nextSeed() }),
      kernelRegularizer: regularizer,
    })
    .apply(x) as tfl.SymbolicTensor;
  return tfl.model({ inputs: input, outputs: output, name: kind });
}

export interface DenseResult {
  fit: FitResult;
  /** Test rows × numClasses class probabilities. */
  testProbabilities: Float32Array;
  /** Trainable parameters. */
  parameters: number;
}

/**
 * Builds, trains on `train` (validating on `valid` every epoch) and predicts `test`; the model is
 * disposed before returning. All three sets are already standardised, width d.
 */
export async function trainDense(
  kind: DenseKind,
  d: number,
  numClasses: number,
  train: SequenceSet,
  valid: SequenceSet,
  test: SequenceSet,
  o: DenseOptions,
  control: FitControl = {},
): Promise<DenseResult> {
  checkDenseOptions(kind, o);
  const model = buildDenseClassifier(kind, d, numClasses, o);
  try {
    compileClassifier(model, numClasses, o.fit);
    const fit = await fitClassifier(model, train, valid, d, numClasses, o.fit, control);
    const testProbabilities = await predictProbabilities(model, test.x, test.n, d, numClasses);
    return { fit, testProbabilities, parameters: model.countParams() };
  } finally {
    disposeCompiled(model);
  }
}

/** Tensor count, for leak checks. */
export function liveTensors(): number {
  return tf.memory().numTensors;
}
