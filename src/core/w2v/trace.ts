/**
 * What one training pair did, as the reference engine (engine-ts.ts) records it while it trains
 * that pair: the same variables the update reads and writes, copied out, never recomputed. Used by
 * the step-through mode (`Trainer.step`) to show word2vec learning one pair at a time.
 *
 * Ids are vocabulary indices (0 = `</s>`); hierarchical-softmax rows are inner nodes of the
 * Huffman tree (rows of syn1, 0..V−2). Vectors are float32 copies of `size` values, or null when
 * the trace was created without vectors.
 */

/** One id read from the corpus while the pair's sentence was read, and the subsampling draw. */
export interface SubsampleDecision {
  /** Corpus index of the id. */
  pos: number;
  id: number;
  /** The word's keep probability (tables.ts `keepProbabilities`, float32; ≥ 1 = always kept). */
  keep: number;
  /** The draw `(next_random & 0xFFFF) / 65536` it was compared with; −1 when subsampling is off. */
  draw: number;
  /** keep ≥ draw (the C tool drops the word when `keep < draw`). */
  kept: boolean;
}

/** One output-layer step of a pair: the positive target, a negative, or a Huffman-tree node. */
export interface OutputTrace {
  kind: 'positive' | 'negative' | 'node';
  /** positive / negative: the target word id (a row of syn1neg); node: the inner node (a row of syn1). */
  row: number;
  /** negative: the unigram-table slot drawn, `(next_random >> 16) % table_size`; −1 otherwise. */
  slot: number;
  /** negative: the slot held `</s>`, so the word was redrawn as `next_random % (V − 1) + 1`. */
  redrawn: boolean;
  /** negative: the draw was the centre word itself, so it was skipped (no dot product, no update). */
  skipped: boolean;
  /** The target: 1 for the positive, 0 for a negative, 1 − code for a Huffman node. */
  label: number;
  /** f = h · row, float32 (the kernel's lane order); NaN when skipped. */
  dot: number;
  /** The true σ(f) = 1 / (1 + e^−f) in float64, for comparison only: the update never uses it. */
  sigmoid: number;
  /** The expTable entry read, `(int)((f + 6) · 83)`; −1 when |f| ≥ 6 (clipped) or skipped. */
  tableIndex: number;
  /**
   * The σ the update used: expTable[tableIndex]; when clipped, negative sampling uses 1 (f > 6)
   * or 0 (f < −6) through its gradient, and hierarchical softmax skips the node (NaN).
   */
  tableSigmoid: number;
  /** |f| > 6 (negative sampling) or |f| ≥ 6 (hierarchical softmax): outside the table. */
  clipped: boolean;
  /** g = (label − σ_table) · α in float32; 0 when nothing was updated. */
  g: number;
  /** Whether the row and the error vector were updated (false when skipped, or a clipped node). */
  updated: boolean;
  /** This step's −log-likelihood term (float64, the loss the progress reports); 0 when skipped. */
  loss: number;
  /** The output row before and after `row += g · h`. */
  before: Float32Array | null;
  after: Float32Array | null;
}

/** An input vector (a row of syn0) the pair changed by adding the error vector. */
export interface InputTrace {
  row: number;
  before: Float32Array | null;
  after: Float32Array | null;
}

/**
 * The record of one pair. Create one with `new PairTrace()` and pass it to `Trainer.step`; the
 * engine overwrites every field for each pair it records.
 *
 * A pair is what `TrainProgress` counts: skip-gram, one (context word → centre word) prediction;
 * CBOW, one (mean of the window → centre word) prediction.
 */
export class PairTrace {
  /** Whether vectors are copied (turn off to record millions of draws cheaply). */
  readonly vectors: boolean;
  /** Every id read for the pair's sentence, line end excluded, with its subsampling decision. */
  subsampling: SubsampleDecision[] = [];
  /** The sentence after subsampling (ids), as the kernel's sentence buffer holds it. */
  sentence: Int32Array = new Int32Array(0);
  /** Index of the centre word in `sentence`. */
  position = 0;
  /** The centre word id. */
  word = 0;
  /** The random window shrink b = next_random % window. */
  b = 0;
  /** The window actually used, window − b. */
  span = 0;
  /** First and last sentence index of the shrunk window (clamped to the sentence). */
  first = 0;
  last = 0;
  /** Skip-gram: sentence index of the context word; CBOW: −1. */
  contextPosition = -1;
  /** Skip-gram: [the context word]; CBOW: every word of the window but the centre, in order. */
  context: number[] = [];
  /** The learning rate α of this pair (float32). */
  alpha = 0;
  /** The input h before the pair: skip-gram, the context word's syn0 row; CBOW, the window's mean. */
  hidden: Float32Array | null = null;
  outputs: OutputTrace[] = [];
  /** neu1e after every output step: Σ g · row (old rows), the vector added to the inputs. */
  error: Float32Array | null = null;
  inputs: InputTrace[] = [];
  /** Σ of the outputs' loss terms. */
  loss = 0;

  constructor(options: { vectors?: boolean } = {}) {
    this.vectors = options.vectors ?? true;
  }

  /** Clears the per-pair lists before the engine fills them. */
  reset(): void {
    this.subsampling = [];
    this.outputs = [];
    this.inputs = [];
    this.context = [];
    this.hidden = null;
    this.error = null;
    this.loss = 0;
    this.contextPosition = -1;
  }
}
