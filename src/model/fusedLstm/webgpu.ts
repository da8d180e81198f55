/**
 * The masked LSTM on the WebGPU backend, the way cuDNN does it: the input projection of all steps
 * is one matMul, and the whole recurrence is ONE compute dispatch in which every workgroup carries
 * its sequences through all T steps (recurrence.ts). Back-propagation through time is one dispatch
 * the same way, walking the steps backwards; the weight gradients are then matMuls over all steps.
 *
 * Padding is skipped the way cuDNN's packed variable-length sequences do (order.ts): sequences of
 * similar length share a workgroup, steps where a whole workgroup is padding skip the recurrent
 * product, and the weight gradients sum over the real steps only. None of it changes a number.
 *
 * Dispatches per layer and batch: forward = lengths + order + real-row list + matMul(+bias) +
 * recurrence + small copies of the final output and state (+ the sequence when asked for);
 * backward = recurrence, then only the weight gradients autodiff asks for: dW, dR, db (a matMul
 * each; dR reads h_{t−1} in place from the workspace, db is 1ᵀ·dz) for a trainable layer, and dx (a
 * transpose + a matMul) only when something upstream trains (with a frozen embedding it is skipped).
 *
 * The forward is a custom kernel of tfjs's WebGPU backend (`registerKernel`; it calls the backend's
 * own fused matMul and `runWebGPUProgram`, the machinery of the built-in ops) with a registered
 * gradient (`registerGradient`, whose per-input closures autodiff calls only for the inputs it needs;
 * `tf.customGrad` would compute all of them). Nothing here imports @tensorflow/tfjs-backend-webgpu at
 * run time, so this module loads (and registers harmlessly) in Node too.
 */
import { tf } from '../tf';
import { MATMUL_KERNEL, vec4MatMulFits } from './matmul';
import { lengthsProgram, orderProgram, rowsProgram } from './order';
import {
  backwardProgram,
  forwardProgram,
  fusedSupports,
  type RecurrenceConfig,
  type WebGPUProgramLike,
  workspace,
} from './recurrence';
import type { MaskedLstmOptions, MaskedLstmResult, MaskedLstmWeights } from './types';

export const FORWARD_KERNEL = 'FusedMaskedLstmForward';
export const BACKWARD_KERNEL = 'FusedMaskedLstmBackward';

interface WebGPUBackendLike {
  runWebGPUProgram(
    program: WebGPUProgramLike,
    inputs: tf.TensorInfo[],
    dtype: tf.DataType,
    uniforms?: { type: string; data: number[] }[],
  ): tf.TensorInfo;
  makeTensorInfo(shape: number[], dtype: tf.DataType): tf.TensorInfo;
  disposeData(dataId: tf.DataId): boolean;
}

interface KernelArgs {
  inputs: tf.NamedTensorInfoMap;
  backend: unknown;
  attrs?: tf.NamedAttrMap;
}

function configFrom(attrs: tf.NamedAttrMap | undefined, units: number): RecurrenceConfig {
  return { units, hard: attrs?.hard === true, reverse: attrs?.reverse === true };
}

/** A view of the same data with another shape of the same size (what tfjs's own Reshape kernels return). */
function view(t: tf.TensorInfo, shape: number[]): tf.TensorInfo {
  return { dataId: t.dataId, shape, dtype: t.dtype };
}

/** The WebGPU backend's own kernel function for a built-in op. */
function builtin(name: string): tf.KernelFunc {
  const k = tf.getKernel(name, 'webgpu');
  if (!k) throw new Error(`the WebGPU backend has no ${name} kernel`);
  return k.kernelFunc;
}

/**
 * Inputs: x [B, T, F], kernel [F, G], recurrentKernel [U, G], bias [G], mask [B, T].
 * Outputs: h and c [B, U] (final output and cell state), sequence [B, T, U] (the output after each
 * processed step; [B, 0, U] unless attrs.sequences), then what the gradient needs: the workspace,
 * the order of the sequences (longest first) and the list of real steps (order.ts).
 */
function forwardKernel({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo[] {
  const { x, kernel, recurrentKernel, bias, mask } = inputs as Record<string, tf.TensorInfo>;
  const gpu = backend as WebGPUBackendLike;
  const [batch, steps, features] = x.shape;
  const units = recurrentKernel.shape[0];
  const lengths = gpu.runWebGPUProgram(lengthsProgram(batch), [mask], 'int32');
  const order = gpu.runWebGPUProgram(orderProgram(batch), [lengths], 'int32');
  const rows = gpu.runWebGPUProgram(rowsProgram(batch, steps), [lengths, mask], 'int32');
  gpu.disposeData(lengths.dataId);
  // [B·T, F] × [F, G] + b in one product (G = 4U is always a multiple of 4); all-padding tiles
  // of rows are skipped.
  const xw = builtin(MATMUL_KERNEL)({
    inputs: { a: x, b: kernel, bias, mask },
    backend: backend as tf.KernelBackend,
    attrs: { m: batch * steps, k: features, transposeA: false, aOffset: 0 },
  }) as tf.TensorInfo;
  const config = configFrom(attrs, units);
  const ws = gpu.runWebGPUProgram(
    forwardProgram(config, batch, steps),
    [view(xw, [batch, steps, 4 * units]), recurrentKernel, mask, order],
    'float32',
  );
  gpu.disposeData(xw.dataId);
  const at = workspace(batch, steps, units);
  const section = (begin: number, size: number) =>
    builtin('Slice')({
      inputs: { x: ws },
      backend: backend as tf.KernelBackend,
      attrs: { begin: [begin], size: [size] },
    }) as tf.TensorInfo;
  const h = view(section(at.hf, batch * units), [batch, units]);
  const c = view(section(at.cf, batch * units), [batch, units]);
  const sequence =
    attrs?.sequences === true
      ? view(section(0, batch * steps * units), [batch, steps, units])
      : gpu.makeTensorInfo([batch, 0, units], 'float32');
  return [h, c, sequence, ws, order, rows];
}

/**
 * Inputs: ws, recurrentKernel [U, G], mask [B, T], order [B], dh and dc [B, U], dseq [B, T, U] or
 * null. Output: dz [B, T, G].
 */
function backwardKernel({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo {
  const { ws, recurrentKernel, mask, order, dh, dc, dseq } = inputs as Record<string, tf.TensorInfo>;
  const [batch, steps] = mask.shape;
  const units = recurrentKernel.shape[0];
  const program = backwardProgram(configFrom(attrs, units), batch, steps);
  // Without a sequence gradient the program never reads dseq; dh fills its binding.
  return (backend as WebGPUBackendLike).runWebGPUProgram(
    program,
    [ws, recurrentKernel, mask, order, dh, dc, dseq ?? dh],
    'float32',
    [{ type: 'int32', data: [dseq ? 1 : 0] }],
  );
}

/**
 * Back-propagation through time. The recurrence runs at once (every input's gradient needs dz);
 * each input's gradient is a closure that autodiff calls only if that input needs one. Gradients
 * of outputs nothing downstream used arrive as null.
 */
function forwardGradient(
  dys: (tf.Tensor | null)[],
  saved: tf.Tensor[],
  attrs: tf.NamedAttrMap,
): Record<string, () => tf.Tensor> {
  const [x, kernel, recurrent, mask, ws, order, rows] = saved;
  const [batch, steps, features] = x.shape;
  const units = recurrent.shape[0];
  const [dh, dc, dseq] = dys;
  const backwardInputs: tf.NamedTensorMap = {
    ws,
    recurrentKernel: recurrent,
    mask,
    order,
    dh: dh ?? tf.zeros([batch, units]),
    dc: dc ?? tf.zeros([batch, units]),
  };
  if (dseq && dseq.size > 0) backwardInputs.dseq = dseq;
  // [B·T, G]: gradient of x·W + b at every step (zero at padded steps).
  const dz = tf.reshape(tf.engine().runKernel(BACKWARD_KERNEL, backwardInputs, attrs) as tf.Tensor, [
    batch * steps,
    4 * units,
  ]);
  const n = batch * steps;
  /**
   * Σ over the real steps of op(A)ᵀ·dz, A stored [B·T, M] from `aOffset` floats on: a weight
   * gradient as one product whose K loop visits only the listed (real) rows.
   */
  const overSteps = (a: tf.Tensor, m: number, aOffset = 0, tileRows?: number) =>
    tf.engine().runKernel(
      MATMUL_KERNEL,
      { a, b: dz, rows },
      {
        m,
        k: n,
        transposeA: true,
        aOffset,
        ...(tileRows === undefined ? {} : { tileRows }),
      },
    ) as tf.Tensor2D;
  return {
    x: () =>
      tf.reshape(
        vec4MatMulFits(features)
          ? // dz·Wᵀ; tiles of padded rows are skipped (their gradient is zero).
            (tf
              .engine()
              .runKernel(
                MATMUL_KERNEL,
                { a: dz, b: tf.transpose(kernel), mask },
                { m: n, k: 4 * units, transposeA: false, aOffset: 0 },
              ) as tf.Tensor2D)
          : tf.matMul(dz, kernel, false, true),
        [batch, steps, features],
      ),
    kernel: () => overSteps(x, features),
    // h_{t−1} for every (b, t) is the workspace's HP section, [B·T, U], read in place:
    // dR = Σ_t h_{t−1}ᵀ dz_t as one product.
    recurrentKernel: () => overSteps(ws, units, workspace(batch, steps, units).hp),
    // db = 1ᵀ·dz: the same program (tfjs's axis-0 sum would transpose dz first).
    bias: () => tf.reshape(overSteps(tf.ones([n, 1]), 1, 0, 1), [4 * units]),
    mask: () => tf.zerosLike(mask),
  };
}

/** Registers the kernels for the 'webgpu' backend and the gradient (idempotent). */
export function registerWebGPUKernels(): void {
  if (tf.getKernel(FORWARD_KERNEL, 'webgpu') === undefined) {
    tf.registerKernel({
      kernelName: FORWARD_KERNEL,
      backendName: 'webgpu',
      kernelFunc: forwardKernel as unknown as tf.KernelFunc,
    });
  }
  if (tf.getKernel(BACKWARD_KERNEL, 'webgpu') === undefined) {
    tf.registerKernel({
      kernelName: BACKWARD_KERNEL,
      backendName: 'webgpu',
      kernelFunc: backwardKernel as unknown as tf.KernelFunc,
    });
  }
  if (tf.getGradient(FORWARD_KERNEL) === undefined) {
    tf.registerGradient({
      kernelName: FORWARD_KERNEL,
      inputsToSave: ['x', 'kernel', 'recurrentKernel', 'mask'],
      outputsToSave: [false, false, false, true, true, true],
      gradFunc: forwardGradient as unknown as tf.GradFunc,
    });
  }
}

registerWebGPUKernels();

/** Whether the current backend runs the fused kernels for a layer of `units` units. */
export function fusedActive(units: number): boolean {
  return (
    tf.getBackend() === 'webgpu' &&
    fusedSupports(units) &&
    tf.getKernel(FORWARD_KERNEL, 'webgpu') !== undefined
  );
}

/**
 * The masked LSTM through the fused kernels, differentiable w.r.t. x and the three weights.
 * @param x [B, T, F] float32. @param mask [B, T] or null.
 */
export function maskedLstmWebGPU(
  x: tf.Tensor3D,
  mask: tf.Tensor | null,
  w: MaskedLstmWeights,
  opts: MaskedLstmOptions,
): MaskedLstmResult {
  const [batch, steps] = x.shape;
  const units = w.recurrentKernel.shape[0];
  const attrs = {
    hard: opts.recurrentActivation === 'hardSigmoid',
    reverse: opts.goBackwards,
    sequences: opts.returnSequences,
  };
  return tf.tidy(() => {
    // The kernel always takes a bias and a mask (the gradient's saved inputs must exist).
    const inputs: tf.NamedTensorMap = {
      x,
      kernel: w.kernel,
      recurrentKernel: w.recurrentKernel,
      bias: w.bias ?? tf.zeros([4 * units]),
      mask: mask ?? tf.ones([batch, steps], 'bool'),
    };
    const [h, c, sequence] = tf.engine().runKernel(FORWARD_KERNEL, inputs, attrs) as tf.Tensor[];
    return {
      sequence: opts.returnSequences ? sequence : null,
      h,
      c,
    } as unknown as tf.TensorContainerObject;
  }) as unknown as MaskedLstmResult;
}
