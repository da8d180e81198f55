/**
 * Which of an ONNX encoder's outputs holds which layer's hidden states.
 *
 * Hidden state i is what the model holds after i layers: 0 is the embedding layer's output and
 * L (the model's layer count) is `last_hidden_state`. A graph exported with
 * `output_hidden_states` exposes them as outputs `hidden_states.0` … `hidden_states.L` (the
 * names optimum and torch.onnx give a flattened tuple; `hidden_states_0` is read too), or as one
 * stacked output `all_hidden_states` / `hidden_states` of shape [L+1, batch, tokens, dim].
 * transformers.js returns every graph output by its name, so any of these can be read; most
 * published ONNX exports have `last_hidden_state` only.
 */

export interface LayerOutputs {
  /** Transformer layers (config.json num_hidden_layers). */
  layers: number;
  /** How the hidden states are exposed. */
  kind: 'per-layer' | 'stacked' | 'last-only';
  /** Output name per hidden-state index (per-layer), the stacked output's name, or last_hidden_state. */
  names: Map<number, string>;
  stackedName: string | null;
  /** The output holding the last layer. */
  lastName: string;
}

const PER_LAYER = /^(?:all_)?hidden_states[._](\d+)$/;
const STACKED = ['all_hidden_states', 'hidden_states'];

export function layerOutputs(outputNames: readonly string[], layers: number): LayerOutputs {
  const names = new Map<number, string>();
  for (const n of outputNames) {
    const m = PER_LAYER.exec(n);
    if (m) names.set(Number(m[1]), n);
  }
  const lastName = outputNames.includes('last_hidden_state') ? 'last_hidden_state' : (outputNames[0] ?? '');
  let complete = true;
  for (let i = 0; i <= layers; i++) if (!names.has(i)) complete = false;
  if (complete) return { layers, kind: 'per-layer', names, stackedName: null, lastName };
  const stacked = STACKED.find((s) => outputNames.includes(s)) ?? null;
  if (stacked) return { layers, kind: 'stacked', names: new Map(), stackedName: stacked, lastName };
  return { layers, kind: 'last-only', names: new Map([[layers, lastName]]), stackedName: null, lastName };
}

/** Hidden-state indices the user may choose from. */
export function choosableLayers(o: LayerOutputs): number[] {
  if (o.kind === 'last-only') return [o.layers];
  return Array.from({ length: o.layers + 1 }, (_, i) => i);
}

/**
 * bert-as-service's default: the second-to-last layer (its `pooling_layer = -2`), which is less
 * tied to BERT's pre-training objectives than the last; the last layer when it is all we have.
 */
export function defaultLayer(o: LayerOutputs): number {
  return o.kind === 'last-only' ? o.layers : Math.max(0, o.layers - 1);
}

/**
 * Picks layer `layer`'s [batch, tokens, dim] values out of a run's outputs. `outputs` maps output
 * names to their data and dims (as transformers.js returns them).
 */
export function layerValues(
  o: LayerOutputs,
  outputs: Record<string, { data: Float32Array; dims: readonly number[] }>,
  layer: number,
): { data: Float32Array; dims: [number, number, number] } {
  if (o.kind === 'stacked' && o.stackedName) {
    const s = outputs[o.stackedName];
    const [count, batch, tokens, dim] = s.dims;
    if (s.dims.length !== 4 || count !== o.layers + 1)
      throw new Error(
        `${o.stackedName} has shape ${s.dims.join('×')}, expected [${o.layers + 1}, batch, tokens, dim]`,
      );
    const size = batch * tokens * dim;
    return { data: s.data.subarray(layer * size, (layer + 1) * size), dims: [batch, tokens, dim] };
  }
  const name = o.names.get(layer) ?? (layer === o.layers ? o.lastName : undefined);
  if (name === undefined) throw new Error(`this model's graph does not expose hidden state ${layer}`);
  const t = outputs[name];
  if (t?.dims.length !== 3) throw new Error(`output ${name} is missing or not [batch, tokens, dim]`);
  return { data: t.data, dims: [t.dims[0], t.dims[1], t.dims[2]] };
}
