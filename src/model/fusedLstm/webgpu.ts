/**
 * The masked LSTM on the WebGPU backend, the way cuDNN does it: the input projection of all steps
 * is one matMul, and the whole recurrence is ONE compute dispatch in which every workgroup carries
 * S sequences through all T steps (the hidden state lives in workgroup memory, the recurrent
 * matrix–vector product is a loop). Back-propagation through time is one dispatch the same way,
 * walking the steps backwards; the weight gradients are then matMuls over all steps at once.
 *
 * Dispatches per layer and batch: forward = matMul(+bias) + recurrence + a slice (+ slices for the
 * outputs); backward = transpose(R) + recurrence, then only the weight gradients autodiff asks for:
 * dW, dR, db (a matMul each; dR reads h_{t−1} in place from the workspace, db is 1ᵀ·dz) for a
 * trainable layer, and dx (a transpose + a matMul) only when something upstream trains (with a
 * frozen embedding it is skipped).
 *
 * The forward is a custom kernel of tfjs's WebGPU backend (`registerKernel`; it calls the backend's
 * own fused matMul and `runWebGPUProgram`, the machinery of the built-in ops) with a registered
 * gradient (`registerGradient`, whose per-input closures autodiff calls only for the inputs it needs;
 * `tf.customGrad` would compute all of them). Nothing here imports @tensorflow/tfjs-backend-webgpu at
 * run time, so this module loads (and registers harmlessly) in Node too.
 *
 * Layout of the forward kernel's one output, the "workspace" (everything backward needs), with
 * B = batch, T = steps, U = units, G = 4U, N = B·T, all float32, row-major:
 *   OUT [B, T+1, U]  rows 0..T−1: output after processing step k (masked steps repeat the previous);
 *                    row T: final cell state. This part is the differentiable value.
 *   Z   [B, T, G]    gates i, f, c̃ (tanh), o after activation, at original time t
 *   CP  [B, T, U]    cell state before step t
 *   CN  [B, T, U]    candidate cell state computed at step t (used only where the mask is 1)
 *   HP  [B, T, U]    hidden state before step t (the left factor of dR = Σ_t h_{t−1}ᵀ dz_t)
 */
import { tf } from '../tf';
import { MATMUL_KERNEL, vec4MatMulFits } from './matmul';
import type { MaskedLstmOptions, MaskedLstmResult, MaskedLstmWeights } from './types';

export const FORWARD_KERNEL = 'FusedMaskedLstmForward';
export const BACKWARD_KERNEL = 'FusedMaskedLstmBackward';

/** Largest workgroup this code asks for (WebGPU's guaranteed minimum of maxComputeInvocationsPerWorkgroup). */
const MAX_THREADS = 256;
/** WebGPU's guaranteed minimum of maxComputeWorkgroupStorageSize, in bytes. */
const MAX_SHARED_BYTES = 16384;

/** How a layer of `units` units is split over workgroups. */
export interface Tiling {
  /** Sequences per workgroup. */
  seqs: number;
  /** Threads per workgroup. */
  threads: number;
  /** (sequence, unit) pairs each thread owns. */
  pairs: number;
}

export function tiling(units: number): Tiling {
  const seqs = Math.max(1, Math.floor(MAX_THREADS / units));
  const threads = Math.min(MAX_THREADS, seqs * units);
  return { seqs, threads, pairs: Math.ceil((seqs * units) / threads) };
}

/** Whether the fused kernels handle this many units (the backward's double-buffered gate gradients must fit). */
export function fusedSupports(units: number): boolean {
  const { seqs } = tiling(units);
  return 2 * seqs * 4 * units * 4 <= MAX_SHARED_BYTES;
}

/** What the kernels need of the WebGPU backend (typed here so nothing imports it at run time). */
interface WebGPUProgramLike {
  variableNames: string[];
  /** Per input: 1 = array<f32>, 4 = array<vec4<f32>>. */
  variableComponents?: number[];
  outputComponent?: number;
  outputShape: number[];
  shaderKey: string;
  dispatchLayout: { x: number[] };
  dispatch: [number, number, number];
  workgroupSize: [number, number, number];
  getUserCode: () => string;
}
interface WebGPUBackendLike {
  runWebGPUProgram(program: WebGPUProgramLike, inputs: tf.TensorInfo[], dtype: tf.DataType): tf.TensorInfo;
  disposeData(dataId: tf.DataId): boolean;
}

interface ProgramConfig {
  units: number;
  hard: boolean;
  reverse: boolean;
}

/** Shared WGSL: constants, gate activation and its derivative from the activated value. */
function prelude(c: ProgramConfig, t: Tiling): string {
  const act = c.hard ? 'clamp(0.2 * z + 0.5, 0.0, 1.0)' : '1.0 / (1.0 + exp(-z))';
  // hardSigmoid's gradient (tfjs: clipByValue's) is 0.2 strictly inside the ramp, 0 where clipped.
  const grad = c.hard ? 'select(0.0, 0.2, a > 0.0 && a < 1.0)' : 'a * (1.0 - a)';
  return `
    const U : i32 = ${c.units};
    const G : i32 = ${4 * c.units};
    const S : i32 = ${t.seqs};
    const WG : i32 = ${t.threads};
    const PAIRS : i32 = ${t.pairs};
    fn gateAct(z : f32) -> f32 { return ${act}; }
    fn gateGrad(a : f32) -> f32 { return ${grad}; }
    // Clamped so that no implementation's exp-based tanh overflows; tanh(±15) is ±1 in f32.
    fn tanhC(z : f32) -> f32 { return tanh(clamp(z, -15.0, 15.0)); }
  `;
}

function stepIndex(reverse: boolean): string {
  return reverse ? 'T - 1 - k' : 'k';
}

/** Floats in the forward workspace. */
function workspaceSize(batch: number, steps: number, units: number): number {
  return batch * (steps + 1) * units + 7 * batch * steps * units;
}

/**
 * Forward recurrence. Inputs: xw [B, T, G] (x·W + b), r [U, G], mask [B, T] (bool, int or float).
 * Output: the workspace (see the file comment), flat.
 */
function forwardProgram(c: ProgramConfig, batch: number, steps: number): WebGPUProgramLike {
  const t = tiling(c.units);
  return {
    variableNames: ['xw', 'r', 'mask'],
    outputShape: [workspaceSize(batch, steps, c.units)],
    shaderKey: `fusedLstmFwd_${c.units}_${c.hard}_${c.reverse}`,
    dispatchLayout: { x: [0] },
    dispatch: [Math.ceil(batch / t.seqs), 1, 1],
    workgroupSize: [t.threads, 1, 1],
    getUserCode: () => `
      ${prelude(c, t)}
      // Hidden states of this workgroup's S sequences, double-buffered: step k reads one half and
      // writes the other, so one barrier per step suffices.
      var<workgroup> hBuf : array<f32, ${2 * t.seqs * c.units}>;

      fn main(flatIndex : i32) {
        let B = uniforms.xwShape.x;
        let T = uniforms.xwShape.y;
        let lid = i32(localIndex);
        let seq0 = i32(workgroupId.x) * S;
        let zOff = B * (T + 1) * U;
        let cpOff = zOff + B * T * G;
        let cnOff = cpOff + B * T * U;
        let hpOff = cnOff + B * T * U;
        // Each thread owns PAIRS (sequence, unit) pairs; their cell states never leave the thread.
        var cReg : array<f32, PAIRS>;
        for (var q = 0; q < PAIRS; q++) {
          let p = lid + q * WG;
          if (p < S * U) { hBuf[p] = 0.0; }
          cReg[q] = 0.0;
        }
        workgroupBarrier();
        for (var k = 0; k < T; k++) {
          let t = ${stepIndex(c.reverse)};
          let cur = (k % 2) * S * U;
          let nxt = S * U - cur;
          for (var q = 0; q < PAIRS; q++) {
            let p = lid + q * WG;
            let s = p / U;
            let u = p - s * U;
            let b = seq0 + s;
            if (p < S * U && b < B) {
              let bt = b * T + t;
              let xo = bt * G + u;
              var zi = xw[xo];
              var zf = xw[xo + U];
              var zc = xw[xo + 2 * U];
              var zo = xw[xo + 3 * U];
              let hs = cur + s * U;
              // z += h_{t-1} · R, column u of each gate block; adjacent threads read adjacent columns.
              for (var j = 0; j < U; j++) {
                let hj = hBuf[hs + j];
                let ro = j * G + u;
                zi = zi + hj * r[ro];
                zf = zf + hj * r[ro + U];
                zc = zc + hj * r[ro + 2 * U];
                zo = zo + hj * r[ro + 3 * U];
              }
              let ig = gateAct(zi);
              let fg = gateAct(zf);
              let cg = tanhC(zc);
              let og = gateAct(zo);
              let cPrev = cReg[q];
              let hPrev = hBuf[cur + p];
              let cNew = fg * cPrev + ig * cg;
              let hNew = og * tanhC(cNew);
              // Keras masking: a padded step carries state and output forward unchanged.
              let m = f32(mask[bt]) != 0.0;
              let cOut = select(cPrev, cNew, m);
              let hOut = select(hPrev, hNew, m);
              cReg[q] = cOut;
              hBuf[nxt + p] = hOut;
              let zw = zOff + bt * G + u;
              result[zw] = ig;
              result[zw + U] = fg;
              result[zw + 2 * U] = cg;
              result[zw + 3 * U] = og;
              let sw = bt * U + u;
              result[cpOff + sw] = cPrev;
              result[cnOff + sw] = cNew;
              result[hpOff + sw] = hPrev;
              result[(b * (T + 1) + k) * U + u] = hOut;
              if (k == T - 1) { result[(b * (T + 1) + T) * U + u] = cOut; }
            }
          }
          workgroupBarrier();
        }
      }
    `,
  };
}

/**
 * Backward recurrence. Inputs: ws (the forward workspace), rt [G, U] (Rᵀ, so that adjacent threads
 * read adjacent memory), mask [B, T], dv [B, T+1, U] (gradient of OUT).
 * Output: dz [B, T, G], the gradient of the pre-activation gates at original time t (= of x·W + b).
 */
function backwardProgram(c: ProgramConfig, batch: number, steps: number): WebGPUProgramLike {
  const t = tiling(c.units);
  return {
    variableNames: ['ws', 'rt', 'mask', 'dv'],
    outputShape: [batch, steps, 4 * c.units],
    shaderKey: `fusedLstmBwd_${c.units}_${c.hard}_${c.reverse}`,
    dispatchLayout: { x: [0, 1, 2] },
    dispatch: [Math.ceil(batch / t.seqs), 1, 1],
    workgroupSize: [t.threads, 1, 1],
    getUserCode: () => `
      ${prelude(c, t)}
      // dz of this workgroup's S sequences, double-buffered by step parity so that one barrier per
      // step suffices (phase B of step n reads one half while phase A of step n+1 writes the other).
      var<workgroup> dzBuf : array<f32, ${2 * t.seqs * 4 * c.units}>;

      fn main(flatIndex : i32) {
        let B = uniforms.dvShape.x;
        let T = uniforms.dvShape.y - 1;
        let lid = i32(localIndex);
        let seq0 = i32(workgroupId.x) * S;
        let zOff = B * (T + 1) * U;
        let cpOff = zOff + B * T * G;
        let cnOff = cpOff + B * T * U;
        // Gradients w.r.t. the carried hidden and cell state, per owned pair (thread-private).
        var dh : array<f32, PAIRS>;
        var dc : array<f32, PAIRS>;
        for (var q = 0; q < PAIRS; q++) {
          let p = lid + q * WG;
          let s = p / U;
          let u = p - s * U;
          let b = seq0 + s;
          dh[q] = 0.0;
          dc[q] = 0.0;
          if (p < S * U && b < B) { dc[q] = dv[(b * (T + 1) + T) * U + u]; }
        }
        for (var n = 0; n < T; n++) {
          let k = T - 1 - n;
          let t = ${stepIndex(c.reverse)};
          let half = (n % 2) * S * G;
          // Phase A: gate gradients of step k from the carried dh, dc.
          for (var q = 0; q < PAIRS; q++) {
            let p = lid + q * WG;
            let s = p / U;
            let u = p - s * U;
            let b = seq0 + s;
            if (p < S * U && b < B) {
              let bt = b * T + t;
              let dhC = dh[q] + dv[(b * (T + 1) + k) * U + u];
              let dcC = dc[q];
              var dzi = 0.0;
              var dzf = 0.0;
              var dzc = 0.0;
              var dzo = 0.0;
              if (f32(mask[bt]) != 0.0) {
                let zr = zOff + bt * G + u;
                let ig = ws[zr];
                let fg = ws[zr + U];
                let cg = ws[zr + 2 * U];
                let og = ws[zr + 3 * U];
                let cn = ws[cnOff + bt * U + u];
                let cp = ws[cpOff + bt * U + u];
                let tc = tanhC(cn);
                let dcn = dcC + dhC * og * (1.0 - tc * tc);
                dzi = dcn * cg * gateGrad(ig);
                dzf = dcn * cp * gateGrad(fg);
                dzc = dcn * ig * (1.0 - cg * cg);
                dzo = dhC * tc * gateGrad(og);
                dc[q] = dcn * fg;
                dh[q] = 0.0;
              } else {
                // A padded step passed state through: its gradient passes straight back.
                dh[q] = dhC;
              }
              let so = half + s * G + u;
              dzBuf[so] = dzi;
              dzBuf[so + U] = dzf;
              dzBuf[so + 2 * U] = dzc;
              dzBuf[so + 3 * U] = dzo;
              let ro = bt * G + u;
              result[ro] = dzi;
              result[ro + U] = dzf;
              result[ro + 2 * U] = dzc;
              result[ro + 3 * U] = dzo;
            }
          }
          workgroupBarrier();
          // Phase B: dh_{k-1} += dz_k · Rᵀ (row u of R).
          for (var q = 0; q < PAIRS; q++) {
            let p = lid + q * WG;
            let s = p / U;
            let u = p - s * U;
            let b = seq0 + s;
            if (p < S * U && b < B) {
              var acc = dh[q];
              let so = half + s * G;
              for (var j = 0; j < G; j++) {
                acc = acc + dzBuf[so + j] * rt[j * U + u];
              }
              dh[q] = acc;
            }
          }
        }
      }
    `,
  };
}

/**
 * The forward recurrence for U divisible by 4: each thread owns 4 adjacent units of one sequence and
 * reads xw, R and writes the workspace as vec4 (a quarter of the loads and loop trips of the scalar
 * program; it matters most where WebGPU is emulated on the CPU). Same inputs, output and layout.
 */
function forwardProgram4(c: ProgramConfig, batch: number, steps: number): WebGPUProgramLike {
  const t = tiling(c.units);
  const threads = (t.seqs * c.units) / 4;
  return {
    variableNames: ['xw', 'r', 'mask'],
    variableComponents: [4, 4, 1],
    outputComponent: 4,
    outputShape: [workspaceSize(batch, steps, c.units)],
    shaderKey: `fusedLstmFwd4_${c.units}_${c.hard}_${c.reverse}`,
    dispatchLayout: { x: [0] },
    dispatch: [Math.ceil(batch / t.seqs), 1, 1],
    workgroupSize: [threads, 1, 1],
    getUserCode: () => `
      ${prelude(c, t)}
      const U4 : i32 = ${c.units / 4};
      const G4 : i32 = ${c.units};
      var<workgroup> hBuf : array<f32, ${2 * t.seqs * c.units}>;
      fn gateAct4(z : vec4<f32>) -> vec4<f32> {
        return vec4<f32>(gateAct(z.x), gateAct(z.y), gateAct(z.z), gateAct(z.w));
      }
      fn tanh4(z : vec4<f32>) -> vec4<f32> { return tanh(clamp(z, vec4<f32>(-15.0), vec4<f32>(15.0))); }

      fn main(flatIndex : i32) {
        let B = uniforms.xwShape.x;
        let T = uniforms.xwShape.y;
        let p = i32(localIndex);
        let s = p / U4;
        let q = p - s * U4;
        let b = i32(workgroupId.x) * S + s;
        let live = p < S * U4 && b < B;
        // Offsets in vec4 units (every section starts at a multiple of 4 floats when U % 4 == 0).
        let zOff = B * (T + 1) * U4;
        let cpOff = zOff + B * T * G4;
        let cnOff = cpOff + B * T * U4;
        let hpOff = cnOff + B * T * U4;
        var cReg = vec4<f32>(0.0);
        for (var i = p; i < 2 * S * U; i += ${threads}) { hBuf[i] = 0.0; }
        workgroupBarrier();
        for (var k = 0; k < T; k++) {
          let t = ${stepIndex(c.reverse)};
          let cur = (k % 2) * S * U;
          let nxt = S * U - cur;
          if (live) {
            let bt = b * T + t;
            let xo = bt * G4 + q;
            var zi = xw[xo];
            var zf = xw[xo + U4];
            var zc = xw[xo + 2 * U4];
            var zo = xw[xo + 3 * U4];
            let hs = cur + s * U;
            for (var j = 0; j < U; j++) {
              let hj = hBuf[hs + j];
              let ro = j * G4 + q;
              zi = zi + hj * r[ro];
              zf = zf + hj * r[ro + U4];
              zc = zc + hj * r[ro + 2 * U4];
              zo = zo + hj * r[ro + 3 * U4];
            }
            let ig = gateAct4(zi);
            let fg = gateAct4(zf);
            let cg = tanh4(zc);
            let og = gateAct4(zo);
            let hp = hs + 4 * q;
            let hPrev = vec4<f32>(hBuf[hp], hBuf[hp + 1], hBuf[hp + 2], hBuf[hp + 3]);
            let cPrev = cReg;
            let cNew = fg * cPrev + ig * cg;
            let hNew = og * tanh4(cNew);
            let m = f32(mask[bt]) != 0.0;
            let cOut = select(cPrev, cNew, m);
            let hOut = select(hPrev, hNew, m);
            cReg = cOut;
            let hn = nxt + s * U + 4 * q;
            hBuf[hn] = hOut.x;
            hBuf[hn + 1] = hOut.y;
            hBuf[hn + 2] = hOut.z;
            hBuf[hn + 3] = hOut.w;
            let zw = zOff + bt * G4 + q;
            result[zw] = ig;
            result[zw + U4] = fg;
            result[zw + 2 * U4] = cg;
            result[zw + 3 * U4] = og;
            let sw = bt * U4 + q;
            result[cpOff + sw] = cPrev;
            result[cnOff + sw] = cNew;
            result[hpOff + sw] = hPrev;
            result[(b * (T + 1) + k) * U4 + q] = hOut;
            if (k == T - 1) { result[(b * (T + 1) + T) * U4 + q] = cOut; }
          }
          workgroupBarrier();
        }
      }
    `,
  };
}

/** The backward recurrence for U divisible by 4, vec4 like forwardProgram4. Same inputs and output. */
function backwardProgram4(c: ProgramConfig, batch: number, steps: number): WebGPUProgramLike {
  const t = tiling(c.units);
  const threads = (t.seqs * c.units) / 4;
  return {
    variableNames: ['ws', 'rt', 'mask', 'dv'],
    variableComponents: [4, 4, 1, 4],
    outputComponent: 4,
    outputShape: [batch, steps, 4 * c.units],
    shaderKey: `fusedLstmBwd4_${c.units}_${c.hard}_${c.reverse}`,
    dispatchLayout: { x: [0, 1, 2] },
    dispatch: [Math.ceil(batch / t.seqs), 1, 1],
    workgroupSize: [threads, 1, 1],
    getUserCode: () => `
      ${prelude(c, t)}
      const U4 : i32 = ${c.units / 4};
      const G4 : i32 = ${c.units};
      var<workgroup> dzBuf : array<f32, ${2 * t.seqs * 4 * c.units}>;
      fn gateGrad4(a : vec4<f32>) -> vec4<f32> {
        return vec4<f32>(gateGrad(a.x), gateGrad(a.y), gateGrad(a.z), gateGrad(a.w));
      }
      fn tanh4(z : vec4<f32>) -> vec4<f32> { return tanh(clamp(z, vec4<f32>(-15.0), vec4<f32>(15.0))); }
      fn put(i : i32, v : vec4<f32>) {
        dzBuf[i] = v.x;
        dzBuf[i + 1] = v.y;
        dzBuf[i + 2] = v.z;
        dzBuf[i + 3] = v.w;
      }

      fn main(flatIndex : i32) {
        let B = uniforms.dvShape.x;
        let T = uniforms.dvShape.y - 1;
        let p = i32(localIndex);
        let s = p / U4;
        let q = p - s * U4;
        let b = i32(workgroupId.x) * S + s;
        let live = p < S * U4 && b < B;
        let zOff = B * (T + 1) * U4;
        let cpOff = zOff + B * T * G4;
        let cnOff = cpOff + B * T * U4;
        var dh = vec4<f32>(0.0);
        var dc = vec4<f32>(0.0);
        if (live) { dc = dv[(b * (T + 1) + T) * U4 + q]; }
        for (var n = 0; n < T; n++) {
          let k = T - 1 - n;
          let t = ${stepIndex(c.reverse)};
          let half = (n % 2) * S * G;
          if (live) {
            let bt = b * T + t;
            let dhC = dh + dv[(b * (T + 1) + k) * U4 + q];
            var dzi = vec4<f32>(0.0);
            var dzf = vec4<f32>(0.0);
            var dzc = vec4<f32>(0.0);
            var dzo = vec4<f32>(0.0);
            if (f32(mask[bt]) != 0.0) {
              let zr = zOff + bt * G4 + q;
              let ig = ws[zr];
              let fg = ws[zr + U4];
              let cg = ws[zr + 2 * U4];
              let og = ws[zr + 3 * U4];
              let cn = ws[cnOff + bt * U4 + q];
              let cp = ws[cpOff + bt * U4 + q];
              let tc = tanh4(cn);
              let dcn = dc + dhC * og * (1.0 - tc * tc);
              dzi = dcn * cg * gateGrad4(ig);
              dzf = dcn * cp * gateGrad4(fg);
              dzc = dcn * ig * (1.0 - cg * cg);
              dzo = dhC * tc * gateGrad4(og);
              dc = dcn * fg;
              dh = vec4<f32>(0.0);
            } else {
              dh = dhC;
            }
            let so = half + s * G + 4 * q;
            put(so, dzi);
            put(so + U, dzf);
            put(so + 2 * U, dzc);
            put(so + 3 * U, dzo);
            let ro = bt * G4 + q;
            result[ro] = dzi;
            result[ro + U4] = dzf;
            result[ro + 2 * U4] = dzc;
            result[ro + 3 * U4] = dzo;
          }
          workgroupBarrier();
          if (live) {
            // dh_{k-1} += dz_k · Rᵀ for the 4 owned units: rt [G, U] read as vec4 along u.
            var acc = dh;
            let so = half + s * G;
            for (var j = 0; j < G; j++) {
              acc = acc + dzBuf[so + j] * rt[j * U4 + q];
            }
            dh = acc;
          }
        }
      }
    `,
  };
}

interface KernelArgs {
  inputs: tf.NamedTensorInfoMap;
  backend: unknown;
  attrs?: tf.NamedAttrMap;
}

function configFrom(attrs: tf.NamedAttrMap | undefined, units: number): ProgramConfig {
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
 * Outputs: value [B, T+1, U] (outputs of the processed steps, then the final cell state) and the
 * workspace (saved for the gradient).
 */
function forwardKernel({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo[] {
  const { x, kernel, recurrentKernel, bias, mask } = inputs as Record<string, tf.TensorInfo>;
  const gpu = backend as WebGPUBackendLike;
  const [batch, steps, features] = x.shape;
  const units = recurrentKernel.shape[0];
  // [B·T, F] × [F, G] + b in one product (G = 4U is always a multiple of 4).
  const xw = builtin(MATMUL_KERNEL)({
    inputs: { a: x, b: kernel, bias },
    backend: backend as tf.KernelBackend,
    attrs: { m: batch * steps, k: features, transposeA: false, aOffset: 0 },
  }) as tf.TensorInfo;
  const config = configFrom(attrs, units);
  const program =
    units % 4 === 0 ? forwardProgram4(config, batch, steps) : forwardProgram(config, batch, steps);
  const ws = gpu.runWebGPUProgram(
    program,
    [view(xw, [batch, steps, 4 * units]), recurrentKernel, mask],
    'float32',
  );
  gpu.disposeData(xw.dataId);
  const value = builtin('Slice')({
    inputs: { x: ws },
    backend: backend as tf.KernelBackend,
    attrs: { begin: [0], size: [batch * (steps + 1) * units] },
  }) as tf.TensorInfo;
  return [view(value, [batch, steps + 1, units]), ws];
}

/** Inputs: ws, rt [G, U], mask [B, T], dv [B, T+1, U]. Output: dz [B, T, G]. */
function backwardKernel({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo {
  const { ws, rt, mask, dv } = inputs as Record<string, tf.TensorInfo>;
  const [batch, stepsPlusOne, units] = dv.shape;
  const config = configFrom(attrs, units);
  const program =
    units % 4 === 0
      ? backwardProgram4(config, batch, stepsPlusOne - 1)
      : backwardProgram(config, batch, stepsPlusOne - 1);
  return (backend as WebGPUBackendLike).runWebGPUProgram(program, [ws, rt, mask, dv], 'float32');
}

/**
 * Back-propagation through time. The recurrence runs at once (every input's gradient needs dz);
 * each input's gradient is a closure that autodiff calls only if that input needs one.
 */
function forwardGradient(
  dys: tf.Tensor | tf.Tensor[],
  saved: tf.Tensor[],
  attrs: tf.NamedAttrMap,
): Record<string, () => tf.Tensor> {
  const dv = (dys as tf.Tensor[])[0] as tf.Tensor3D;
  const [x, kernel, recurrent, mask, ws] = saved;
  const [batch, steps, features] = x.shape;
  const units = recurrent.shape[0];
  // [B·T, G]: gradient of x·W + b at every step.
  const dz = tf.reshape(
    tf.engine().runKernel(BACKWARD_KERNEL, { ws, rt: tf.transpose(recurrent), mask, dv }, attrs) as tf.Tensor,
    [batch * steps, 4 * units],
  );
  const hpOffset = batch * (steps + 1) * units + 6 * batch * steps * units;
  const n = batch * steps;
  /** op(A)·B through the vec4 program: A [M, K], or with transposeA A stored [K, M] from aOffset. */
  const product = (a: tf.Tensor, b: tf.Tensor, m: number, k: number, transposeA: boolean, aOffset = 0) =>
    tf.engine().runKernel(MATMUL_KERNEL, { a, b }, { m, k, transposeA, aOffset }) as tf.Tensor2D;
  return {
    x: () =>
      tf.reshape(
        vec4MatMulFits(features)
          ? product(dz, tf.transpose(kernel), n, 4 * units, false)
          : tf.matMul(dz, kernel, false, true),
        [batch, steps, features],
      ),
    kernel: () => product(x, dz, features, n, true),
    // h_{t−1} for every (b, t) is the workspace's HP section, [B·T, U], read in place:
    // dR = Σ_t h_{t−1}ᵀ dz_t as one product.
    recurrentKernel: () => product(ws, dz, units, n, true, hpOffset),
    // db = 1ᵀ·dz: the same program (tfjs's axis-0 sum would transpose dz first).
    bias: () => tf.reshape(product(tf.ones([n, 1]), dz, 1, n, true), [4 * units]),
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
      outputsToSave: [false, true],
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
  const attrs = { hard: opts.recurrentActivation === 'hardSigmoid', reverse: opts.goBackwards };
  return tf.tidy(() => {
    // The kernel always takes a bias and a mask (the gradient's saved inputs must exist).
    const inputs: tf.NamedTensorMap = {
      x,
      kernel: w.kernel,
      recurrentKernel: w.recurrentKernel,
      bias: w.bias ?? tf.zeros([4 * units]),
      mask: mask ?? tf.ones([batch, steps], 'bool'),
    };
    // [B, T+1, U]: outputs of the processed steps, then the final cell state.
    const [value] = tf.engine().runKernel(FORWARD_KERNEL, inputs, attrs) as tf.Tensor[];
    const h = tf.reshape(tf.slice(value, [0, steps - 1, 0], [batch, 1, units]), [
      batch,
      units,
    ]) as tf.Tensor2D;
    const c = tf.reshape(tf.slice(value, [0, steps, 0], [batch, 1, units]), [batch, units]) as tf.Tensor2D;
    const sequence = opts.returnSequences ? tf.slice(value, [0, 0, 0], [batch, steps, units]) : null;
    return { sequence, h, c } as unknown as tf.TensorContainerObject;
  }) as unknown as MaskedLstmResult;
}
