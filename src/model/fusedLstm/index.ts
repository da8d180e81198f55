/**
 * The fused masked LSTM: `fusedLstm(args)` is a drop-in for `tf.layers.lstm(args)` (same weights,
 * same numbers) whose recurrence is one WebGPU dispatch per layer and batch, forward and backward.
 * Importing this module registers the layer class (for model loading) and the WebGPU kernels.
 */
export { FusedLSTM, fusedLstm } from './layer';
export { MATMUL_KERNEL } from './matmul';
export { type MaskedLstmPath, maskedLstm, maskedLstmPath, setMaskedLstmPath } from './ops';
export { maskedLstmPlain } from './plain';
export { fusedSupports, tiling, workspace } from './recurrence';
export type { MaskedLstmOptions, MaskedLstmResult, MaskedLstmWeights } from './types';
export { BACKWARD_KERNEL, FORWARD_KERNEL, maskedLstmWebGPU } from './webgpu';
