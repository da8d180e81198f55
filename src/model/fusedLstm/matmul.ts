/**
 * The LSTM's four big products (x·W + b forward; dz·Wᵀ, xᵀ·dz, h_{t−1}ᵀ·dz backward) as one simple
 * WGSL program: each invocation owns a 4-row × 4-column block of C, keeps it in registers and walks
 * K, reading B (and C) as vec4 along the contiguous dimension. No workgroup memory, no barriers.
 *
 * Why not tfjs's matMul: its tiled shader shares tiles through workgroup memory with two barriers
 * per K-tile, which is right for real GPUs but slow where barriers and shared memory are emulated
 * (SwiftShader, the CPU WebGPU the tests and CI run on). There this program ran the 6400×100×256
 * product several times faster; on a GPU these products are small either way.
 *
 * Only for N divisible by 4 (vec4 columns); callers fall back to tf.matMul otherwise.
 */
import { tf } from '../tf';

export const MATMUL_KERNEL = 'FusedLstmMatMul';

/** Invocations per workgroup. */
const THREADS = 64;

interface ProgramLike {
  variableNames: string[];
  variableComponents: number[];
  outputComponent: number;
  outputShape: number[];
  shaderKey: string;
  dispatchLayout: { x: number[] };
  dispatch: [number, number, number];
  workgroupSize: [number, number, number];
  uniforms: string;
  getUserCode: () => string;
}

interface BackendLike {
  runWebGPUProgram(
    program: ProgramLike,
    inputs: tf.TensorInfo[],
    dtype: tf.DataType,
    uniforms: { type: string; data: number[] }[],
  ): tf.TensorInfo;
}

/**
 * C [M, N] = op(A) · B (+ bias), op(A) = A [M, K] or, with `transposeA`, Aᵀ for A stored [K, M].
 * A may start `aOffset` floats into its buffer (a section of a bigger tensor, read in place).
 */
function program(m: number, n: number, transposeA: boolean, hasBias: boolean): ProgramLike {
  const n4 = n / 4;
  const threads = Math.ceil(m / 4) * n4;
  // Row r of op(A) at step k.
  const a = (r: string) => (transposeA ? `A[aOff + k * M + ${r}]` : `A[aOff + (${r}) * K + k]`);
  return {
    variableNames: hasBias ? ['A', 'B', 'bias'] : ['A', 'B'],
    variableComponents: hasBias ? [1, 4, 4] : [1, 4],
    outputComponent: 4,
    outputShape: [m, n],
    shaderKey: `fusedLstmMatMul_${transposeA}_${hasBias}`,
    dispatchLayout: { x: [0, 1] },
    dispatch: [Math.ceil(threads / THREADS), 1, 1],
    workgroupSize: [THREADS, 1, 1],
    uniforms: 'M : i32, N4 : i32, K : i32, aOff : i32,',
    getUserCode: () => `
      fn main(index : i32) {
        let M = uniforms.M;
        let N4 = uniforms.N4;
        let K = uniforms.K;
        let aOff = uniforms.aOff;
        // Consecutive invocations take consecutive vec4 columns of the same 4 rows, so B and C are
        // read and written contiguously and A's 4 values are the same across a SIMD group.
        let col = index % N4;
        let r0 = (index / N4) * 4;
        if (r0 >= M) { return; }
        // Rows past M read row M−1 again (never stored), keeping every read in bounds.
        let r1 = min(r0 + 1, M - 1);
        let r2 = min(r0 + 2, M - 1);
        let r3 = min(r0 + 3, M - 1);
        var c0 = vec4<f32>(0.0);
        var c1 = vec4<f32>(0.0);
        var c2 = vec4<f32>(0.0);
        var c3 = vec4<f32>(0.0);
        for (var k = 0; k < K; k++) {
          let b = B[k * N4 + col];
          c0 = c0 + ${a('r0')} * b;
          c1 = c1 + ${a('r1')} * b;
          c2 = c2 + ${a('r2')} * b;
          c3 = c3 + ${a('r3')} * b;
        }
        let add = ${hasBias ? 'bias[col]' : 'vec4<f32>(0.0)'};
        result[r0 * N4 + col] = c0 + add;
        if (r0 + 1 < M) { result[(r0 + 1) * N4 + col] = c1 + add; }
        if (r0 + 2 < M) { result[(r0 + 2) * N4 + col] = c2 + add; }
        if (r0 + 3 < M) { result[(r0 + 3) * N4 + col] = c3 + add; }
      }
    `,
  };
}

interface MatMulAttrs {
  m: number;
  k: number;
  transposeA: boolean;
  aOffset: number;
}

function matMulKernel({
  inputs,
  backend,
  attrs,
}: {
  inputs: tf.NamedTensorInfoMap;
  backend: unknown;
  attrs: MatMulAttrs;
}): tf.TensorInfo {
  const { a, b, bias } = inputs as Record<string, tf.TensorInfo>;
  const n = b.shape[b.shape.length - 1];
  const { m, k, transposeA, aOffset } = attrs;
  const list = bias ? [a, b, bias] : [a, b];
  return (backend as BackendLike).runWebGPUProgram(
    program(m, n, transposeA, bias !== undefined),
    list,
    'float32',
    [
      { type: 'int32', data: [m] },
      { type: 'int32', data: [n / 4] },
      { type: 'int32', data: [k] },
      { type: 'int32', data: [aOffset] },
    ],
  );
}

export function registerMatMulKernel(): void {
  if (tf.getKernel(MATMUL_KERNEL, 'webgpu') === undefined) {
    tf.registerKernel({
      kernelName: MATMUL_KERNEL,
      backendName: 'webgpu',
      kernelFunc: matMulKernel as unknown as tf.KernelFunc,
    });
  }
}

registerMatMulKernel();

/** Whether the program takes a product with N output columns. */
export function vec4MatMulFits(n: number): boolean {
  return n % 4 === 0;
}
