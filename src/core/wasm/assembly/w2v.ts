// @ts-nocheck -- AssemblyScript, compiled to WebAssembly by scripts/build-wasm.mjs, not by tsc.
//
// The word2vec inner loop: one call reads and trains whole sentences of the corpus until more
// than `minWords` ids were read (the C tool's 10,000-word alpha refresh) or the shard ends.
// Every array lives in the imported linear memory at addresses listed in the context block
// (ctx.ts); nothing is allocated here, so any number of instances can share one memory.
//
// Arithmetic is float32 like the C tool's `real`, 4 lanes at a time. The reference engine in
// src/core/w2v/engine-ts.ts repeats every operation in the same order (the same four-accumulator
// dot product, no fused multiply-add) so both give bit-identical vectors; change them together.

import {
  CTX_CBOW,
  CTX_COARSE,
  CTX_COARSE_SHIFT,
  CTX_CODE_LENGTHS,
  CTX_CODE_OFFSETS,
  CTX_CODES,
  CTX_CORPUS,
  CTX_EXP_TABLE,
  CTX_HS,
  CTX_KEEP,
  CTX_LOSS_ON,
  CTX_LOSS_SUM,
  CTX_LOSS_TABLE,
  CTX_NEGATIVE,
  CTX_NEU1,
  CTX_NEU1E,
  CTX_PAIRS,
  CTX_POINTS,
  CTX_RNG,
  CTX_SENTENCE,
  CTX_SIZE,
  CTX_SYN0,
  CTX_SYN1,
  CTX_SYN1NEG,
  CTX_TABLE,
  CTX_TABLE_SIZE,
  CTX_VOCAB_SIZE,
  CTX_WINDOW,
} from './ctx';

const MAX_EXP: f32 = 6.0;
// (EXP_TABLE_SIZE / MAX_EXP / 2) in the C tool's integer arithmetic: 1000 / 6 / 2 = 83.
const EXP_SCALE: f32 = 83.0;
const MAX_SENTENCE_LENGTH: i32 = 1000;
const LCG_MUL: u64 = 25214903917;
const LCG_ADD: u64 = 11;

// Σ a[i]·b[i] over n floats: lanes 0-3, 4-7, 8-11, 12-15 of each 16-float block go to four
// accumulators (independent add chains); a leftover 8-block to acc0/acc1, a 4-block to acc0; then
// acc = (acc0 + acc1) + (acc2 + acc3), lanes summed as (l0 + l2) + (l1 + l3), then the n mod 4 tail.
function dot(a: usize, b: usize, n: i32): f32 {
  let acc0 = f32x4.splat(0);
  let acc1 = f32x4.splat(0);
  let acc2 = f32x4.splat(0);
  let acc3 = f32x4.splat(0);
  const n16 = n & ~15;
  let i = 0;
  for (; i < n16; i += 16) {
    const o = (<usize>i) << 2;
    acc0 = f32x4.add(acc0, f32x4.mul(v128.load(a + o), v128.load(b + o)));
    acc1 = f32x4.add(acc1, f32x4.mul(v128.load(a + o, 16), v128.load(b + o, 16)));
    acc2 = f32x4.add(acc2, f32x4.mul(v128.load(a + o, 32), v128.load(b + o, 32)));
    acc3 = f32x4.add(acc3, f32x4.mul(v128.load(a + o, 48), v128.load(b + o, 48)));
  }
  if (i + 8 <= n) {
    const o = (<usize>i) << 2;
    acc0 = f32x4.add(acc0, f32x4.mul(v128.load(a + o), v128.load(b + o)));
    acc1 = f32x4.add(acc1, f32x4.mul(v128.load(a + o, 16), v128.load(b + o, 16)));
    i += 8;
  }
  if (i + 4 <= n) {
    const o = (<usize>i) << 2;
    acc0 = f32x4.add(acc0, f32x4.mul(v128.load(a + o), v128.load(b + o)));
    i += 4;
  }
  const acc = f32x4.add(f32x4.add(acc0, acc1), f32x4.add(acc2, acc3));
  let f: f32 =
    f32x4.extract_lane(acc, 0) +
    f32x4.extract_lane(acc, 2) +
    (f32x4.extract_lane(acc, 1) + f32x4.extract_lane(acc, 3));
  for (; i < n; i++) {
    const o = (<usize>i) << 2;
    f += load<f32>(a + o) * load<f32>(b + o);
  }
  return f;
}

// The C tool's two loops over one output row, fused: err += g·row (old row), then row += g·h.
function update(row: usize, h: usize, err: usize, g: f32, n: i32): void {
  const gv = f32x4.splat(g);
  const n4 = n & ~3;
  let i = 0;
  for (; i < n4; i += 4) {
    const o = (<usize>i) << 2;
    const r = v128.load(row + o);
    v128.store(err + o, f32x4.add(v128.load(err + o), f32x4.mul(gv, r)));
    v128.store(row + o, f32x4.add(r, f32x4.mul(gv, v128.load(h + o))));
  }
  for (; i < n; i++) {
    const o = (<usize>i) << 2;
    const r = load<f32>(row + o);
    store<f32>(err + o, load<f32>(err + o) + g * r);
    store<f32>(row + o, r + g * load<f32>(h + o));
  }
}

// update(row, h, err, g) and then dot(h, next) in one pass, for a `next` row other than `row`:
// the same float32 operations in the same order as the two calls (each element of the update is
// independent; the dot product keeps dot's lane assignment and summation order), so the result
// is bit-identical while h is loaded once and the loop runs once.
function updateDot(row: usize, h: usize, err: usize, g: f32, next: usize, n: i32): f32 {
  const gv = f32x4.splat(g);
  let acc0 = f32x4.splat(0);
  let acc1 = f32x4.splat(0);
  let acc2 = f32x4.splat(0);
  let acc3 = f32x4.splat(0);
  const n16 = n & ~15;
  let i = 0;
  for (; i < n16; i += 16) {
    const o = (<usize>i) << 2;
    const h0 = v128.load(h + o);
    const h1 = v128.load(h + o, 16);
    const h2 = v128.load(h + o, 32);
    const h3 = v128.load(h + o, 48);
    const r0 = v128.load(row + o);
    const r1 = v128.load(row + o, 16);
    const r2 = v128.load(row + o, 32);
    const r3 = v128.load(row + o, 48);
    v128.store(err + o, f32x4.add(v128.load(err + o), f32x4.mul(gv, r0)));
    v128.store(err + o, f32x4.add(v128.load(err + o, 16), f32x4.mul(gv, r1)), 16);
    v128.store(err + o, f32x4.add(v128.load(err + o, 32), f32x4.mul(gv, r2)), 32);
    v128.store(err + o, f32x4.add(v128.load(err + o, 48), f32x4.mul(gv, r3)), 48);
    v128.store(row + o, f32x4.add(r0, f32x4.mul(gv, h0)));
    v128.store(row + o, f32x4.add(r1, f32x4.mul(gv, h1)), 16);
    v128.store(row + o, f32x4.add(r2, f32x4.mul(gv, h2)), 32);
    v128.store(row + o, f32x4.add(r3, f32x4.mul(gv, h3)), 48);
    acc0 = f32x4.add(acc0, f32x4.mul(h0, v128.load(next + o)));
    acc1 = f32x4.add(acc1, f32x4.mul(h1, v128.load(next + o, 16)));
    acc2 = f32x4.add(acc2, f32x4.mul(h2, v128.load(next + o, 32)));
    acc3 = f32x4.add(acc3, f32x4.mul(h3, v128.load(next + o, 48)));
  }
  if (i + 8 <= n) {
    const o = (<usize>i) << 2;
    const h0 = v128.load(h + o);
    const h1 = v128.load(h + o, 16);
    const r0 = v128.load(row + o);
    const r1 = v128.load(row + o, 16);
    v128.store(err + o, f32x4.add(v128.load(err + o), f32x4.mul(gv, r0)));
    v128.store(err + o, f32x4.add(v128.load(err + o, 16), f32x4.mul(gv, r1)), 16);
    v128.store(row + o, f32x4.add(r0, f32x4.mul(gv, h0)));
    v128.store(row + o, f32x4.add(r1, f32x4.mul(gv, h1)), 16);
    acc0 = f32x4.add(acc0, f32x4.mul(h0, v128.load(next + o)));
    acc1 = f32x4.add(acc1, f32x4.mul(h1, v128.load(next + o, 16)));
    i += 8;
  }
  if (i + 4 <= n) {
    const o = (<usize>i) << 2;
    const h0 = v128.load(h + o);
    const r0 = v128.load(row + o);
    v128.store(err + o, f32x4.add(v128.load(err + o), f32x4.mul(gv, r0)));
    v128.store(row + o, f32x4.add(r0, f32x4.mul(gv, h0)));
    acc0 = f32x4.add(acc0, f32x4.mul(h0, v128.load(next + o)));
    i += 4;
  }
  const acc = f32x4.add(f32x4.add(acc0, acc1), f32x4.add(acc2, acc3));
  let f: f32 =
    f32x4.extract_lane(acc, 0) +
    f32x4.extract_lane(acc, 2) +
    (f32x4.extract_lane(acc, 1) + f32x4.extract_lane(acc, 3));
  for (; i < n; i++) {
    const o = (<usize>i) << 2;
    const hv = load<f32>(h + o);
    const r = load<f32>(row + o);
    store<f32>(err + o, load<f32>(err + o) + g * r);
    store<f32>(row + o, r + g * hv);
    f += hv * load<f32>(next + o);
  }
  return f;
}

// The word in slot j of the C tool's unigram table, from its run index (tables.ts
// `unigramLookup`): the coarse entries around j bound the word; search only when they differ.
function unigramWord(starts: usize, coarse: usize, shift: i32, j: i32): i32 {
  const p = coarse + ((<usize>(j >> shift)) << 2);
  let lo = load<i32>(p);
  let hi = load<i32>(p, 4);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (load<i32>(starts + ((<usize>mid) << 2)) <= j) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// dst += src over n floats.
function addTo(dst: usize, src: usize, n: i32): void {
  const n4 = n & ~3;
  let i = 0;
  for (; i < n4; i += 4) {
    const o = (<usize>i) << 2;
    v128.store(dst + o, f32x4.add(v128.load(dst + o), v128.load(src + o)));
  }
  for (; i < n; i++) {
    const o = (<usize>i) << 2;
    store<f32>(dst + o, load<f32>(dst + o) + load<f32>(src + o));
  }
}

// dst /= c over n floats (a true division, as the C tool's `neu1[c] /= cw`).
function divideBy(dst: usize, c: f32, n: i32): void {
  const cv = f32x4.splat(c);
  const n4 = n & ~3;
  let i = 0;
  for (; i < n4; i += 4) {
    const o = (<usize>i) << 2;
    v128.store(dst + o, f32x4.div(v128.load(dst + o), cv));
  }
  for (; i < n; i++) {
    const o = (<usize>i) << 2;
    store<f32>(dst + o, load<f32>(dst + o) / c);
  }
}

// −log σ(x) = log(1 + e^(−x)), float64, stable for any x.
function softplusNeg(x: f64): f64 {
  return x > 0 ? Math.log1p(Math.exp(-x)) : -x + Math.log1p(Math.exp(x));
}

// −log σ(x): cubic Hermite interpolation in the knot table for |x| < 16 (knots every 1/32, pairs
// [value, h·slope]), exact beyond. Same float64 operations as tables.ts `lossTerm`.
function lossTerm(x: f64, table: usize): f64 {
  if (x > -16.0 && x < 16.0) {
    const u = (x + 16.0) * 32.0;
    const i = <i32>u;
    const t = u - <f64>i;
    const p = table + ((<usize>i) << 4);
    const t2 = t * t;
    const t3 = t2 * t;
    return (
      (2.0 * t3 - 3.0 * t2 + 1.0) * load<f64>(p) +
      (t3 - 2.0 * t2 + t) * load<f64>(p, 8) +
      (3.0 * t2 - 2.0 * t3) * load<f64>(p, 16) +
      (t3 - t2) * load<f64>(p, 24)
    );
  }
  return softplusNeg(x);
}

export function trainChunk(ctx: usize, pos: i32, end: i32, alpha: f32, minWords: i32): i32 {
  const size = load<i32>(ctx + CTX_SIZE);
  const window = load<i32>(ctx + CTX_WINDOW);
  const negative = load<i32>(ctx + CTX_NEGATIVE);
  const hs = load<i32>(ctx + CTX_HS);
  const cbow = load<i32>(ctx + CTX_CBOW);
  const vocabSize = load<i32>(ctx + CTX_VOCAB_SIZE);
  const tableSize = load<i32>(ctx + CTX_TABLE_SIZE);
  const syn0 = <usize>load<i32>(ctx + CTX_SYN0);
  const syn1 = <usize>load<i32>(ctx + CTX_SYN1);
  const syn1neg = <usize>load<i32>(ctx + CTX_SYN1NEG);
  const expTable = <usize>load<i32>(ctx + CTX_EXP_TABLE);
  const keep = <usize>load<i32>(ctx + CTX_KEEP);
  const starts = <usize>load<i32>(ctx + CTX_TABLE);
  const coarse = <usize>load<i32>(ctx + CTX_COARSE);
  const shift = load<i32>(ctx + CTX_COARSE_SHIFT);
  const codeLengths = <usize>load<i32>(ctx + CTX_CODE_LENGTHS);
  const codeOffsets = <usize>load<i32>(ctx + CTX_CODE_OFFSETS);
  const codes = <usize>load<i32>(ctx + CTX_CODES);
  const points = <usize>load<i32>(ctx + CTX_POINTS);
  const corpus = <usize>load<i32>(ctx + CTX_CORPUS);
  const neu1 = <usize>load<i32>(ctx + CTX_NEU1);
  const neu1e = <usize>load<i32>(ctx + CTX_NEU1E);
  const sen = <usize>load<i32>(ctx + CTX_SENTENCE);
  const lossOn = load<i32>(ctx + CTX_LOSS_ON) !== 0;
  const lossTable = <usize>load<i32>(ctx + CTX_LOSS_TABLE);
  let rng = load<u64>(ctx + CTX_RNG);
  let lossSum = load<f64>(ctx + CTX_LOSS_SUM);
  let pairs = load<f64>(ctx + CTX_PAIRS);

  const rowBytes = (<usize>size) << 2;
  const windowU = <u64>window;
  const tableSizeU = <u64>tableSize;
  const otherWords = <u64>(vocabSize - 1);
  const start = pos;

  while (pos < end && pos - start <= minWords) {
    // Read one sentence: up to the next </s> (id 0, counted but not kept) or 1000 kept words.
    let len = 0;
    while (pos < end) {
      const w = load<i32>(corpus + ((<usize>pos) << 2));
      pos++;
      if (w === 0) break;
      if (keep !== 0) {
        rng = rng * LCG_MUL + LCG_ADD;
        if (load<f32>(keep + ((<usize>w) << 2)) < <f32>(rng & 0xffff) / <f32>65536.0) continue;
      }
      store<i32>(sen + ((<usize>len) << 2), w);
      len++;
      if (len >= MAX_SENTENCE_LENGTH) break;
    }

    for (let p = 0; p < len; p++) {
      const word = load<i32>(sen + ((<usize>p) << 2));
      rng = rng * LCG_MUL + LCG_ADD;
      const span = window - <i32>(rng % windowU);
      const cFirst = Math.max(p - span, 0);
      const cLast = p + span >= len ? len - 1 : p + span;
      let hsLen = 0;
      let hsOff: usize = 0;
      if (hs !== 0) {
        hsLen = load<i32>(codeLengths + ((<usize>word) << 2));
        hsOff = <usize>load<i32>(codeOffsets + ((<usize>word) << 2));
      }

      if (cbow !== 0) {
        memory.fill(neu1, 0, rowBytes);
        memory.fill(neu1e, 0, rowBytes);
        let cw = 0;
        for (let c = cFirst; c <= cLast; c++) {
          if (c === p) continue;
          addTo(neu1, syn0 + <usize>load<i32>(sen + ((<usize>c) << 2)) * rowBytes, size);
          cw++;
        }
        if (cw === 0) continue;
        divideBy(neu1, <f32>cw, size);
        pairs += 1;
        for (let d = 0; d < hsLen; d++) {
          const l2 = syn1 + <usize>load<i32>(points + ((hsOff + <usize>d) << 2)) * rowBytes;
          let f = dot(neu1, l2, size);
          const code = <i32>load<u8>(codes + hsOff + <usize>d);
          const hsLabel = <f32>(<i32>1 - code);
          if (lossOn) lossSum += lossTerm(code !== 0 ? -(<f64>f) : <f64>f, lossTable);
          if (f <= -MAX_EXP || f >= MAX_EXP) continue;
          f = load<f32>(expTable + ((<usize>(<i32>((f + MAX_EXP) * EXP_SCALE))) << 2));
          update(l2, neu1, neu1e, (hsLabel - f) * alpha, size);
        }
        // Each negative's update is held back and fused with the next dot product (updateDot)
        // unless the next row is the same one; the arithmetic and its order are unchanged.
        let pending: usize = 0;
        let pendingG: f32 = 0;
        for (let d = 0; d <= negative && negative > 0; d++) {
          let target = word;
          let label: f32 = 1;
          if (d > 0) {
            rng = rng * LCG_MUL + LCG_ADD;
            target = unigramWord(starts, coarse, shift, <i32>((rng >> 16) % tableSizeU));
            if (target === 0) target = <i32>(rng % otherWords) + 1;
            if (target === word) continue;
            label = 0;
          }
          const l2 = syn1neg + <usize>target * rowBytes;
          let f: f32;
          if (pending !== 0 && pending !== l2) f = updateDot(pending, neu1, neu1e, pendingG, l2, size);
          else {
            if (pending !== 0) update(pending, neu1, neu1e, pendingG, size);
            f = dot(neu1, l2, size);
          }
          if (lossOn) lossSum += lossTerm(d === 0 ? <f64>f : -(<f64>f), lossTable);
          let g: f32;
          if (f > MAX_EXP) g = (label - 1) * alpha;
          else if (f < -MAX_EXP) g = label * alpha;
          else g = (label - load<f32>(expTable + ((<usize>(<i32>((f + MAX_EXP) * EXP_SCALE))) << 2))) * alpha;
          pending = l2;
          pendingG = g;
        }
        if (pending !== 0) update(pending, neu1, neu1e, pendingG, size);
        for (let c = cFirst; c <= cLast; c++) {
          if (c === p) continue;
          addTo(syn0 + <usize>load<i32>(sen + ((<usize>c) << 2)) * rowBytes, neu1e, size);
        }
      } else {
        for (let c = cFirst; c <= cLast; c++) {
          if (c === p) continue;
          // Skip-gram as the C tool writes it: the context word's input vector predicts the centre.
          const l1 = syn0 + <usize>load<i32>(sen + ((<usize>c) << 2)) * rowBytes;
          memory.fill(neu1e, 0, rowBytes);
          pairs += 1;
          for (let d = 0; d < hsLen; d++) {
            const l2 = syn1 + <usize>load<i32>(points + ((hsOff + <usize>d) << 2)) * rowBytes;
            let f = dot(l1, l2, size);
            const code = <i32>load<u8>(codes + hsOff + <usize>d);
            const hsLabel = <f32>(<i32>1 - code);
            if (lossOn) lossSum += lossTerm(code !== 0 ? -(<f64>f) : <f64>f, lossTable);
            if (f <= -MAX_EXP || f >= MAX_EXP) continue;
            f = load<f32>(expTable + ((<usize>(<i32>((f + MAX_EXP) * EXP_SCALE))) << 2));
            update(l2, l1, neu1e, (hsLabel - f) * alpha, size);
          }
          // Each negative's update is held back and fused with the next dot product (updateDot)
          // unless the next row is the same one; the arithmetic and its order are unchanged.
          let pending: usize = 0;
          let pendingG: f32 = 0;
          for (let d = 0; d <= negative && negative > 0; d++) {
            let target = word;
            let label: f32 = 1;
            if (d > 0) {
              rng = rng * LCG_MUL + LCG_ADD;
              target = unigramWord(starts, coarse, shift, <i32>((rng >> 16) % tableSizeU));
              if (target === 0) target = <i32>(rng % otherWords) + 1;
              if (target === word) continue;
              label = 0;
            }
            const l2 = syn1neg + <usize>target * rowBytes;
            let f: f32;
            if (pending !== 0 && pending !== l2) f = updateDot(pending, l1, neu1e, pendingG, l2, size);
            else {
              if (pending !== 0) update(pending, l1, neu1e, pendingG, size);
              f = dot(l1, l2, size);
            }
            if (lossOn) lossSum += lossTerm(d === 0 ? <f64>f : -(<f64>f), lossTable);
            let g: f32;
            if (f > MAX_EXP) g = (label - 1) * alpha;
            else if (f < -MAX_EXP) g = label * alpha;
            else
              g = (label - load<f32>(expTable + ((<usize>(<i32>((f + MAX_EXP) * EXP_SCALE))) << 2))) * alpha;
            pending = l2;
            pendingG = g;
          }
          if (pending !== 0) update(pending, l1, neu1e, pendingG, size);
          addTo(l1, neu1e, size);
        }
      }
    }
  }

  store<u64>(ctx + CTX_RNG, rng);
  store<f64>(ctx + CTX_LOSS_SUM, lossSum);
  store<f64>(ctx + CTX_PAIRS, pairs);
  return pos;
}
