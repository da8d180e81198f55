/**
 * Writes the test fixture models: tiny BERT-type encoders with seeded random weights, in the
 * folder layout of a Hugging Face ONNX export (what transformers.js loads):
 *
 *   .fixtures/tiny-bert/              config.json, tokenizer.json, tokenizer_config.json,
 *                                     onnx/model.onnx (outputs last_hidden_state + hidden_states.0…2)
 *   .fixtures/tiny-bert-last-layer/   the same weights, but the graph outputs last_hidden_state only
 *
 * Vocabulary 200 WordPiece tokens of our own, hidden 32, 2 heads, 2 layers, intermediate 64,
 * 64 positions: about 100 kB each. The output is generated (gitignored), takes milliseconds, and
 * is the same bytes for the same seed. Run by the unit tests' global setup and the e2e runner;
 * by hand: `npx tsx scripts/make-fixture-model.ts [folder]`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BertShape, bertGraph, randomBertWeights } from './fixture-model/bert';
import { encodeModel } from './fixture-model/onnx';
import { fixtureVocab, tokenizerConfigJson, tokenizerJson } from './fixture-model/vocab';

export const FIXTURE_SEED = 9;

export function fixtureShape(): BertShape {
  return {
    vocabSize: fixtureVocab().length,
    hidden: 32,
    heads: 2,
    layers: 2,
    intermediate: 64,
    maxPositions: 64,
    typeVocab: 2,
    layerNormEps: 1e-12,
  };
}

export const FIXTURE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '.fixtures');

function configJson(s: BertShape): object {
  return {
    architectures: ['BertModel'],
    model_type: 'bert',
    vocab_size: s.vocabSize,
    hidden_size: s.hidden,
    num_hidden_layers: s.layers,
    num_attention_heads: s.heads,
    intermediate_size: s.intermediate,
    hidden_act: 'gelu',
    max_position_embeddings: s.maxPositions,
    type_vocab_size: s.typeVocab,
    layer_norm_eps: s.layerNormEps,
    pad_token_id: 0,
    _comment:
      'Tiny random-weight BERT made by scripts/make-fixture-model.ts: a test fixture, not a language model.',
  };
}

/**
 * Writes only when the bytes differ: a browser refuses to read a File whose disk file changed
 * after it was picked, and test setups of parallel runs rewrite these folders.
 */
function writeIfChanged(path: string, bytes: Uint8Array | string): void {
  const data = typeof bytes === 'string' ? Buffer.from(bytes) : Buffer.from(bytes);
  if (existsSync(path) && readFileSync(path).equals(data)) return;
  writeFileSync(path, data);
}

function writeJson(path: string, value: object): void {
  writeIfChanged(path, JSON.stringify(value, null, 2) + '\n');
}

/** Writes both fixture folders under `root`; returns their paths. */
export function writeFixtureModels(root = FIXTURE_ROOT): { full: string; lastLayer: string } {
  const shape = fixtureShape();
  const vocab = fixtureVocab();
  const weights = randomBertWeights(shape, FIXTURE_SEED);
  const graph = bertGraph(shape, weights);
  const lastOnly = { ...graph, outputs: graph.outputs.filter((o) => o.name === 'last_hidden_state') };
  const out = { full: join(root, 'tiny-bert'), lastLayer: join(root, 'tiny-bert-last-layer') };
  for (const [dir, model] of [
    [out.full, graph],
    [out.lastLayer, lastOnly],
  ] as const) {
    mkdirSync(join(dir, 'onnx'), { recursive: true });
    writeJson(join(dir, 'config.json'), configJson(shape));
    writeJson(join(dir, 'tokenizer.json'), tokenizerJson(vocab, shape.maxPositions));
    writeJson(join(dir, 'tokenizer_config.json'), tokenizerConfigJson(shape.maxPositions));
    writeIfChanged(join(dir, 'onnx', 'model.onnx'), encodeModel(model));
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dirs = writeFixtureModels(process.argv[2] ? resolve(process.argv[2]) : FIXTURE_ROOT);
  console.log(`[fixture] wrote ${dirs.full} and ${dirs.lastLayer}`);
}
