import * as C from '../wasm/assembly/ctx.ts';
import type { W2VKernelExports } from '../wasm/load.ts';
import { CLcg } from './lcg.ts';
import { EXP_INDEX_SCALE, lossTerm, MAX_EXP, MAX_SENTENCE_LENGTH } from './tables.ts';
import type { OutputTrace, PairTrace, SubsampleDecision } from './trace.ts';

const fr = Math.fround;

/**
 * The reference engine: the WebAssembly kernel (src/core/wasm/assembly/w2v.ts) written in plain
 * TypeScript over the same memory and context block, operation for operation. Each float32
 * operation of the kernel is one `Math.fround` here (a float64 result rounded once to float32 is
 * exactly the float32 result for +, −, ×, ÷), and the dot product sums in the kernel's lane order
 * (four 4-lane accumulators), so the two produce bit-identical weights. About 10× slower: for
 * tests, for engines without WebAssembly SIMD, and for the step-through mode, which stops after
 * every pair (`TsChunk.next`) and records what the pair did (`PairTrace`).
 *
 * `trainChunk` is nothing but `next` called until the chunk ends, so a chunk stepped pair by pair
 * and a chunk trained in one call are the same computation.
 */
export function createTsKernel(memory: WebAssembly.Memory): W2VKernelExports {
  const views = new MemoryViews(memory);
  return {
    trainChunk(ctx: number, pos: number, end: number, alpha: number, minWords: number): number {
      const run = new TsChunk(views, ctx);
      run.begin(pos, end, alpha, minWords);
      while (run.next(null));
      return run.finish();
    },
  };
}

/** A chunk on worker context `ctx` of `memory`, trained one pair per `next` (see TsChunk). */
export function openTsChunk(memory: WebAssembly.Memory, ctx: number): TsChunk {
  return new TsChunk(new MemoryViews(memory), ctx);
}

/** Typed views over the model memory (its size never changes: initial = maximum pages). */
class MemoryViews {
  readonly f32: Float32Array;
  readonly i32: Int32Array;
  readonly u8: Uint8Array;
  readonly f64: Float64Array;
  readonly u64: BigUint64Array;
  /** Sixteen float64 slots standing for the kernel's four f32x4 accumulators. */
  readonly acc = new Float64Array(16);

  constructor(memory: WebAssembly.Memory) {
    const buf = memory.buffer;
    this.f32 = new Float32Array(buf);
    this.i32 = new Int32Array(buf);
    this.u8 = new Uint8Array(buf);
    this.f64 = new Float64Array(buf);
    this.u64 = new BigUint64Array(buf);
  }

  /** Kernel `dot`, addresses as float indices; every step rounded to float32 as the kernel's. */
  dot(a: number, b: number, n: number): number {
    const f32 = this.f32;
    const acc = this.acc;
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
  update(row: number, h: number, err: number, g: number, n: number): void {
    const f32 = this.f32;
    for (let i = 0; i < n; i++) {
      const r = f32[row + i];
      f32[err + i] = f32[err + i] + fr(g * r);
      f32[row + i] = r + fr(g * f32[h + i]);
    }
  }

  addTo(dst: number, src: number, n: number): void {
    const f32 = this.f32;
    for (let i = 0; i < n; i++) f32[dst + i] = f32[dst + i] + f32[src + i];
  }

  /** A float32 copy of `n` floats at float index `at`. */
  copy(at: number, n: number): Float32Array {
    return this.f32.slice(at, at + n);
  }
}

/**
 * One kernel call, `trainChunk(ctx, pos, end, alpha, minWords)`, made resumable: `begin` loads
 * the worker's RNG and loss accumulators from its context block, each `next` trains exactly one
 * pair (skipping positions that make none, consuming their random numbers as the kernel does),
 * and `finish` stores them back and returns the corpus position reached. The loop state that the
 * kernel keeps in locals (sentence length, position, context index, window) lives in fields.
 */
export class TsChunk {
  private readonly m: MemoryViews;
  private readonly ctx: number;
  private readonly rng = new CLcg(0);
  // Settings and float/int indices (byte address / 4) of every array, from the context block.
  private readonly size: number;
  private readonly window: number;
  private readonly negative: number;
  private readonly hs: boolean;
  private readonly cbow: boolean;
  private readonly vocabSize: number;
  private readonly tableSize: number;
  private readonly syn0: number;
  private readonly syn1: number;
  private readonly syn1neg: number;
  private readonly expTable: number;
  private readonly keep: number;
  private readonly starts: number;
  private readonly coarse: number;
  private readonly shift: number;
  private readonly codeLengths: number;
  private readonly codeOffsets: number;
  /** A byte address: codes are bytes. */
  private readonly codes: number;
  private readonly points: number;
  private readonly corpus: number;
  private readonly neu1: number;
  private readonly neu1e: number;
  private readonly sen: number;
  private readonly lossOn: boolean;
  private readonly lossTable: number;
  // The call's arguments and accumulators.
  private pos = 0;
  private start = 0;
  private end = 0;
  private minWords = 0;
  private alpha = 0;
  private lossSum = 0;
  private pairs = 0;
  // Loop state: the sentence buffer holds `len` ids; `p` is the position being trained; for
  // skip-gram `c` is the next context index to try (−1: position p not opened yet).
  private len = 0;
  private p = 0;
  private c = -1;
  private cFirst = 0;
  private cLast = 0;
  private b = 0;
  private word = 0;
  private hsLen = 0;
  private hsOff = 0;
  /** Where the current sentence's reading started, and the RNG state then (to replay it for a trace). */
  private sentenceStart = 0;
  private readonly sentenceRng = new CLcg(0);

  constructor(views: MemoryViews, ctx: number) {
    this.m = views;
    this.ctx = ctx;
    const i32 = views.i32;
    const c4 = ctx >> 2;
    const at = (offset: number): number => i32[c4 + offset / 4];
    this.size = at(C.CTX_SIZE);
    this.window = at(C.CTX_WINDOW);
    this.negative = at(C.CTX_NEGATIVE);
    this.hs = at(C.CTX_HS) !== 0;
    this.cbow = at(C.CTX_CBOW) !== 0;
    this.vocabSize = at(C.CTX_VOCAB_SIZE);
    this.tableSize = at(C.CTX_TABLE_SIZE);
    this.syn0 = at(C.CTX_SYN0) >> 2;
    this.syn1 = at(C.CTX_SYN1) >> 2;
    this.syn1neg = at(C.CTX_SYN1NEG) >> 2;
    this.expTable = at(C.CTX_EXP_TABLE) >> 2;
    this.keep = at(C.CTX_KEEP) >> 2;
    this.starts = at(C.CTX_TABLE) >> 2;
    this.coarse = at(C.CTX_COARSE) >> 2;
    this.shift = at(C.CTX_COARSE_SHIFT);
    this.codeLengths = at(C.CTX_CODE_LENGTHS) >> 2;
    this.codeOffsets = at(C.CTX_CODE_OFFSETS) >> 2;
    this.codes = at(C.CTX_CODES);
    this.points = at(C.CTX_POINTS) >> 2;
    this.corpus = at(C.CTX_CORPUS) >> 2;
    this.neu1 = at(C.CTX_NEU1) >> 2;
    this.neu1e = at(C.CTX_NEU1E) >> 2;
    this.sen = at(C.CTX_SENTENCE) >> 2;
    this.lossOn = at(C.CTX_LOSS_ON) !== 0;
    this.lossTable = at(C.CTX_LOSS_TABLE) >> 3;
  }

  /** The kernel call's arguments: train sentences from `pos` until more than `minWords` ids were read. */
  begin(pos: number, end: number, alpha: number, minWords: number): void {
    const { f64, u64 } = this.m;
    this.rng.value = u64[(this.ctx + C.CTX_RNG) >> 3];
    this.lossSum = f64[(this.ctx + C.CTX_LOSS_SUM) >> 3];
    this.pairs = f64[(this.ctx + C.CTX_PAIRS) >> 3];
    this.pos = pos;
    this.start = pos;
    this.end = end;
    this.minWords = minWords;
    this.alpha = fr(alpha);
    this.len = 0;
    this.p = 0;
    this.c = -1;
  }

  /** Corpus position after the sentence being trained (where the chunk resumes reading). */
  get position(): number {
    return this.pos;
  }

  /**
   * Trains the next pair and returns true, or returns false when the chunk is over (then call
   * `finish`). With a trace, records the pair in it (the same values the update uses).
   */
  next(trace: PairTrace | null): boolean {
    for (;;) {
      if (this.p >= this.len) {
        if (!(this.pos < this.end && this.pos - this.start <= this.minWords)) return false;
        this.sentenceStart = this.pos;
        this.sentenceRng.value = this.rng.value;
        this.len = this.readSentence(this.rng, null);
        this.p = 0;
        this.c = -1;
        continue;
      }
      if (this.c < 0) this.openPosition();
      if (this.cbow) {
        const trained = this.cbowPair(trace);
        this.p++;
        this.c = -1;
        if (trained) return true;
        continue;
      }
      if (this.c === this.p) this.c++;
      if (this.c > this.cLast) {
        this.p++;
        this.c = -1;
        continue;
      }
      this.skipGramPair(this.c, trace);
      this.c++;
      return true;
    }
  }

  /** Stores the RNG and loss accumulators back in the context block; returns the position reached. */
  finish(): number {
    const { f64, u64 } = this.m;
    u64[(this.ctx + C.CTX_RNG) >> 3] = this.rng.value;
    f64[(this.ctx + C.CTX_LOSS_SUM) >> 3] = this.lossSum;
    f64[(this.ctx + C.CTX_PAIRS) >> 3] = this.pairs;
    return this.pos;
  }

  /**
   * Reads one sentence from `this.pos` into the sentence buffer, drawing the subsampling decision
   * of each word from `rng`, and returns its length. With `record`, nothing is written or moved:
   * the reading is replayed from `this.sentenceStart` on a copy of the RNG and every decision is
   * recorded (the step-through shows which words subsampling dropped).
   */
  private readSentence(rng: CLcg, record: SubsampleDecision[] | null): number {
    const { i32, f32 } = this.m;
    const corpus = this.corpus;
    const keep = this.keep;
    let pos = record ? this.sentenceStart : this.pos;
    let len = 0;
    while (pos < this.end) {
      const w = i32[corpus + pos];
      pos++;
      if (w === 0) break;
      if (keep !== 0) {
        rng.step();
        const k = f32[keep + w];
        const draw = rng.low16() / 65536;
        if (record) record.push({ pos: pos - 1, id: w, keep: k, draw, kept: !(k < draw) });
        if (k < draw) continue;
      } else if (record) record.push({ pos: pos - 1, id: w, keep: 1, draw: -1, kept: true });
      if (!record) i32[this.sen + len] = w;
      len++;
      if (len >= MAX_SENTENCE_LENGTH) break;
    }
    if (!record) this.pos = pos;
    return len;
  }

  /** Draws the window shrink b for position p and sets the window and the centre word's path. */
  private openPosition(): void {
    const i32 = this.m.i32;
    const p = this.p;
    this.word = i32[this.sen + p];
    this.rng.step();
    this.b = this.rng.mod(this.window);
    const span = this.window - this.b;
    this.cFirst = Math.max(p - span, 0);
    this.cLast = Math.min(p + span, this.len - 1);
    this.hsLen = this.hs ? i32[this.codeLengths + this.word] : 0;
    this.hsOff = this.hs ? i32[this.codeOffsets + this.word] : 0;
    this.c = this.cFirst;
  }

  private skipGramPair(c: number, trace: PairTrace | null): void {
    const m = this.m;
    const size = this.size;
    const l1 = this.syn0 + m.i32[this.sen + c] * size;
    m.f32.fill(0, this.neu1e, this.neu1e + size);
    if (trace) {
      this.beginTrace(trace, c);
      trace.context = [m.i32[this.sen + c]];
      if (trace.vectors) trace.hidden = m.copy(l1, size);
    }
    this.pairs += 1;
    for (let d = 0; d < this.hsLen; d++) this.hsStep(l1, this.hsOff + d, trace);
    if (this.negative > 0) for (let d = 0; d <= this.negative; d++) this.nsStep(l1, this.word, d, trace);
    m.addTo(l1, this.neu1e, size);
    if (trace?.vectors) {
      trace.error = m.copy(this.neu1e, size);
      trace.inputs = [{ row: trace.context[0], before: trace.hidden, after: m.copy(l1, size) }];
    }
  }

  /** The whole CBOW position; false (and no pair) when the window holds no other word. */
  private cbowPair(trace: PairTrace | null): boolean {
    const m = this.m;
    const { f32, i32 } = m;
    const size = this.size;
    const neu1 = this.neu1;
    const neu1e = this.neu1e;
    const sen = this.sen;
    const p = this.p;
    f32.fill(0, neu1, neu1 + size);
    f32.fill(0, neu1e, neu1e + size);
    let cw = 0;
    for (let c = this.cFirst; c <= this.cLast; c++) {
      if (c === p) continue;
      m.addTo(neu1, this.syn0 + i32[sen + c] * size, size);
      cw++;
    }
    if (cw === 0) return false;
    for (let i = 0; i < size; i++) f32[neu1 + i] = f32[neu1 + i] / cw;
    const inputs: { row: number; before: Float32Array | null }[] = [];
    if (trace) {
      this.beginTrace(trace, -1);
      for (let c = this.cFirst; c <= this.cLast; c++) {
        if (c === p) continue;
        const row = i32[sen + c];
        trace.context.push(row);
        inputs.push({ row, before: trace.vectors ? m.copy(this.syn0 + row * size, size) : null });
      }
      if (trace.vectors) trace.hidden = m.copy(neu1, size);
    }
    this.pairs += 1;
    for (let d = 0; d < this.hsLen; d++) this.hsStep(neu1, this.hsOff + d, trace);
    if (this.negative > 0) for (let d = 0; d <= this.negative; d++) this.nsStep(neu1, this.word, d, trace);
    for (let c = this.cFirst; c <= this.cLast; c++) {
      if (c === p) continue;
      m.addTo(this.syn0 + i32[sen + c] * size, neu1e, size);
    }
    if (trace?.vectors) {
      trace.error = m.copy(neu1e, size);
      trace.inputs = inputs.map((x) => ({ ...x, after: m.copy(this.syn0 + x.row * size, size) }));
    }
    return true;
  }

  /** Fills the position facts of a trace (the pair's outputs are added as they are trained). */
  private beginTrace(trace: PairTrace, c: number): void {
    trace.reset();
    trace.sentence = this.m.i32.slice(this.sen, this.sen + this.len);
    this.readSentence(new CLcg(this.sentenceRng.value), trace.subsampling);
    trace.position = this.p;
    trace.word = this.word;
    trace.b = this.b;
    trace.span = this.window - this.b;
    trace.first = this.cFirst;
    trace.last = this.cLast;
    trace.contextPosition = c;
    trace.alpha = this.alpha;
  }

  /**
   * One negative-sampling step on input h (float index): d = 0 is the positive (the centre word),
   * d > 0 draws a negative from the unigram table. Accumulates into neu1e, updates the output row.
   */
  private nsStep(h: number, word: number, d: number, trace: PairTrace | null): void {
    const m = this.m;
    const { i32, f32 } = m;
    let target = word;
    let label = 1;
    let slot = -1;
    let redrawn = false;
    if (d > 0) {
      const rng = this.rng;
      rng.step();
      // The table slot's word, looked up in the run index as the kernel does.
      slot = rng.shr16Mod(this.tableSize);
      let lo = i32[this.coarse + (slot >> this.shift)];
      let hi = i32[this.coarse + (slot >> this.shift) + 1];
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (i32[this.starts + mid] <= slot) lo = mid;
        else hi = mid - 1;
      }
      target = lo;
      if (target === 0) {
        target = rng.mod(this.vocabSize - 1) + 1;
        redrawn = true;
      }
      if (target === word) {
        if (trace) trace.outputs.push(skippedNegative(target, slot, redrawn));
        return;
      }
      label = 0;
    }
    const size = this.size;
    const l2 = this.syn1neg + target * size;
    const f = m.dot(h, l2, size);
    let loss = 0;
    if (this.lossOn) {
      loss = lossTerm(d === 0 ? f : -f, m.f64, this.lossTable);
      this.lossSum += loss;
    }
    const a = this.alpha;
    let g: number;
    let index = -1;
    if (f > MAX_EXP) g = fr((label - 1) * a);
    else if (f < -MAX_EXP) g = fr(label * a);
    else {
      index = expIdx(f);
      g = fr(fr(label - f32[this.expTable + index]) * a);
    }
    const before = trace?.vectors ? m.copy(l2, size) : null;
    m.update(l2, h, this.neu1e, g, size);
    if (trace) {
      trace.loss += loss;
      trace.outputs.push({
        kind: d === 0 ? 'positive' : 'negative',
        row: target,
        slot,
        redrawn,
        skipped: false,
        label,
        dot: f,
        sigmoid: 1 / (1 + Math.exp(-f)),
        tableIndex: index,
        tableSigmoid: index >= 0 ? f32[this.expTable + index] : f > MAX_EXP ? 1 : 0,
        clipped: index < 0,
        g,
        updated: true,
        loss,
        before,
        after: before ? m.copy(l2, size) : null,
      });
    }
  }

  /** One hierarchical-softmax step: inner node `points[off]`, branch `codes[off]`. */
  private hsStep(h: number, off: number, trace: PairTrace | null): void {
    const m = this.m;
    const size = this.size;
    const node = m.i32[this.points + off];
    const l2 = this.syn1 + node * size;
    const f = m.dot(h, l2, size);
    const code = m.u8[this.codes + off];
    let loss = 0;
    if (this.lossOn) {
      loss = lossTerm(code !== 0 ? -f : f, m.f64, this.lossTable);
      this.lossSum += loss;
    }
    const clipped = f <= -MAX_EXP || f >= MAX_EXP;
    const index = clipped ? -1 : expIdx(f);
    const s = clipped ? Number.NaN : m.f32[this.expTable + index];
    const g = clipped ? 0 : fr(fr(1 - code - s) * this.alpha);
    const before = trace?.vectors ? m.copy(l2, size) : null;
    if (!clipped) m.update(l2, h, this.neu1e, g, size);
    if (trace) {
      trace.loss += loss;
      trace.outputs.push({
        kind: 'node',
        row: node,
        slot: -1,
        redrawn: false,
        skipped: false,
        label: 1 - code,
        dot: f,
        sigmoid: 1 / (1 + Math.exp(-f)),
        tableIndex: index,
        tableSigmoid: s,
        clipped,
        g,
        updated: !clipped,
        loss,
        before,
        after: before ? m.copy(l2, size) : null,
      });
    }
  }
}

function skippedNegative(target: number, slot: number, redrawn: boolean): OutputTrace {
  return {
    kind: 'negative',
    row: target,
    slot,
    redrawn,
    skipped: true,
    label: 0,
    dot: Number.NaN,
    sigmoid: Number.NaN,
    tableIndex: -1,
    tableSigmoid: Number.NaN,
    clipped: false,
    g: 0,
    updated: false,
    loss: 0,
    before: null,
    after: null,
  };
}

/** `(int)((f + MAX_EXP) * 83)` in float32, as the kernel computes it. */
function expIdx(f: number): number {
  return Math.trunc(fr(fr(f + MAX_EXP) * EXP_INDEX_SCALE));
}
