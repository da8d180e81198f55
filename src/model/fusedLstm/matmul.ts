/**
 * The LSTM's big products (x·W + b forward; xᵀ·dz, h_{t−1}ᵀ·dz, 1ᵀ·dz and dz·Wᵀ backward) as one
 * register-tiled WGSL program: each invocation owns a block of `rows` rows × `vecs` vec4 columns of
 * C, keeps it in registers and walks K, reading B (and writing C) as vec4 along the contiguous
 * dimension. No workgroup memory, no barriers.
 *
 * Why not tfjs's matMul: its tiled shader shares tiles through workgroup memory with two barriers
 * per K-tile, which is right for real GPUs but slow where barriers and shared memory are emulated
 * (SwiftShader, the CPU WebGPU the tests and CI run on). On a GPU these products are a small part of
 * the step either way (they are fully parallel; the recurrence is not).
 *
 * Only for N divisible by 4 (vec4 columns); callers fall back to tf.matMul otherwise.
 */
import { tf } from '../tf';
import { each, LANES } from './wgsl';

export const MATMUL_KERNEL = 'FusedLstmMatMul';

/**
 * Invocations per workgroup. Small, so that a product with few output tiles still splits evenly
 * over the workers of a CPU-emulated GPU (the 100-row dW is 26 workgroups, not 13 of 64).
 */
const THREADS = 32;

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

/** Rows × vec4 columns of C that one invocation keeps in registers. */
export interface MatMulTile {
  rows: number;
  vecs: number;
}

/** 8 rows × 2 vec4s: 64 accumulators, the usual register blocking of a GPU matMul. */
export const DEFAULT_TILE: MatMulTile = { rows: 8, vecs: 2 };

/**
 * How A is read. Each load instruction carries a fixed cost (index arithmetic, the bounds clamp
 * WebGPU requires; on SwiftShader an emulated per-lane gather), so A is read as vec4 wherever its
 * layout allows: along K for A [M, K] ('vecK', K % 4 = 0), along M for a transposed A [K, M]
 * ('vecM', M % 4 = 0, 4 rows of C per load), else one float per load ('scalar').
 */
export type AMode = 'vecK' | 'vecM' | 'scalar';

export function aMode(m: number, k: number, transposeA: boolean, aOffset: number, tile: MatMulTile): AMode {
  if (aOffset % 4 !== 0) return 'scalar';
  if (!transposeA && k % 4 === 0) return 'vecK';
  if (transposeA && m % 4 === 0 && tile.rows % 4 === 0) return 'vecM';
  return 'scalar';
}

/**
 * Which steps of K are skipped. 'rows' (transposed A only): K runs over a list of rows, rows[0] = how
 * many, rows[1..] = which (order.ts: the real steps; a padded step's row of B is zero). 'tiles'
 * (A [M, K] only): a tile whose rows are all padding (mask[row] = 0) skips the K loop and stores
 * the bias (what the recurrence reads at a padded step is discarded there).
 */
export type Skip = '' | 'rows' | 'tiles';

/** The K loop: c{i}_{j} += op(A)[row i, k] · B[k, vec4 column j] over all k (or the listed ones). */
function kLoop(mode: AMode, transposeA: boolean, tile: MatMulTile, skip: Skip): string {
  const { rows: TM, vecs: VN } = tile;
  const loadB = each(VN, (j) => `let b${j} = B[k * N4 + col${j}];`);
  const fma = (a: (i: number) => string) =>
    each(TM, (i) => each(VN, (j) => `c${i}_${j} = c${i}_${j} + ${a(i)} * b${j};`));
  // The K loop's head: over all k, or over the listed rows.
  const kHead =
    skip === 'rows'
      ? `let listed = rows[0];
        for (var kk = 0; kk < listed; kk++) {
          let k = rows[1 + kk];`
      : `for (var k = 0; k < KK; k++) {`;
  if (mode === 'vecK') {
    // A [M, K] as vec4 along k: one load gives 4 steps of K of one row.
    return `
        let K4 = KK / 4;
        for (var k4 = 0; k4 < K4; k4++) {
          ${each(TM, (i) => `let a${i} = A[aOff + r${i} * K4 + k4];`)}
          ${each(
            4,
            (l) => `{
            let k = k4 * 4 + ${l};
            ${loadB}
            ${fma((i) => `a${i}.${LANES[l]}`)}
          }`,
          )}
        }`;
  }
  if (mode === 'vecM') {
    // Aᵀ stored [K, M] as vec4 along m: one load gives 4 rows of C at one k.
    return `
        let M4 = M / 4;
        ${kHead}
          ${each(TM / 4, (g) => `let a${g} = A[aOff + k * M4 + min(row0 / 4 + ${g}, M4 - 1)];`)}
          ${loadB}
          ${fma((i) => `a${Math.floor(i / 4)}.${LANES[i % 4]}`)}
        }`;
  }
  const a = (i: number) => (transposeA ? `A[aOff + k * M + r${i}]` : `A[aOff + r${i} * K + k]`);
  return `
        ${kHead}
          ${each(TM, (i) => `let a${i} = ${a(i)};`)}
          ${loadB}
          ${fma((i) => `a${i}`)}
        }`;
}

/**
 * C [M, N] = op(A) · B (+ bias), op(A) = A [M, K] or, with `transposeA`, Aᵀ for A stored [K, M].
 * A may start `aOffset` floats into its buffer (a section of a bigger tensor, read in place).
 * Optional inputs: `mask` [M] (skip: 'tiles') or `rows` [1 + K] int32 (skip: 'rows').
 */
function program(
  m: number,
  n: number,
  transposeA: boolean,
  hasBias: boolean,
  tile: MatMulTile,
  mode: AMode,
  skip: Skip,
): ProgramLike {
  const n4 = n / 4;
  const { rows: TM, vecs: VN } = tile;
  const threads = Math.ceil(m / TM) * Math.ceil(n4 / VN);
  // Inputs and their vector widths: A, B, then the optional bias, mask or row list.
  const inputs: [string, number][] = [
    ['A', mode === 'scalar' ? 1 : 4],
    ['B', 4],
    ...(hasBias ? [['bias', 4] as [string, number]] : []),
    ...(skip === 'tiles' ? [['mask', 1] as [string, number]] : []),
    ...(skip === 'rows' ? [['rows', 1] as [string, number]] : []),
  ];
  // A tile is live unless all its rows are padding.
  const live =
    skip === 'tiles' ? Array.from({ length: TM }, (_, i) => `f32(mask[r${i}]) != 0.0`).join(' || ') : 'true';
  return {
    variableNames: inputs.map(([name]) => name),
    variableComponents: inputs.map(([, width]) => width),
    outputComponent: 4,
    outputShape: [m, n],
    shaderKey: `fusedLstmMatMul_${transposeA}_${hasBias}_${TM}x${VN}_${mode}${skip}`,
    dispatchLayout: { x: [0, 1] },
    dispatch: [Math.ceil(threads / THREADS), 1, 1],
    workgroupSize: [THREADS, 1, 1],
    // aOff counts A's elements (vec4s when A is read as vec4).
    uniforms: 'M : i32, N4 : i32, K : i32, aOff : i32,',
    getUserCode: () => `
      fn main(index : i32) {
        let M = uniforms.M;
        let N4 = uniforms.N4;
        let K = uniforms.K;
        let aOff = uniforms.aOff;
        // Consecutive invocations take consecutive column blocks of the same rows, so B and C are
        // read and written nearly contiguously and A's values are the same across a SIMD group.
        let blocks = (N4 + ${VN - 1}) / ${VN};
        let cb = index % blocks;
        let row0 = (index / blocks) * ${TM};
        if (row0 >= M) { return; }
        // Rows past M read row M−1 and columns past N read the last column again (never stored),
        // keeping every read in bounds.
        ${each(TM, (i) => `let r${i} = min(row0 + ${i}, M - 1);`)}
        ${each(VN, (j) => `let col${j} = min(cb * ${VN} + ${j}, N4 - 1);`)}
        ${each(TM, (i) => each(VN, (j) => `var c${i}_${j} = vec4<f32>(0.0);`))}
        let KK = select(0, K, ${live});
        ${kLoop(mode, transposeA, tile, skip)}
        ${each(
          VN,
          (j) => `{
          let col = cb * ${VN} + ${j};
          let add = ${hasBias ? `bias[col${j}]` : 'vec4<f32>(0.0)'};
          if (col < N4) {
            ${each(TM, (i) => `if (row0 + ${i} < M) { result[(row0 + ${i}) * N4 + col] = c${i}_${j} + add; }`)}
          }
        }`,
        )}
      }
    `,
  };
}

interface MatMulAttrs {
  m: number;
  k: number;
  transposeA: boolean;
  /** Where A starts in its buffer, in floats. */
  aOffset: number;
  /** Register tile (default DEFAULT_TILE); a product with few rows wants fewer. */
  tileRows?: number;
  tileVecs?: number;
}

function skipOf(inputs: Record<string, tf.TensorInfo>, transposeA: boolean): Skip {
  if (inputs.rows) {
    if (!transposeA) throw new Error('FusedLstmMatMul: a row list needs transposeA');
    return 'rows';
  }
  if (inputs.mask) {
    if (transposeA) throw new Error('FusedLstmMatMul: a tile mask needs an untransposed A');
    return 'tiles';
  }
  return '';
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
  const named = inputs as Record<string, tf.TensorInfo>;
  const { a, b, bias } = named;
  const n = b.shape[b.shape.length - 1];
  const { m, k, transposeA, aOffset } = attrs;
  const tile = { rows: attrs.tileRows ?? DEFAULT_TILE.rows, vecs: attrs.tileVecs ?? DEFAULT_TILE.vecs };
  const mode = aMode(m, k, transposeA, aOffset, tile);
  const skip = skipOf(named, transposeA);
  const list = [
    a,
    b,
    ...(bias ? [bias] : []),
    ...(skip === 'tiles' ? [named.mask] : []),
    ...(skip === 'rows' ? [named.rows] : []),
  ];
  return (backend as BackendLike).runWebGPUProgram(
    program(m, n, transposeA, bias !== undefined, tile, mode, skip),
    list,
    'float32',
    [
      { type: 'int32', data: [m] },
      { type: 'int32', data: [n / 4] },
      { type: 'int32', data: [k] },
      { type: 'int32', data: [mode === 'scalar' ? aOffset : aOffset / 4] },
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
