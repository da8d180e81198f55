/**
 * What both implementations of the masked LSTM (plain tfjs ops, and the WebGPU kernels) take and
 * return. Shapes: B = batch, T = time steps, F = input features, U = units, G = 4U (gates i, f, c, o
 * in Keras order, the same column layout as `tf.layers.lstm`'s kernel, recurrent kernel and bias).
 */
import type { tf } from '../tf';

export interface MaskedLstmWeights {
  /** [F, G] input kernel. */
  kernel: tf.Tensor2D;
  /** [U, G] recurrent kernel. */
  recurrentKernel: tf.Tensor2D;
  /** [G] bias, or null for `useBias: false`. */
  bias: tf.Tensor1D | null;
}

export interface MaskedLstmOptions {
  /** Process time steps from last to first (Keras `go_backwards`); outputs stay in processing order. */
  goBackwards: boolean;
  /** Gate activation: Keras/tfjs `hardSigmoid` (clip(0.2·z + 0.5, 0, 1), the tfjs default) or `sigmoid`. */
  recurrentActivation: 'hardSigmoid' | 'sigmoid';
  /** Also return the output of every step. */
  returnSequences: boolean;
}

export interface MaskedLstmResult {
  /** [B, T, U] output after each processed step (a masked step repeats the previous one); null unless asked for. */
  sequence: tf.Tensor3D | null;
  /** [B, U] final output = final hidden state (zeros for an all-padding row). */
  h: tf.Tensor2D;
  /** [B, U] final cell state. */
  c: tf.Tensor2D;
}
