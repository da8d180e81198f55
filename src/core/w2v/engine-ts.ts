import * as C from '../wasm/assembly/ctx.ts';
import type { W2VKernelExports } from '../wasm/load.ts';
import { CLcg } from './lcg.ts';
import { EXP_INDEX_SCALE, lossTerm, MAX_EXP, MAX_SENTENCE_LENGTH } from './tables.ts';

const fr = Math.fround;

/**
 * The reference engine: the WebAssembly kernel (src/core/wasm/assembly/w2v.ts) written in plain
 * TypeScript over the same memory and context block, operation for operation. Each float32
 * operation of the kernel is one `Math.fround` here (a float64 result rounded once to float32 is
 * exactly the float32 result for +, −, ×, ÷), and the dot product sums in the kernel's lane order
 * (four 4-lane accumulators),
 * so the two produce bit-identical weights. About 10× slower: for tests and for engines without
 * WebAssembly SIMD.
 */
export function createTsKernel(memory: WebAssembly.Memory): W2VKernelExports {
  const buf = memory.buffer;
  const f32 = new Float32Array(buf);
  const i32 = new Int32Array(buf);
  const u8 = new Uint8Array(buf);
  const f64 = new Float64Array(buf);
  const u64 = new BigUint64Array(buf);
  const rng = new CLcg(0);
  // Sixteen float64 slots standing for the kernel's four f32x4 accumulators.
  const acc = new Float64Array(16);

  /** Kernel `dot`, addresses as float indices; every step rounded to float32 as the kernel's. */
  function dot(a: number, b: number, n: number): number {
    acc.fill(0);
    const n16 = n & ~15;
    let i = 0;
    for (; i < n16; i += 16) {
      for (let l = 0; l < 16; l++) acc[l] = fr(acc[l] + fr(f32[a + i + l] * f32[b + i + l]));
    }
    if (i + 8 <= n) {
      for (let l = 0; l < 8; l++) acc[l] = fr(acc[l] + fr(f32[a + i + l] * f32[b + i + l]));
      i += 8;
    }
    if (i + 4 <= n) {
      for (let l = 0; l < 4; l++) acc[l] = fr(acc[l] + fr(f32[a + i + l] * f32[b + i + l]));
      i += 4;
    }
    // acc = (acc0 + acc1) + (acc2 + acc3), lane by lane; then (l0 + l2) + (l1 + l3).
    const lane = (j: number): number => fr(fr(acc[j] + acc[4 + j]) + fr(acc[8 + j] + acc[12 + j]));
    let f = fr(fr(lane(0) + lane(2)) + fr(lane(1) + lane(3)));
    for (; i < n; i++) f = fr(f + fr(f32[a + i] * f32[b + i]));
    return f;
  }

  /** Kernel `update`: err += g·row, row += g·h. Element-wise, so lane order does not matter. */
  function update(row: number, h: number, err: number, g: number, n: number): void {
    for (let i = 0; i < n; i++) {
      const r = f32[row + i];
      f32[err + i] = f32[err + i] + fr(g * r);
      f32[row + i] = r + fr(g * f32[h + i]);
    }
  }

  function addTo(dst: number, src: number, n: number): void {
    for (let i = 0; i < n; i++) f32[dst + i] = f32[dst + i] + f32[src + i];
  }

  function trainChunk(ctx: number, pos: number, end: number, alpha: number, minWords: number): number {
    const c4 = ctx >> 2;
    const size = i32[c4 + C.CTX_SIZE / 4];
    const window = i32[c4 + C.CTX_WINDOW / 4];
    const negative = i32[c4 + C.CTX_NEGATIVE / 4];
    const hs = i32[c4 + C.CTX_HS / 4];
    const cbow = i32[c4 + C.CTX_CBOW / 4];
    const vocabSize = i32[c4 + C.CTX_VOCAB_SIZE / 4];
    const tableSize = i32[c4 + C.CTX_TABLE_SIZE / 4];
    // Float/int indices (byte address / 4) of every array; codes are bytes.
    const syn0 = i32[c4 + C.CTX_SYN0 / 4] >> 2;
    const syn1 = i32[c4 + C.CTX_SYN1 / 4] >> 2;
    const syn1neg = i32[c4 + C.CTX_SYN1NEG / 4] >> 2;
    const expTable = i32[c4 + C.CTX_EXP_TABLE / 4] >> 2;
    const keep = i32[c4 + C.CTX_KEEP / 4] >> 2;
    const starts = i32[c4 + C.CTX_TABLE / 4] >> 2;
    const coarse = i32[c4 + C.CTX_COARSE / 4] >> 2;
    const shift = i32[c4 + C.CTX_COARSE_SHIFT / 4];
    const codeLengths = i32[c4 + C.CTX_CODE_LENGTHS / 4] >> 2;
    const codeOffsets = i32[c4 + C.CTX_CODE_OFFSETS / 4] >> 2;
    const codes = i32[c4 + C.CTX_CODES / 4];
    const points = i32[c4 + C.CTX_POINTS / 4] >> 2;
    const corpus = i32[c4 + C.CTX_CORPUS / 4] >> 2;
    const neu1 = i32[c4 + C.CTX_NEU1 / 4] >> 2;
    const neu1e = i32[c4 + C.CTX_NEU1E / 4] >> 2;
    const sen = i32[c4 + C.CTX_SENTENCE / 4] >> 2;
    const lossOn = i32[c4 + C.CTX_LOSS_ON / 4] !== 0;
    const lossTable = i32[c4 + C.CTX_LOSS_TABLE / 4] >> 3;
    rng.value = u64[(ctx + C.CTX_RNG) >> 3];
    let lossSum = f64[(ctx + C.CTX_LOSS_SUM) >> 3];
    let pairs = f64[(ctx + C.CTX_PAIRS) >> 3];
    const a = fr(alpha);
    const start = pos;

    // One negative-sampling or hierarchical-softmax step on output row l2 (float index) for input
    // h, accumulating into neu1e. Returns nothing; loss and weights change in place.
    const nsStep = (h: number, word: number, d: number): void => {
      let target = word;
      let label = 1;
      if (d > 0) {
        rng.step();
        // The table slot's word, looked up in the run index as the kernel does.
        const j = rng.shr16Mod(tableSize);
        let lo = i32[coarse + (j >> shift)];
        let hi = i32[coarse + (j >> shift) + 1];
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (i32[starts + mid] <= j) lo = mid;
          else hi = mid - 1;
        }
        target = lo;
        if (target === 0) target = rng.mod(vocabSize - 1) + 1;
        if (target === word) return;
        label = 0;
      }
      const l2 = syn1neg + target * size;
      const f = dot(h, l2, size);
      if (lossOn) lossSum += lossTerm(d === 0 ? f : -f, f64, lossTable);
      let g: number;
      if (f > MAX_EXP) g = fr((label - 1) * a);
      else if (f < -MAX_EXP) g = fr(label * a);
      else g = fr(fr(label - f32[expTable + expIdx(f)]) * a);
      update(l2, h, neu1e, g, size);
    };
    const hsStep = (h: number, off: number): void => {
      const l2 = syn1 + i32[points + off] * size;
      const f = dot(h, l2, size);
      const code = u8[codes + off];
      if (lossOn) lossSum += lossTerm(code !== 0 ? -f : f, f64, lossTable);
      if (f <= -MAX_EXP || f >= MAX_EXP) return;
      const s = f32[expTable + expIdx(f)];
      update(l2, h, neu1e, fr(fr(1 - code - s) * a), size);
    };

    while (pos < end && pos - start <= minWords) {
      let len = 0;
      while (pos < end) {
        const w = i32[corpus + pos];
        pos++;
        if (w === 0) break;
        if (keep !== 0) {
          rng.step();
          if (f32[keep + w] < rng.low16() / 65536) continue;
        }
        i32[sen + len] = w;
        len++;
        if (len >= MAX_SENTENCE_LENGTH) break;
      }

      for (let p = 0; p < len; p++) {
        const word = i32[sen + p];
        rng.step();
        const span = window - rng.mod(window);
        const cFirst = Math.max(p - span, 0);
        const cLast = Math.min(p + span, len - 1);
        const hsLen = hs !== 0 ? i32[codeLengths + word] : 0;
        const hsOff = hs !== 0 ? i32[codeOffsets + word] : 0;
        if (cbow !== 0) {
          f32.fill(0, neu1, neu1 + size);
          f32.fill(0, neu1e, neu1e + size);
          let cw = 0;
          for (let c = cFirst; c <= cLast; c++) {
            if (c === p) continue;
            addTo(neu1, syn0 + i32[sen + c] * size, size);
            cw++;
          }
          if (cw === 0) continue;
          for (let i = 0; i < size; i++) f32[neu1 + i] = f32[neu1 + i] / cw;
          pairs += 1;
          for (let d = 0; d < hsLen; d++) hsStep(neu1, hsOff + d);
          if (negative > 0) for (let d = 0; d <= negative; d++) nsStep(neu1, word, d);
          for (let c = cFirst; c <= cLast; c++) {
            if (c === p) continue;
            addTo(syn0 + i32[sen + c] * size, neu1e, size);
          }
        } else {
          for (let c = cFirst; c <= cLast; c++) {
            if (c === p) continue;
            const l1 = syn0 + i32[sen + c] * size;
            f32.fill(0, neu1e, neu1e + size);
            pairs += 1;
            for (let d = 0; d < hsLen; d++) hsStep(l1, hsOff + d);
            if (negative > 0) for (let d = 0; d <= negative; d++) nsStep(l1, word, d);
            addTo(l1, neu1e, size);
          }
        }
      }
    }
    u64[(ctx + C.CTX_RNG) >> 3] = rng.value;
    f64[(ctx + C.CTX_LOSS_SUM) >> 3] = lossSum;
    f64[(ctx + C.CTX_PAIRS) >> 3] = pairs;
    return pos;
  }

  return { trainChunk };
}

/** `(int)((f + MAX_EXP) * 83)` in float32, as the kernel computes it. */
function expIdx(f: number): number {
  return Math.trunc(fr(fr(f + MAX_EXP) * EXP_INDEX_SCALE));
}
