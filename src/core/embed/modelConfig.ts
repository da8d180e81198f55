/**
 * What config.json and tokenizer.json say about an encoder, checked before the weights are
 * loaded: that it is a text encoder transformers.js can run as one (input ids in, a hidden state
 * per token out), its sizes, and that the tokenizer can only produce ids the model's embedding
 * table has.
 */
import { UserError } from '../errors';

/**
 * config.json `model_type`s of text encoders transformers.js 4.3 loads with AutoModel and whose
 * output is `last_hidden_state` [batch, tokens, hidden]. Decoders (gpt2, llama …), encoder-
 * decoders (t5, bart …) and image or audio models are refused with a sentence.
 */
export const ENCODER_TYPES = [
  'albert',
  'bert',
  'camembert',
  'convbert',
  'deberta',
  'deberta-v2',
  'distilbert',
  'electra',
  'eurobert',
  'mobilebert',
  'modernbert',
  'mpnet',
  'neobert',
  'nomic_bert',
  'roberta',
  'roformer',
  'squeezebert',
  'xlm-roberta',
] as const;

export interface EncoderConfig {
  modelType: string;
  /** config.architectures[0], e.g. "BertModel", or the model type when absent. */
  architecture: string;
  /** Transformer layers (hidden states are layers + 1: the embeddings first). */
  layers: number;
  hidden: number;
  heads: number | null;
  vocabSize: number;
  /** Longest input in tokens (max_position_embeddings), or null when the config does not say. */
  maxPositions: number | null;
}

function parseJson(text: string, file: string, modelName: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    // Reported below with the file's name.
  }
  throw new UserError(
    'encoder-bad-json',
    `${file} in the model folder “${modelName}” is not a JSON object.`,
    {
      file,
      name: modelName,
    },
  );
}

function positive(v: unknown): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null;
}

/** The first of `keys` that holds a positive integer (model families name sizes differently). */
function sizeOf(c: Record<string, unknown>, keys: string[]): number | null {
  for (const k of keys) {
    const v = positive(c[k]);
    if (v !== null) return v;
  }
  return null;
}

export function readEncoderConfig(text: string, modelName: string): EncoderConfig {
  const c = parseJson(text, 'config.json', modelName);
  const modelType = typeof c.model_type === 'string' ? c.model_type : '';
  const architectures = Array.isArray(c.architectures)
    ? c.architectures.filter((a) => typeof a === 'string')
    : [];
  const architecture = architectures[0] ?? modelType;
  if (!modelType) {
    throw new UserError(
      'encoder-no-type',
      `The config.json of “${modelName}” names no model_type, so it cannot be loaded as a text encoder.`,
      { name: modelName },
    );
  }
  if (!(ENCODER_TYPES as readonly string[]).includes(modelType)) {
    throw new UserError(
      'encoder-not-text-encoder',
      `“${modelName}” is a ${modelType} model (${architecture}), not a text encoder this page can embed with: use a BERT-type encoder (bert, roberta, distilbert, mpnet, xlm-roberta …).`,
      { name: modelName, type: modelType, architecture },
    );
  }
  const layers = sizeOf(c, ['num_hidden_layers', 'n_layers', 'num_layers']);
  const hidden = sizeOf(c, ['hidden_size', 'dim', 'd_model']);
  const vocabSize = sizeOf(c, ['vocab_size']);
  if (layers === null || hidden === null || vocabSize === null) {
    throw new UserError(
      'encoder-config-incomplete',
      `The config.json of “${modelName}” lacks num_hidden_layers, hidden_size or vocab_size.`,
      { name: modelName },
    );
  }
  return {
    modelType,
    architecture,
    layers,
    hidden,
    heads: sizeOf(c, ['num_attention_heads', 'n_heads']),
    vocabSize,
    maxPositions: sizeOf(c, ['max_position_embeddings']),
  };
}

export interface TokenizerFacts {
  /** Tokens in the vocabulary, added tokens included. */
  size: number;
  /** The largest id the tokenizer can emit. */
  maxId: number;
  /** "WordPiece", "BPE", "Unigram" … */
  kind: string;
  /** model_max_length from tokenizer_config.json, when it is a real limit (not the 1e30 "none"). */
  maxLength: number | null;
}

/** Reads the vocabulary of tokenizer.json (any of the `tokenizers` model types) and the length limit. */
export function readTokenizerFacts(
  tokenizerJson: string,
  tokenizerConfig: string,
  modelName: string,
): TokenizerFacts {
  const t = parseJson(tokenizerJson, 'tokenizer.json', modelName);
  const tc = parseJson(tokenizerConfig, 'tokenizer_config.json', modelName);
  const model = (t.model ?? {}) as { type?: unknown; vocab?: unknown };
  let maxId = -1;
  let size = 0;
  const see = (id: unknown) => {
    if (typeof id === 'number' && Number.isInteger(id) && id >= 0) maxId = Math.max(maxId, id);
  };
  if (Array.isArray(model.vocab)) {
    // Unigram: [[piece, score], …], the id is the position.
    size = model.vocab.length;
    maxId = size - 1;
  } else if (typeof model.vocab === 'object' && model.vocab !== null) {
    // WordPiece, BPE, WordLevel: { token: id }.
    const ids = Object.values(model.vocab as Record<string, unknown>);
    size = ids.length;
    for (const id of ids) see(id);
  }
  const known = new Set<number>();
  for (let i = 0; i <= maxId; i++) known.add(i);
  for (const a of Array.isArray(t.added_tokens) ? t.added_tokens : []) {
    const id = (a as { id?: unknown }).id;
    see(id);
    if (typeof id === 'number' && !known.has(id)) {
      known.add(id);
      size++;
    }
  }
  if (maxId < 0) {
    throw new UserError(
      'encoder-tokenizer-empty',
      `The tokenizer.json of “${modelName}” has no vocabulary.`,
      {
        name: modelName,
      },
    );
  }
  const limit = positive(tc.model_max_length);
  return {
    size,
    maxId,
    kind: typeof model.type === 'string' ? model.type : '?',
    maxLength: limit !== null && limit < 1_000_000 ? limit : null,
  };
}

/**
 * A tokenizer from another model gives ids the embedding table lacks (an error inside the graph,
 * or garbage) or covers a different vocabulary. Models round vocab_size up a little (to a
 * multiple of 8 or 128, for speed), so only a shortfall beyond that counts as a mismatch.
 */
export function checkTokenizerMatches(config: EncoderConfig, tok: TokenizerFacts, modelName: string): void {
  const slack = Math.max(128, Math.ceil(config.vocabSize * 0.01));
  if (tok.maxId >= config.vocabSize || config.vocabSize - tok.size > slack) {
    throw new UserError(
      'encoder-tokenizer-mismatch',
      `The tokenizer of “${modelName}” does not belong to its model: it has ${tok.size} tokens (ids up to ${tok.maxId}) but config.json says the model knows ${config.vocabSize}.`,
      { name: modelName, tokens: tok.size, maxId: tok.maxId, vocab: config.vocabSize },
    );
  }
}
