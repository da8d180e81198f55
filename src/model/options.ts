/**
 * The classifiers' settings and their defaults, without TensorFlow.js: the page imports these
 * (forms, links) and must not pull tfjs into its own bundle — tfjs runs in the workers only.
 * `classifier.ts`, `train.ts`, `session.ts` and `featureModels.ts` re-export them.
 */

export interface ClassifierSpec {
  /** Rows of the embedding matrix (tokenizer vocabulary incl. padding 0 and OOV 1). */
  vocabSize: number;
  embeddingDim: number;
  maxlen: number;
  /** vocabSize × embeddingDim float32, row-major, row 0 zeros; omitted = random (seeded). */
  embeddingWeights?: Float32Array;
  /** false = frozen (Keras `trainable=False`): counted as non-trainable parameters. */
  embeddingTrainable: boolean;
  maskZero: boolean;
  lstmUnits: number;
  bidirectional: boolean;
  /** 'fused' (default): FusedLSTM, one WebGPU dispatch per recurrence, same weights; 'layers': tf.layers.lstm. */
  lstmImpl?: 'fused' | 'layers';
  /** Hidden dense layer width; 0 = no hidden layer (and no dropout). */
  denseUnits: number;
  l1: number;
  l2: number;
  dropout: number;
  numClasses: number;
  seed: number;
}

export const DEFAULT_SPEC: Omit<ClassifierSpec, 'vocabSize' | 'embeddingDim' | 'maxlen' | 'numClasses'> = {
  embeddingTrainable: false,
  maskZero: true,
  lstmUnits: 64,
  bidirectional: false,
  denseUnits: 32,
  l1: 0,
  l2: 1e-4,
  dropout: 0.3,
  seed: 42,
};

/** Whether the model ends in one sigmoid unit (two classes) rather than a softmax. */
export function isBinary(numClasses: number): boolean {
  return numClasses === 2;
}

export interface FitOptions {
  epochs: number;
  batchSize: number;
  learningRate: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  /** Epochs without a validation-loss improvement before stopping; 0 = never stop early. */
  patience: number;
  /** On early stopping (or a stop by the user), put back the weights of the best epoch. */
  restoreBest: boolean;
  seed: number;
}

export const DEFAULT_FIT: FitOptions = {
  epochs: 10,
  batchSize: 32,
  learningRate: 1e-3,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-7,
  patience: 3,
  restoreBest: true,
  seed: 42,
};

export type EmbeddingSource = 'word2vec' | 'random';

export interface ModelOptions {
  embedding: EmbeddingSource;
  /** Dimensions of a random embedding (word vectors bring their own). */
  randomDim: number;
  embeddingTrainable: boolean;
  maskZero: boolean;
  lstmUnits: number;
  bidirectional: boolean;
  denseUnits: number;
  l1: number;
  l2: number;
  dropout: number;
  seed: number;
  /** 'fused' (default): FusedLSTM; 'layers': tf.layers.lstm, for comparison. */
  lstmImpl?: 'fused' | 'layers';
}

/** The network's defaults are the classifier's own; the page adds where the embedding comes from. */
export const DEFAULT_MODEL: ModelOptions = { ...DEFAULT_SPEC, embedding: 'word2vec', randomDim: 100 };

export interface DenseOptions {
  /** Hidden units of the MLP (ignored by logistic regression). */
  hiddenUnits: number;
  /** Dropout after the hidden layer, 0 … <1 (MLP only). */
  dropout: number;
  /** L2 penalty on every kernel (Keras `kernel_regularizer=l2(…)`: adds l2 · Σw² to the loss). */
  l2: number;
  fit: FitOptions;
}

export const DEFAULT_LOGREG: DenseOptions = {
  hiddenUnits: 0,
  dropout: 0,
  l2: 1e-4,
  fit: { ...DEFAULT_FIT, epochs: 200, batchSize: 64, learningRate: 0.01, patience: 10 },
};

export const DEFAULT_MLP: DenseOptions = {
  hiddenUnits: 128,
  dropout: 0.2,
  l2: 1e-4,
  fit: { ...DEFAULT_FIT, epochs: 100, batchSize: 64, learningRate: 1e-3, patience: 10 },
};
