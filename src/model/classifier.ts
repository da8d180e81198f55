/**
 * The text classifier of the Keras workflows, in TensorFlow.js:
 *
 *   Embedding(V, D, maskZero, weights, trainable) → LSTM(u) [Bidirectional] → Dense(h, relu, L1/L2)
 *   → Dropout(r) → Dense(1, sigmoid) for two classes | Dense(C, softmax) for more.
 *
 * Input: int token ids, shape [batch, maxlen], 0 = padding. Every initialiser and the dropout
 * take a seed derived from `spec.seed`, so a spec builds the same weights every time.
 */
import { fusedLstm } from './fusedLstm';
import { type ClassifierSpec, isBinary } from './options';
import { tf, tfl } from './tf';

export { type ClassifierSpec, DEFAULT_SPEC, isBinary } from './options';

export function buildClassifier(spec: ClassifierSpec): tfl.LayersModel {
  let seed = spec.seed >>> 0;
  const nextSeed = () => (seed = (seed * 1103515245 + 12345) >>> 0);
  const input = tfl.input({ shape: [spec.maxlen], dtype: 'int32', name: 'tokens' });
  const embedding = tfl.layers.embedding({
    name: 'embedding',
    inputDim: spec.vocabSize,
    outputDim: spec.embeddingDim,
    maskZero: spec.maskZero,
    trainable: spec.embeddingTrainable,
    embeddingsInitializer: tfl.initializers.randomUniform({ minval: -0.05, maxval: 0.05, seed: nextSeed() }),
  });
  const lstmConfig = {
    units: spec.lstmUnits,
    kernelInitializer: tfl.initializers.glorotUniform({ seed: nextSeed() }),
    recurrentInitializer: tfl.initializers.orthogonal({ seed: nextSeed() }),
  };
  const lstm = spec.lstmImpl === 'layers' ? tfl.layers.lstm : fusedLstm;
  const recurrent = spec.bidirectional
    ? tfl.layers.bidirectional({
        name: 'bidirectional_lstm',
        layer: lstm(lstmConfig) as unknown as tfl.RNN,
        mergeMode: 'concat',
      })
    : lstm({ ...lstmConfig, name: 'lstm' });
  let x = recurrent.apply(embedding.apply(input)) as tfl.SymbolicTensor;
  if (spec.denseUnits > 0) {
    const regularizer =
      spec.l1 > 0 || spec.l2 > 0 ? tfl.regularizers.l1l2({ l1: spec.l1, l2: spec.l2 }) : undefined;
    x = tfl.layers
      .dense({
        name: 'dense',
        units: spec.denseUnits,
        activation: 'relu',
        kernelInitializer: tfl.initializers.glorotUniform({ seed: nextSeed() }),
        kernelRegularizer: regularizer,
      })
      .apply(x) as tfl.SymbolicTensor;
    if (spec.dropout > 0) {
      x = tfl.layers
        .dropout({ name: 'dropout', rate: spec.dropout, seed: nextSeed() })
        .apply(x) as tfl.SymbolicTensor;
    }
  }
  const binary = isBinary(spec.numClasses);
  const output = tfl.layers
    .dense({
      name: 'output',
      units: binary ? 1 : spec.numClasses,
      activation: binary ? 'sigmoid' : 'softmax',
      kernelInitializer: tfl.initializers.glorotUniform({ seed: nextSeed() }),
    })
    .apply(x) as tfl.SymbolicTensor;
  const model = tfl.model({ inputs: input, outputs: output, name: 'classifier' });
  if (spec.embeddingWeights) {
    const expected = spec.vocabSize * spec.embeddingDim;
    if (spec.embeddingWeights.length !== expected) {
      throw new Error(`embedding weights have ${spec.embeddingWeights.length} values, expected ${expected}`);
    }
    const w = tf.tensor2d(spec.embeddingWeights, [spec.vocabSize, spec.embeddingDim]);
    embedding.setWeights([w]);
    w.dispose();
  }
  return model;
}

export interface SummaryRow {
  name: string;
  type: string;
  /** Keras-style, e.g. "(None, 100, 64)". */
  outputShape: string;
  params: number;
  trainable: boolean;
}

export interface ModelSummary {
  rows: SummaryRow[];
  total: number;
  trainable: number;
  nonTrainable: number;
}

function shapeText(shape: (number | null)[] | (number | null)[][]): string {
  const one = (s: (number | null)[]) => `(${s.map((d) => (d === null ? 'None' : String(d))).join(', ')})`;
  return Array.isArray(shape[0])
    ? (shape as (number | null)[][]).map(one).join(', ')
    : one(shape as (number | null)[]);
}

/** Elements of a weight shape (weights have no unknown dimensions). */
function sizeOf(shape: readonly (number | null)[]): number {
  let n = 1;
  for (const d of shape) n *= d ?? 1;
  return n;
}

/** The model's layers and parameter counts, split as Keras's `model.summary()` does. */
export function summarize(model: tfl.LayersModel): ModelSummary {
  const rows: SummaryRow[] = [];
  let trainable = 0;
  let nonTrainable = 0;
  for (const layer of model.layers) {
    if (layer.getClassName() === 'InputLayer') continue;
    const params = layer.countParams();
    for (const w of layer.trainableWeights) trainable += sizeOf(w.shape);
    for (const w of layer.nonTrainableWeights) nonTrainable += sizeOf(w.shape);
    rows.push({
      name: layer.name,
      type: layer.getClassName(),
      outputShape: shapeText(layer.outputShape as (number | null)[]),
      params,
      trainable: layer.trainable,
    });
  }
  return { rows, total: trainable + nonTrainable, trainable, nonTrainable };
}
