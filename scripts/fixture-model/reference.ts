/**
 * BERT's forward pass in plain TypeScript, loops only, from the fixture's weights: the
 * independent arithmetic the ONNX graph is checked against (so "hidden_states.1" is known to be
 * what one layer of BERT computes, not just some tensor of the right shape). float64 throughout.
 */
import type { BertShape, BertWeights } from './bert';

/** x[rows × din] · w[din × dout] + b, row-major. */
function linear(
  x: Float64Array,
  rows: number,
  din: number,
  w: Float32Array,
  b: Float32Array,
  dout: number,
): Float64Array {
  const out = new Float64Array(rows * dout);
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < dout; j++) {
      let s = b[j];
      for (let k = 0; k < din; k++) s += x[r * din + k] * w[k * dout + j];
      out[r * dout + j] = s;
    }
  }
  return out;
}

function layerNorm(
  x: Float64Array,
  rows: number,
  d: number,
  g: Float32Array,
  b: Float32Array,
  eps: number,
): Float64Array {
  const out = new Float64Array(rows * d);
  for (let r = 0; r < rows; r++) {
    let mean = 0;
    for (let j = 0; j < d; j++) mean += x[r * d + j];
    mean /= d;
    let v = 0;
    for (let j = 0; j < d; j++) v += (x[r * d + j] - mean) ** 2;
    v /= d;
    const inv = 1 / Math.sqrt(v + eps);
    for (let j = 0; j < d; j++) out[r * d + j] = (x[r * d + j] - mean) * inv * g[j] + b[j];
  }
  return out;
}

/**
 * erf in float64: its Maclaurin series below |x| = 3 (terms stay under e^9, so about 1e-12
 * relative error), the asymptotic series of erfc beyond (absolute error below 1e-8).
 */
function erf(x: number): number {
  const a = Math.abs(x);
  if (a < 3) {
    let term = a;
    let sum = a;
    for (let n = 1; n < 80; n++) {
      term *= (-a * a) / n;
      sum += term / (2 * n + 1);
    }
    return Math.sign(x) * (2 / Math.sqrt(Math.PI)) * sum;
  }
  const inv = 1 / (2 * a * a);
  const series = 1 - inv + 3 * inv * inv - 15 * inv ** 3 + 105 * inv ** 4;
  const erfc = (Math.exp(-a * a) / (a * Math.sqrt(Math.PI))) * series;
  return Math.sign(x) * (1 - erfc);
}

/**
 * Hidden states 0…L for one text of token ids (no padding: attention over all tokens),
 * each [tokens × hidden].
 */
export function referenceHiddenStates(
  s: BertShape,
  w: BertWeights,
  ids: number[],
  typeIds?: number[],
): Float64Array[] {
  const n = ids.length;
  const h = s.hidden;
  const hd = h / s.heads;
  let x: Float64Array = new Float64Array(n * h);
  for (let t = 0; t < n; t++) {
    for (let j = 0; j < h; j++) {
      x[t * h + j] =
        w.word[ids[t] * h + j] + w.position[t * h + j] + w.tokenType[(typeIds?.[t] ?? 0) * h + j];
    }
  }
  x = layerNorm(x, n, h, w.embLnG, w.embLnB, s.layerNormEps);
  const states: Float64Array[] = [x];
  for (const l of w.layers) {
    const q = linear(x, n, h, l.wq, l.bq, h);
    const k = linear(x, n, h, l.wk, l.bk, h);
    const v = linear(x, n, h, l.wv, l.bv, h);
    const ctx = new Float64Array(n * h);
    for (let head = 0; head < s.heads; head++) {
      const o = head * hd;
      for (let i = 0; i < n; i++) {
        const scores = new Float64Array(n);
        let max = Number.NEGATIVE_INFINITY;
        for (let j = 0; j < n; j++) {
          let dot = 0;
          for (let c = 0; c < hd; c++) dot += q[i * h + o + c] * k[j * h + o + c];
          scores[j] = dot / Math.sqrt(hd);
          max = Math.max(max, scores[j]);
        }
        let z = 0;
        for (let j = 0; j < n; j++) z += scores[j] = Math.exp(scores[j] - max);
        for (let j = 0; j < n; j++) {
          for (let c = 0; c < hd; c++) ctx[i * h + o + c] += (scores[j] / z) * v[j * h + o + c];
        }
      }
    }
    const attn = linear(ctx, n, h, l.wo, l.bo, h);
    for (let i = 0; i < attn.length; i++) attn[i] += x[i];
    const a = layerNorm(attn, n, h, l.ln1g, l.ln1b, s.layerNormEps);
    const up = linear(a, n, h, l.w1, l.b1, s.intermediate);
    for (let i = 0; i < up.length; i++) up[i] = 0.5 * up[i] * (1 + erf(up[i] / Math.SQRT2));
    const down = linear(up, n, s.intermediate, l.w2, l.b2, h);
    for (let i = 0; i < down.length; i++) down[i] += a[i];
    x = layerNorm(down, n, h, l.ln2g, l.ln2b, s.layerNormEps);
    states.push(x);
  }
  return states;
}
