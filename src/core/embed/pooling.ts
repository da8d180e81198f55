/**
 * One vector per text from a layer's hidden states (one vector per token).
 *
 * Shapes: `hidden` is [batch, tokens, dim] row-major float32; `mask` is [batch, tokens] with 1
 * for a real token and 0 for padding (the tokenizer's attention_mask). The result is
 * [batch, dim] row-major. Sums are accumulated in float64.
 *
 * - mean: the average over the real tokens, [CLS] and [SEP] included (what bert-as-service and
 *   sentence-transformers do); padding never counts.
 * - cls: the first token's vector (BERT's [CLS], RoBERTa's <s>).
 * - max: the largest value per dimension over the real tokens.
 */
export type Pooling = 'mean' | 'cls' | 'max';

export const POOLINGS: readonly Pooling[] = ['mean', 'cls', 'max'];

export function poolHidden(
  hidden: Float32Array,
  dims: readonly [number, number, number],
  mask: ArrayLike<number | bigint>,
  pooling: Pooling,
): Float32Array {
  const [batch, tokens, dim] = dims;
  if (hidden.length !== batch * tokens * dim)
    throw new Error(`hidden has ${hidden.length} values, not ${dims.join('×')}`);
  if (mask.length !== batch * tokens)
    throw new Error(`mask has ${mask.length} values, not ${batch}×${tokens}`);
  const out = new Float32Array(batch * dim);
  const acc = new Float64Array(dim);
  for (let b = 0; b < batch; b++) {
    const o = b * dim;
    if (pooling === 'cls') {
      out.set(hidden.subarray(b * tokens * dim, b * tokens * dim + dim), o);
      continue;
    }
    acc.fill(pooling === 'max' ? Number.NEGATIVE_INFINITY : 0);
    let count = 0;
    for (let t = 0; t < tokens; t++) {
      if (Number(mask[b * tokens + t]) === 0) continue;
      count++;
      const h = (b * tokens + t) * dim;
      if (pooling === 'max') {
        for (let j = 0; j < dim; j++) if (hidden[h + j] > acc[j]) acc[j] = hidden[h + j];
      } else {
        for (let j = 0; j < dim; j++) acc[j] += hidden[h + j];
      }
    }
    // A text with no real token (cannot come from a tokenizer that adds [CLS]) stays zero.
    if (count === 0) continue;
    for (let j = 0; j < dim; j++) out[o + j] = pooling === 'max' ? acc[j] : acc[j] / count;
  }
  return out;
}
