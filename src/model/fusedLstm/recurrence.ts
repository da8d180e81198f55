/**
 * The WGSL programs of the fused recurrence (forward, and back-propagation through time), each ONE
 * dispatch for all T steps: a workgroup carries SB sequences through every step, exchanging the
 * per-step state through workgroup memory with a barrier.
 *
 * Register tiling. An invocation owns W adjacent units (W = 4, 2 or 1: the widest vector that divides
 * U) of ALL SB sequences of its workgroup, for all four gates. Per recurrent row j it loads the 4
 * gates' R values for its units once and uses them for the SB sequences (and the SB hidden values
 * once for its 4·W columns): 4·W·SB multiply-adds per 4·W + SB loaded values, where one invocation
 * per (sequence, unit) would do 4 per 5. The gate activations and the state update need exactly the
 * values the invocation accumulated, so they run in the same pass, without sharing.
 *
 * Padding. Sequences come in the order of order.ts (by length), so the SB sequences of a workgroup
 * have similar padding; a step where all of them are padding skips the recurrent product (their
 * state is carried forward as Keras does, element-wise).
 *
 * Why this shape. On SwiftShader (the CPU WebGPU of the tests and of GPU-less machines) every load
 * whose index differs between invocations is an emulated per-lane gather; measured there, the loads
 * of a product cost about as much as the multiply-adds they feed, so reusing each loaded value for
 * many multiply-adds is what makes it fast (on the large benchmark shape the forward recurrence
 * went from about 3.4 s to under 1 s per batch, the padding skip included). On a real GPU the same
 * tiling is the usual register blocking; the recurrence there is bound by the latency of T
 * dependent steps rather than by occupancy, so fewer, fatter threads per step cost little, and the
 * projections and weight gradients (the parallel parts) run as separate matMuls.
 *
 * Layout of the forward program's output, the "workspace" (the layer's outputs and everything
 * backward needs), with B = batch, T = steps, U = units, G = 4U, all float32, row-major:
 *   OUT [B, T, U]  output after processing step k (masked steps repeat the previous one)
 *   HF  [B, U]     final output (= OUT at k = T−1)
 *   CF  [B, U]     final cell state
 *   Z   [B, T, G]  gates i, f, c̃ (tanh), o after activation, at original time t
 *   CP  [B, T, U]  cell state before step t
 *   CN  [B, T, U]  candidate cell state computed at step t (used only where the mask is 1)
 *   HP  [B, T, U]  hidden state before step t (the left factor of dR = Σ_t h_{t−1}ᵀ dz_t)
 */

import { each, LANES } from './wgsl';

/** WebGPU's guaranteed minimum of maxComputeInvocationsPerWorkgroup (and of workgroup size x). */
const MAX_THREADS = 256;
/** WebGPU's guaranteed minimum of maxComputeWorkgroupStorageSize, in float32s (16 KiB). */
const MAX_SHARED_FLOATS = 4096;
/**
 * Most sequences an invocation carries. 8 keeps the forward's 4·8 accumulators (vec4s) within what
 * GPUs hold in registers; measured on SwiftShader, 8 was faster than 4 and no slower than 16.
 */
const MAX_SEQS = 8;

/** How a layer of `units` units is split over invocations and workgroups. */
export interface Tiling {
  /** Units per invocation (vector width): 4, 2 or 1. */
  width: number;
  /** Invocations per workgroup = U / width. */
  threads: number;
  /** Sequences per workgroup (and per invocation) in the forward program. */
  forwardSeqs: number;
  /** Sequences per workgroup in the backward program (its gate gradients must fit in workgroup memory). */
  backwardSeqs: number;
  /**
   * W-wide vectors of units per invocation in the backward program: 2 where the row splits evenly.
   * Its product dz·Rᵀ loads 1/(NV·W) + 1/SB values per multiply-add, the forward's h·R (whose R
   * values serve 4 gates) 1/(4W) + 1/SB; two vectors close half the gap (measured: the backward
   * recurrence 14% faster on SwiftShader, large benchmark shape).
   */
  backwardVecs: number;
}

export function tiling(units: number, batch = MAX_SEQS): Tiling {
  const width = units % 4 === 0 ? 4 : units % 2 === 0 ? 2 : 1;
  // No more sequences per group than the batch has (a smaller batch would only compute padding).
  const cap = Math.max(1, Math.min(MAX_SEQS, batch));
  return {
    width,
    threads: units / width,
    // Forward: h double-buffered, 2·SB·U floats. Backward: dz of one step, SB·4U floats.
    forwardSeqs: Math.max(0, Math.min(cap, Math.floor(MAX_SHARED_FLOATS / (2 * units)))),
    backwardSeqs: Math.max(0, Math.min(cap, Math.floor(MAX_SHARED_FLOATS / (4 * units)))),
    backwardVecs: (units / width) % 2 === 0 ? 2 : 1,
  };
}

/**
 * Whether the fused programs handle this many units: one vector of units per invocation (so U ≤ 1024
 * when U % 4 = 0, ≤ 512 when even, ≤ 256 otherwise) and the gate gradients of one sequence in
 * workgroup memory.
 */
export function fusedSupports(units: number): boolean {
  const t = tiling(units);
  return units >= 1 && t.threads <= MAX_THREADS && t.backwardSeqs >= 1;
}

/** What the programs need of the WebGPU backend's program interface (typed here so nothing imports it at run time). */
export interface WebGPUProgramLike {
  variableNames: string[];
  /** Per input: 1 = array<f32>, 4 = array<vec4<f32>>. */
  variableComponents?: number[];
  outputComponent?: number;
  outputShape: number[];
  shaderKey: string;
  dispatchLayout: { x: number[] };
  dispatch: [number, number, number];
  workgroupSize: [number, number, number];
  uniforms?: string;
  getUserCode: () => string;
}

export interface RecurrenceConfig {
  units: number;
  /** hardSigmoid gates (else sigmoid). */
  hard: boolean;
  /** goBackwards: step k processes time T−1−k. */
  reverse: boolean;
}

/** Where each workspace section starts, in floats, and its total size (see the file comment). */
export function workspace(batch: number, steps: number, units: number) {
  const btu = batch * steps * units;
  const bu = batch * units;
  const z = btu + 2 * bu;
  return { hf: btu, cf: btu + bu, z, cp: z + 4 * btu, cn: z + 5 * btu, hp: z + 6 * btu, size: z + 7 * btu };
}

/** The same offsets in WGSL, in W-wide vectors (every section starts at a multiple of U floats). */
const SECTIONS = `
        let hfOff = B * T * UV;
        let cfOff = hfOff + B * UV;
        let zOff = cfOff + B * UV;
        let cpOff = zOff + B * T * GV;
        let cnOff = cpOff + B * T * UV;
        let hpOff = cnOff + B * T * UV;`;

/** WGSL of the W-wide value type, a splat of it, and lane c of a value of it. */
function vectorType(width: number) {
  const type = width === 1 ? 'f32' : `vec${width}<f32>`;
  return {
    type,
    splat: (v: string) => `${type}(${v})`,
    lane: (e: string, c: number) => (width === 1 ? e : `${e}.${LANES[c]}`),
  };
}

/** Constants and element-wise helpers shared by both programs (on W-wide values). */
function prelude(c: RecurrenceConfig, width: number, seqs: number): string {
  const v = vectorType(width);
  const act = c.hard
    ? `clamp(0.2 * z + ${v.splat('0.5')}, ${v.splat('0.0')}, ${v.splat('1.0')})`
    : `${v.splat('1.0')} / (${v.splat('1.0')} + exp(-z))`;
  // hardSigmoid's gradient (tfjs: clipByValue's) is 0.2 strictly inside the ramp, 0 where clipped.
  const grad = c.hard
    ? `select(${v.splat('0.0')}, ${v.splat('0.2')}, (a > ${v.splat('0.0')}) & (a < ${v.splat('1.0')}))`
    : `a * (${v.splat('1.0')} - a)`;
  return `
    // Units, and in W-wide vectors: units, gate columns; sequences per workgroup.
    const U : i32 = ${c.units};
    const UV : i32 = ${c.units / width};
    const GV : i32 = ${(4 * c.units) / width};
    const SB : i32 = ${seqs};
    fn gateAct(z : ${v.type}) -> ${v.type} { return ${act}; }
    fn gateGrad(a : ${v.type}) -> ${v.type} { return ${grad}; }
    // Clamped so that no implementation's exp-based tanh overflows; tanh(±15) is ±1 in f32.
    fn tanhC(z : ${v.type}) -> ${v.type} { return tanh(clamp(z, ${v.splat('-15.0')}, ${v.splat('15.0')})); }
  `;
}

function timeIndex(reverse: boolean): string {
  return reverse ? 'T - 1 - k' : 'k';
}

/**
 * The workgroup's sequences: slot s holds sequence order[seq0 + s] (order.ts: by length, so that a
 * group's padding lines up). ok{s}: the slot exists (the last workgroup may run past the batch: it
 * computes the last slot's sequence again and stores nothing).
 */
function sequenceRows(seqs: number): string {
  return each(
    seqs,
    (s) => `let b${s} = order[min(seq0 + ${s}, B - 1)];
        let ok${s} = seq0 + ${s} < B;`,
  );
}

/** Per slot, whether step t is real, and whether any slot's is (else the step's product is skipped). */
function stepMask(seqs: number): string {
  return `${each(seqs, (s) => `let m${s} = f32(mask[b${s} * T + t]) != 0.0;`)}
          let anyReal = ${Array.from({ length: seqs }, (_, s) => `m${s}`).join(' || ')};`;
}

/**
 * Forward recurrence. Inputs: xw [B, T, G] (x·W + b), r [U, G], mask [B, T] (bool, int or float),
 * order [B] int32 (order.ts). Output: the workspace (see the file comment), flat. One workgroup per
 * SB sequences. At a step where all of them are padding, z·R is skipped (their state is carried).
 */
export function forwardProgram(c: RecurrenceConfig, batch: number, steps: number): WebGPUProgramLike {
  const t = tiling(c.units, batch);
  const W = t.width;
  const SB = t.forwardSeqs;
  const v = vectorType(W);
  return {
    variableNames: ['xw', 'r', 'mask', 'order'],
    variableComponents: [W, W, 1, 1],
    outputComponent: W,
    outputShape: [workspace(batch, steps, c.units).size],
    shaderKey: `fusedLstmFwd_${c.units}_${SB}_${c.hard}_${c.reverse}`,
    dispatchLayout: { x: [0] },
    dispatch: [Math.ceil(batch / SB), 1, 1],
    workgroupSize: [t.threads, 1, 1],
    getUserCode: () => `
      ${prelude(c, W, SB)}
      // Hidden states of the workgroup's SB sequences, [SB, U] in W-wide vectors, double-buffered:
      // step k reads one half and writes the other, so one barrier per step suffices.
      var<workgroup> hBuf : array<${v.type}, ${2 * SB * (c.units / W)}>;

      fn main(flatIndex : i32) {
        let B = uniforms.xwShape.x;
        let T = uniforms.xwShape.y;
        // This invocation's units: q·W .. q·W+W−1 (vector q of a row).
        let q = i32(localIndex);
        let seq0 = i32(workgroupId.x) * SB;
        ${sequenceRows(SB)}
        ${SECTIONS}
        // Cell states never leave the invocation.
        ${each(SB, (s) => `var c${s} = ${v.splat('0.0')};`)}
        ${each(SB, (s) => `hBuf[${s} * UV + q] = ${v.splat('0.0')};`)}
        workgroupBarrier();
        for (var k = 0; k < T; k++) {
          let t = ${timeIndex(c.reverse)};
          let cur = (k % 2) * SB * UV;
          let nxt = SB * UV - cur;
          ${stepMask(SB)}
          // z = x·W + b for the 4 gates of the owned units, then += h_{t−1} · R below.
          ${each(
            SB,
            (s) => `let x${s} = (b${s} * T + t) * GV + q;
          var zi${s} = xw[x${s}];
          var zf${s} = xw[x${s} + UV];
          var zc${s} = xw[x${s} + 2 * UV];
          var zo${s} = xw[x${s} + 3 * UV];`,
          )}
          for (var jv = 0; jv < select(0, UV, anyReal); jv++) {
            ${each(SB, (s) => `let h${s} = hBuf[cur + ${s} * UV + jv];`)}
            ${each(
              W,
              (l) => `{
              // Row j = jv·W + ${l} of R: the owned columns of each gate block.
              let ro = (jv * ${W} + ${l}) * GV + q;
              let ri = r[ro];
              let rf = r[ro + UV];
              let rc = r[ro + 2 * UV];
              let rq = r[ro + 3 * UV];
              ${each(
                SB,
                (s) => `zi${s} = zi${s} + ${v.lane(`h${s}`, l)} * ri;
              zf${s} = zf${s} + ${v.lane(`h${s}`, l)} * rf;
              zc${s} = zc${s} + ${v.lane(`h${s}`, l)} * rc;
              zo${s} = zo${s} + ${v.lane(`h${s}`, l)} * rq;`,
              )}
            }`,
            )}
          }
          ${each(
            SB,
            (s) => `{
            let ig = gateAct(zi${s});
            let fg = gateAct(zf${s});
            let cg = tanhC(zc${s});
            let og = gateAct(zo${s});
            let bt = b${s} * T + t;
            let cPrev = c${s};
            let hPrev = hBuf[cur + ${s} * UV + q];
            let cNew = fg * cPrev + ig * cg;
            let hNew = og * tanhC(cNew);
            // Keras masking: a padded step carries state and output forward unchanged.
            let cOut = select(cPrev, cNew, m${s});
            let hOut = select(hPrev, hNew, m${s});
            c${s} = cOut;
            hBuf[nxt + ${s} * UV + q] = hOut;
            if (ok${s}) {
              let zw = zOff + bt * GV + q;
              result[zw] = ig;
              result[zw + UV] = fg;
              result[zw + 2 * UV] = cg;
              result[zw + 3 * UV] = og;
              let sw = bt * UV + q;
              result[cpOff + sw] = cPrev;
              result[cnOff + sw] = cNew;
              result[hpOff + sw] = hPrev;
              result[(b${s} * T + k) * UV + q] = hOut;
              if (k == T - 1) {
                result[hfOff + b${s} * UV + q] = hOut;
                result[cfOff + b${s} * UV + q] = cOut;
              }
            }
          }`,
          )}
          workgroupBarrier();
        }
      }
    `,
  };
}

/**
 * Backward recurrence. Inputs: ws (the forward workspace), r [U, G], mask [B, T], order [B] int32
 * (the forward's), dh and dc [B, U] (gradients of the final output and cell state), dseq [B, T, U]
 * (gradient of OUT, read only when the uniform hasSeq is 1; else any float tensor).
 * Output: dz [B, T, G], the gradient of the pre-activation gates at original time t (= of x·W + b).
 * Per step: phase A turns the carried dh, dc into the step's gate gradients dz (element-wise, for
 * the owned units and sequences) and shares them; phase B computes dh_{k−1} = dz_k · Rᵀ for the
 * owned units: row u of R dotted with dz, each R vector reused for the SB sequences.
 */
export function backwardProgram(c: RecurrenceConfig, batch: number, steps: number): WebGPUProgramLike {
  const t = tiling(c.units, batch);
  const W = t.width;
  const SB = t.backwardSeqs;
  const NV = t.backwardVecs;
  const v = vectorType(W);
  // Per (slot s, owned vector o): the state gradients dh{s}_{o}, dc{s}_{o}.
  const so = (body: (s: number, o: number) => string) => each(SB, (s) => each(NV, (o) => body(s, o)));
  // dz{s} · row (q{o}·W + i) of R, for i = 0..W−1, as one W-wide value.
  const dots = (s: number, o: number) =>
    W === 1
      ? `d${s} * r${o}_0`
      : `${v.type}(${Array.from({ length: W }, (_, i) => `dot(d${s}, r${o}_${i})`).join(', ')})`;
  return {
    variableNames: ['ws', 'r', 'mask', 'order', 'dh', 'dc', 'dseq'],
    variableComponents: [W, W, 1, 1, W, W, W],
    outputComponent: W,
    outputShape: [batch, steps, 4 * c.units],
    shaderKey: `fusedLstmBwd_${c.units}_${SB}_${NV}_${c.hard}_${c.reverse}`,
    dispatchLayout: { x: [0, 1, 2] },
    dispatch: [Math.ceil(batch / SB), 1, 1],
    workgroupSize: [t.threads / NV, 1, 1],
    uniforms: 'hasSeq : i32,',
    getUserCode: () => `
      ${prelude(c, W, SB)}
      // Gate gradients of the current step for the SB sequences, [SB, G] in W-wide vectors.
      var<workgroup> dzBuf : array<${v.type}, ${SB * ((4 * c.units) / W)}>;

      fn main(flatIndex : i32) {
        let B = uniforms.maskShape.x;
        let T = uniforms.maskShape.y;
        let hasSeq = uniforms.hasSeq != 0;
        // This invocation's units: the NV adjacent vectors q{o} = ${NV}·localIndex + o of a row.
        ${each(NV, (o) => `let q${o} = i32(localIndex) * ${NV} + ${o};`)}
        let seq0 = i32(workgroupId.x) * SB;
        ${sequenceRows(SB)}
        ${SECTIONS}
        // Gradients w.r.t. the carried output and cell state, from those of the final ones.
        ${so(
          (s, o) => `var dh${s}_${o} = dh[b${s} * UV + q${o}];
        var dc${s}_${o} = dc[b${s} * UV + q${o}];`,
        )}
        for (var n = 0; n < T; n++) {
          let k = T - 1 - n;
          let t = ${timeIndex(c.reverse)};
          ${stepMask(SB)}
          // Phase A: gate gradients of step k.
          ${so(
            (s, o) => `{
            let q = q${o};
            let bt = b${s} * T + t;
            var dhC = dh${s}_${o};
            if (hasSeq) { dhC = dhC + dseq[(b${s} * T + k) * UV + q]; }
            let zr = zOff + bt * GV + q;
            let ig = ws[zr];
            let fg = ws[zr + UV];
            let cg = ws[zr + 2 * UV];
            let og = ws[zr + 3 * UV];
            let tc = tanhC(ws[cnOff + bt * UV + q]);
            let cp = ws[cpOff + bt * UV + q];
            let dcn = dc${s}_${o} + dhC * og * (1.0 - tc * tc);
            let m = m${s};
            let zero = ${v.splat('0.0')};
            let dzi = select(zero, dcn * cg * gateGrad(ig), m);
            let dzf = select(zero, dcn * cp * gateGrad(fg), m);
            let dzc = select(zero, dcn * ig * (1.0 - cg * cg), m);
            let dzo = select(zero, dhC * tc * gateGrad(og), m);
            // A padded step passed the state through: its gradient passes straight back.
            dc${s}_${o} = select(dc${s}_${o}, dcn * fg, m);
            dh${s}_${o} = select(dhC, zero, m);
            let so = ${s} * GV + q;
            dzBuf[so] = dzi;
            dzBuf[so + UV] = dzf;
            dzBuf[so + 2 * UV] = dzc;
            dzBuf[so + 3 * UV] = dzo;
            if (ok${s}) {
              let ro = bt * GV + q;
              result[ro] = dzi;
              result[ro + UV] = dzf;
              result[ro + 2 * UV] = dzc;
              result[ro + 3 * UV] = dzo;
            }
          }`,
          )}
          workgroupBarrier();
          // Phase B: dh_{k−1}[u] += Σ_g dz_k[g] R[u, g] over W-wide runs of g, for the owned units u
          // (dz is zero where every slot is padding).
          for (var gv = 0; gv < select(0, GV, anyReal); gv++) {
            ${each(SB, (s) => `let d${s} = dzBuf[${s} * GV + gv];`)}
            ${each(NV, (o) => each(W, (i) => `let r${o}_${i} = r[(q${o} * ${W} + ${i}) * GV + gv];`))}
            ${so((s, o) => `dh${s}_${o} = dh${s}_${o} + ${dots(s, o)};`)}
          }
          // dzBuf is rewritten by the next step's phase A.
          workgroupBarrier();
        }
      }
    `,
  };
}
