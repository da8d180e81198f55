/**
 * A tiny BERT encoder with seeded random weights, as an ONNX graph that exposes every layer's
 * hidden state: outputs `last_hidden_state` and `hidden_states.0` (embeddings) …
 * `hidden_states.L` (layer L), each [batch, sequence, hidden] float32 — the names and order
 * Hugging Face uses for `output_hidden_states=True`.
 *
 * The graph is the post-LayerNorm BERT of the paper: embeddings (word + position + token type,
 * LayerNorm), then per layer self-attention (softmax(QKᵀ/√d + mask)·V, output projection,
 * residual, LayerNorm) and a GELU feed-forward block (residual, LayerNorm). GELU is written as
 * 0.5·x·(1 + erf(x/√2)) with Erf, which every runtime has (the Gelu op needs opset 20).
 */
import { Rng } from '../../src/core/rng';
import type { GraphNode, Initializer, ModelDescription } from './onnx';

export interface BertShape {
  vocabSize: number;
  hidden: number;
  heads: number;
  layers: number;
  intermediate: number;
  maxPositions: number;
  typeVocab: number;
  layerNormEps: number;
}

export interface LayerWeights {
  /** [hidden, hidden] row-major, applied as x·W (input on the left). */
  wq: Float32Array;
  bq: Float32Array;
  wk: Float32Array;
  bk: Float32Array;
  wv: Float32Array;
  bv: Float32Array;
  wo: Float32Array;
  bo: Float32Array;
  ln1g: Float32Array;
  ln1b: Float32Array;
  /** [hidden, intermediate] */
  w1: Float32Array;
  b1: Float32Array;
  /** [intermediate, hidden] */
  w2: Float32Array;
  b2: Float32Array;
  ln2g: Float32Array;
  ln2b: Float32Array;
}

export interface BertWeights {
  /** [vocab, hidden] */
  word: Float32Array;
  /** [maxPositions, hidden] */
  position: Float32Array;
  /** [typeVocab, hidden] */
  tokenType: Float32Array;
  embLnG: Float32Array;
  embLnB: Float32Array;
  layers: LayerWeights[];
}

function normal(rng: Rng, n: number, std: number, mean = 0): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = mean + std * rng.normal();
  return out;
}

/**
 * Seeded weights. Scales are larger than BERT's 0.02 initialiser on purpose: with them attention
 * is far from uniform and each layer changes the vectors visibly, so a test that picked the
 * wrong layer or pooling would see different numbers.
 */
export function randomBertWeights(s: BertShape, seed: number): BertWeights {
  const rng = new Rng(seed);
  const h = s.hidden;
  const proj = 1 / Math.sqrt(h);
  const layers: LayerWeights[] = [];
  const word = normal(rng, s.vocabSize * h, 0.5);
  const position = normal(rng, s.maxPositions * h, 0.3);
  const tokenType = normal(rng, s.typeVocab * h, 0.3);
  const embLnG = normal(rng, h, 0.1, 1);
  const embLnB = normal(rng, h, 0.1);
  for (let l = 0; l < s.layers; l++) {
    layers.push({
      wq: normal(rng, h * h, 2 * proj),
      bq: normal(rng, h, 0.1),
      wk: normal(rng, h * h, 2 * proj),
      bk: normal(rng, h, 0.1),
      wv: normal(rng, h * h, proj),
      bv: normal(rng, h, 0.1),
      wo: normal(rng, h * h, proj),
      bo: normal(rng, h, 0.1),
      ln1g: normal(rng, h, 0.1, 1),
      ln1b: normal(rng, h, 0.1),
      w1: normal(rng, h * s.intermediate, proj),
      b1: normal(rng, s.intermediate, 0.1),
      w2: normal(rng, s.intermediate * h, 1 / Math.sqrt(s.intermediate)),
      b2: normal(rng, h, 0.1),
      ln2g: normal(rng, h, 0.1, 1),
      ln2b: normal(rng, h, 0.1),
    });
  }
  return { word, position, tokenType, embLnG, embLnB, layers };
}

/** The ONNX graph computing BERT with `w`, with inputs input_ids, attention_mask, token_type_ids. */
export function bertGraph(s: BertShape, w: BertWeights): ModelDescription {
  const h = s.hidden;
  const headDim = h / s.heads;
  if (!Number.isInteger(headDim)) throw new Error('hidden size must be a multiple of the head count');
  const nodes: GraphNode[] = [];
  const inits: Initializer[] = [];
  const f = (name: string, dims: number[], values: Float32Array | number[]) =>
    inits.push({
      name,
      dims,
      values: values instanceof Float32Array ? values : Float32Array.from(values),
      type: 'float',
    });
  const i64 = (name: string, dims: number[], values: number[]) =>
    inits.push({ name, dims, values, type: 'int64' });
  const node = (op: string, inputs: string[], output: string, attrs?: GraphNode['attrs']) => {
    nodes.push({ op, inputs, outputs: [output], attrs });
    return output;
  };
  const layerNorm = (x: string, g: string, b: string, out: string) =>
    node('LayerNormalization', [x, g, b], out, { axis: { i: -1 }, epsilon: { f: s.layerNormEps } });

  // Constants.
  i64('const.one_i', [], [1]);
  i64('const.zero_i', [], [0]);
  f('const.half', [], [0.5]);
  f('const.one', [], [1]);
  f('const.sqrt2', [], [Math.SQRT2]);
  f('const.neg_big', [], [-10000]);
  f('const.scale', [], [1 / Math.sqrt(headDim)]);
  i64('shape.mask', [4], [0, 1, 1, -1]);
  i64('shape.heads', [4], [0, 0, s.heads, headDim]);
  i64('shape.merge', [3], [0, 0, h]);

  // Embeddings: word + position (0 … S−1) + token type, then LayerNorm.
  f('emb.word', [s.vocabSize, h], w.word);
  f('emb.position', [s.maxPositions, h], w.position);
  f('emb.token_type', [s.typeVocab, h], w.tokenType);
  f('emb.ln.g', [h], w.embLnG);
  f('emb.ln.b', [h], w.embLnB);
  node('Gather', ['emb.word', 'input_ids'], 'emb.w');
  node('Shape', ['input_ids'], 'ids.shape');
  node('Gather', ['ids.shape', 'const.one_i'], 'ids.seq', { axis: { i: 0 } });
  node('Range', ['const.zero_i', 'ids.seq', 'const.one_i'], 'pos.ids');
  node('Gather', ['emb.position', 'pos.ids'], 'emb.p');
  node('Gather', ['emb.token_type', 'token_type_ids'], 'emb.t');
  node('Add', ['emb.w', 'emb.p'], 'emb.wp');
  node('Add', ['emb.wp', 'emb.t'], 'emb.sum');
  let hidden = layerNorm('emb.sum', 'emb.ln.g', 'emb.ln.b', 'hidden_states.0');

  // Additive attention mask, [B, 1, 1, S]: 0 where attended, −10000 on padding.
  node('Cast', ['attention_mask'], 'mask.f', { to: { i: 1 } });
  node('Sub', ['const.one', 'mask.f'], 'mask.inv');
  node('Mul', ['mask.inv', 'const.neg_big'], 'mask.add2d');
  node('Reshape', ['mask.add2d', 'shape.mask'], 'mask.add');

  w.layers.forEach((lw, l) => {
    const p = `l${l}.`;
    const linear = (
      x: string,
      name: string,
      wt: Float32Array,
      b: Float32Array,
      din: number,
      dout: number,
    ) => {
      f(`${p}${name}.w`, [din, dout], wt);
      f(`${p}${name}.b`, [dout], b);
      const mm = node('MatMul', [x, `${p}${name}.w`], `${p}${name}.mm`);
      return node('Add', [mm, `${p}${name}.b`], `${p}${name}.out`);
    };
    const split = (x: string, name: string, perm: number[]) => {
      const r = node('Reshape', [x, 'shape.heads'], `${p}${name}.heads`);
      return node('Transpose', [r], `${p}${name}.t`, { perm: { ints: perm } });
    };
    const q = split(linear(hidden, 'q', lw.wq, lw.bq, h, h), 'q', [0, 2, 1, 3]);
    const k = split(linear(hidden, 'k', lw.wk, lw.bk, h, h), 'k', [0, 2, 3, 1]);
    const v = split(linear(hidden, 'v', lw.wv, lw.bv, h, h), 'v', [0, 2, 1, 3]);
    const scores = node('MatMul', [q, k], `${p}scores`);
    const scaled = node('Mul', [scores, 'const.scale'], `${p}scaled`);
    const masked = node('Add', [scaled, 'mask.add'], `${p}masked`);
    const probs = node('Softmax', [masked], `${p}probs`, { axis: { i: -1 } });
    const ctx = node('MatMul', [probs, v], `${p}ctx`);
    const ctxT = node('Transpose', [ctx], `${p}ctx.t`, { perm: { ints: [0, 2, 1, 3] } });
    const merged = node('Reshape', [ctxT, 'shape.merge'], `${p}ctx.merged`);
    const attnOut = linear(merged, 'o', lw.wo, lw.bo, h, h);
    const res1 = node('Add', [attnOut, hidden], `${p}res1`);
    f(`${p}ln1.g`, [h], lw.ln1g);
    f(`${p}ln1.b`, [h], lw.ln1b);
    const a = layerNorm(res1, `${p}ln1.g`, `${p}ln1.b`, `${p}attn`);
    const up = linear(a, 'ff1', lw.w1, lw.b1, h, s.intermediate);
    const scaledUp = node('Div', [up, 'const.sqrt2'], `${p}gelu.div`);
    const erf = node('Erf', [scaledUp], `${p}gelu.erf`);
    const erf1 = node('Add', [erf, 'const.one'], `${p}gelu.erf1`);
    const xErf = node('Mul', [up, erf1], `${p}gelu.mul`);
    const gelu = node('Mul', [xErf, 'const.half'], `${p}gelu`);
    const down = linear(gelu, 'ff2', lw.w2, lw.b2, s.intermediate, h);
    const res2 = node('Add', [down, a], `${p}res2`);
    f(`${p}ln2.g`, [h], lw.ln2g);
    f(`${p}ln2.b`, [h], lw.ln2b);
    hidden = layerNorm(res2, `${p}ln2.g`, `${p}ln2.b`, `hidden_states.${l + 1}`);
  });
  node('Identity', [hidden], 'last_hidden_state');

  const seqShape = ['batch_size', 'sequence_length'];
  const stateShape = ['batch_size', 'sequence_length', h];
  return {
    producer: 'embedding-playground make-fixture-model',
    opset: 17,
    graphName: 'tiny_bert',
    docString: 'A tiny BERT with seeded random weights: a test fixture, not a language model.',
    nodes,
    initializers: inits,
    inputs: [
      { name: 'input_ids', type: 'int64', shape: seqShape },
      { name: 'attention_mask', type: 'int64', shape: seqShape },
      { name: 'token_type_ids', type: 'int64', shape: seqShape },
    ],
    outputs: [
      { name: 'last_hidden_state', type: 'float', shape: stateShape },
      ...Array.from({ length: s.layers + 1 }, (_, i) => ({
        name: `hidden_states.${i}`,
        type: 'float' as const,
        shape: stateShape,
      })),
    ],
  };
}
