/**
 * One entry point for the masked LSTM: the fused WGSL kernels on the WebGPU backend (when the layer
 * size fits them), plain tfjs ops everywhere else. Both compute the same numbers.
 */
import type { tf } from '../tf';
import { maskedLstmPlain } from './plain';
import type { MaskedLstmOptions, MaskedLstmResult, MaskedLstmWeights } from './types';
import { fusedActive, maskedLstmWebGPU } from './webgpu';

export type MaskedLstmPath = 'auto' | 'plain';

let forcedPath: MaskedLstmPath = 'auto';

/** 'plain' makes every backend use the plain-ops path (for comparisons); 'auto' picks the fastest. */
export function setMaskedLstmPath(path: MaskedLstmPath): void {
  forcedPath = path;
}

/** Which implementation a layer of `units` units runs on the current backend. */
export function maskedLstmPath(units: number): 'webgpu-fused' | 'plain' {
  return forcedPath === 'auto' && fusedActive(units) ? 'webgpu-fused' : 'plain';
}

/**
 * @param x [B, T, F] float32. @param mask [B, T] (nonzero = real step) or null.
 * @returns final h and c [B, U], and the [B, T, U] outputs when `opts.returnSequences`.
 */
export function maskedLstm(
  x: tf.Tensor3D,
  mask: tf.Tensor | null,
  w: MaskedLstmWeights,
  opts: MaskedLstmOptions,
): MaskedLstmResult {
  if (x.dtype !== 'float32') throw new Error(`maskedLstm: x must be float32, got ${x.dtype}`);
  if (mask && (mask.rank !== 2 || mask.shape[0] !== x.shape[0] || mask.shape[1] !== x.shape[1])) {
    throw new Error(`maskedLstm: mask shape [${mask.shape}] does not match x [${x.shape}]`);
  }
  const units = w.recurrentKernel.shape[0];
  return maskedLstmPath(units) === 'webgpu-fused'
    ? maskedLstmWebGPU(x, mask, w, opts)
    : maskedLstmPlain(x, mask, w, opts);
}
