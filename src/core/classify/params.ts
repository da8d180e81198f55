/**
 * Keras parameter counts as pure functions, to cross-check the TensorFlow.js model summary and to
 * show a Keras-style summary before a model exists.
 */

/** Embedding: one `outputDim` vector per input index (`inputDim × outputDim`). */
export function embeddingParams(inputDim: number, outputDim: number): number {
  return inputDim * outputDim;
}

/**
 * LSTM: four gates, each with an input kernel (inputDim × units), a recurrent kernel
 * (units × units) and a bias (units): 4 · (units · (inputDim + units) + units).
 * 50 units on 100-dimensional input: 4 · (50 · 150 + 50) = 30,200.
 */
export function lstmParams(units: number, inputDim: number): number {
  return 4 * (units * (inputDim + units) + units);
}

/** Bidirectional: a forward and a backward copy of the wrapped layer. */
export function bidirectionalParams(innerParams: number): number {
  return 2 * innerParams;
}

/** Dense: a kernel (inputs × units) and a bias (units). */
export function denseParams(inputs: number, units: number): number {
  return inputs * units + units;
}

export interface LayerSummary {
  name: string;
  /** Keras class name: Embedding, LSTM, Bidirectional, Dense, Dropout. */
  type: string;
  /** As Keras prints it; null is the batch dimension. */
  outputShape: (number | null)[];
  params: number;
  trainable: boolean;
}

export interface ModelSummary {
  layers: LayerSummary[];
  total: number;
  /** Parameters of trainable layers. */
  trainable: number;
  /** Parameters of frozen layers (a frozen embedding). */
  nonTrainable: number;
}

/** Totals of a layer list, split into trainable and non-trainable. */
export function summarize(layers: LayerSummary[]): ModelSummary {
  let trainable = 0;
  let nonTrainable = 0;
  for (const l of layers) {
    if (l.trainable) trainable += l.params;
    else nonTrainable += l.params;
  }
  return { layers, total: trainable + nonTrainable, trainable, nonTrainable };
}

/** The classifier of issue 5: Embedding → LSTM [bidirectional] → Dense(relu)? → Dropout? → Dense(out). */
export interface ClassifierShape {
  /** Embedding rows (the tokenizer's vocabSize). */
  vocabSize: number;
  embeddingDim: number;
  /** Sequence length (columns of the padded input). */
  maxlen: number;
  /** false for a frozen embedding (`trainable=false`). */
  embeddingTrainable: boolean;
  lstmUnits: number;
  bidirectional: boolean;
  /** Units of the hidden Dense(relu) layer; 0 for none. */
  denseUnits: number;
  /** A Dropout layer after the hidden layer (or after the LSTM without one). */
  dropout: boolean;
  /** 1 for a sigmoid output (two classes), else the number of classes (softmax). */
  outputUnits: number;
}

/** The Keras summary of that model: each layer's output shape and parameters, and the totals. */
export function classifierSummary(s: ClassifierShape): ModelSummary {
  const layers: LayerSummary[] = [
    {
      name: 'embedding',
      type: 'Embedding',
      outputShape: [null, s.maxlen, s.embeddingDim],
      params: embeddingParams(s.vocabSize, s.embeddingDim),
      trainable: s.embeddingTrainable,
    },
  ];
  const lstm = lstmParams(s.lstmUnits, s.embeddingDim);
  let width = s.bidirectional ? 2 * s.lstmUnits : s.lstmUnits;
  layers.push(
    s.bidirectional
      ? {
          name: 'bidirectional',
          type: 'Bidirectional',
          outputShape: [null, width],
          params: bidirectionalParams(lstm),
          trainable: true,
        }
      : { name: 'lstm', type: 'LSTM', outputShape: [null, width], params: lstm, trainable: true },
  );
  if (s.denseUnits > 0) {
    layers.push({
      name: 'dense',
      type: 'Dense',
      outputShape: [null, s.denseUnits],
      params: denseParams(width, s.denseUnits),
      trainable: true,
    });
    width = s.denseUnits;
  }
  if (s.dropout)
    layers.push({ name: 'dropout', type: 'Dropout', outputShape: [null, width], params: 0, trainable: true });
  layers.push({
    name: s.denseUnits > 0 ? 'dense_1' : 'dense',
    type: 'Dense',
    outputShape: [null, s.outputUnits],
    params: denseParams(width, s.outputUnits),
    trainable: true,
  });
  return summarize(layers);
}
