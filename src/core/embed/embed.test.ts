import { describe, expect, it } from 'vitest';
import { UserError } from '../errors';
import { choosableLayers, defaultLayer, layerOutputs, layerValues } from './layers';
import { checkModelFits, isOutOfMemory, memoryBudget } from './memory';
import { checkTokenizerMatches, readEncoderConfig, readTokenizerFacts } from './modelConfig';
import { downloadPlan, findModelFolder } from './modelFolder';
import { poolHidden } from './pooling';
import { clipForTokens, lengthOrder } from './texts';

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return e.code;
    throw e;
  }
  return 'no error';
}

const FOLDER = ['config.json', 'tokenizer.json', 'tokenizer_config.json'];

describe('findModelFolder', () => {
  it('finds the root, the variants (full precision first) and external data', () => {
    const files = [
      ...FOLDER.map((f) => ({ path: `MiniLM/${f}`, size: 10 })),
      { path: 'MiniLM/onnx/model_quantized.onnx', size: 23 },
      { path: 'MiniLM/onnx/model.onnx', size: 90 },
      { path: 'MiniLM/onnx/model.onnx_data', size: 1000 },
      { path: 'MiniLM/onnx/model.onnx_data_1', size: 500 },
      { path: 'MiniLM/README.md', size: 1 },
    ];
    const f = findModelFolder(files);
    expect(f).toMatchObject({ root: 'MiniLM/', name: 'MiniLM', subfolder: 'onnx' });
    expect(f.variants).toEqual([
      {
        file: 'onnx/model.onnx',
        dtype: 'fp32',
        bytes: 1590,
        externalData: ['onnx/model.onnx_data', 'onnx/model.onnx_data_1'],
      },
      { file: 'onnx/model_quantized.onnx', dtype: 'q8', bytes: 23, externalData: [] },
    ]);
  });

  it('accepts .onnx files next to config.json and a folder dropped inside another', () => {
    const files = [
      ...FOLDER.map((f) => ({ path: `a/b/${f}`, size: 1 })),
      { path: 'a/b/model_fp16.onnx', size: 5 },
    ];
    const f = findModelFolder(files);
    expect(f).toMatchObject({ root: 'a/b/', name: 'b', subfolder: '' });
    expect(f.variants.map((v) => v.dtype)).toEqual(['fp16']);
  });

  it('names the missing file, a missing model and a misnamed one', () => {
    const noTok = findModelFolderError([
      { path: 'm/config.json', size: 1 },
      { path: 'm/onnx/model.onnx', size: 1 },
    ]);
    expect(noTok.code).toBe('encoder-missing-file');
    expect(noTok.message).toContain('tokenizer.json');
    expect(codeOf(() => findModelFolder(FOLDER.map((f) => ({ path: `m/${f}`, size: 1 }))))).toBe(
      'encoder-missing-onnx',
    );
    expect(
      codeOf(() =>
        findModelFolder([
          ...FOLDER.map((f) => ({ path: `m/${f}`, size: 1 })),
          { path: 'm/bert.onnx', size: 1 },
        ]),
      ),
    ).toBe('encoder-onnx-misnamed');
  });
});

describe('downloadPlan', () => {
  it('lists exactly the files a load of the chosen weights reads, with their sizes', () => {
    const listing = [
      { path: 'MiniLM/.gitattributes', size: 1 },
      { path: 'MiniLM/README.md', size: 2 },
      { path: 'MiniLM/config.json', size: 650 },
      { path: 'MiniLM/tokenizer.json', size: 711_000 },
      { path: 'MiniLM/tokenizer_config.json', size: 366 },
      { path: 'MiniLM/vocab.txt', size: 232_000 },
      { path: 'MiniLM/onnx/model.onnx', size: 90_400_000 },
      { path: 'MiniLM/onnx/model_quantized.onnx', size: 23_000_000 },
      { path: 'MiniLM/onnx/model_fp16.onnx', size: 45_000_000 },
    ];
    expect(downloadPlan(listing, 'q8')).toEqual([
      { path: 'config.json', size: 650 },
      { path: 'tokenizer.json', size: 711_000 },
      { path: 'tokenizer_config.json', size: 366 },
      { path: 'onnx/model_quantized.onnx', size: 23_000_000 },
    ]);
    expect(downloadPlan(listing, 'fp32').map((f) => f.path)).toContain('onnx/model.onnx');
  });
});

function findModelFolderError(files: { path: string; size: number }[]): UserError {
  try {
    findModelFolder(files);
  } catch (e) {
    if (e instanceof UserError) return e;
  }
  throw new Error('no UserError');
}

describe('readEncoderConfig and the tokenizer check', () => {
  const bert = {
    model_type: 'bert',
    architectures: ['BertModel'],
    num_hidden_layers: 6,
    hidden_size: 384,
    vocab_size: 30522,
  };

  it('reads sizes and refuses decoders and configs without sizes', () => {
    expect(readEncoderConfig(JSON.stringify({ ...bert, max_position_embeddings: 512 }), 'm')).toMatchObject({
      modelType: 'bert',
      architecture: 'BertModel',
      layers: 6,
      hidden: 384,
      vocabSize: 30522,
      maxPositions: 512,
    });
    expect(codeOf(() => readEncoderConfig(JSON.stringify({ ...bert, model_type: 'llama' }), 'm'))).toBe(
      'encoder-not-text-encoder',
    );
    expect(codeOf(() => readEncoderConfig(JSON.stringify({ hidden_size: 3 }), 'm'))).toBe('encoder-no-type');
    expect(codeOf(() => readEncoderConfig('{"model_type":"bert"}', 'm'))).toBe('encoder-config-incomplete');
    expect(codeOf(() => readEncoderConfig('not json', 'm'))).toBe('encoder-bad-json');
  });

  it('counts WordPiece, Unigram and added tokens, and reads a real length limit only', () => {
    const wp = readTokenizerFacts(
      JSON.stringify({
        model: { type: 'WordPiece', vocab: { a: 0, b: 1, c: 2 } },
        added_tokens: [{ id: 2 }, { id: 3 }],
      }),
      JSON.stringify({ model_max_length: 128 }),
      'm',
    );
    expect(wp).toEqual({ size: 4, maxId: 3, kind: 'WordPiece', maxLength: 128 });
    const uni = readTokenizerFacts(
      JSON.stringify({
        model: {
          type: 'Unigram',
          vocab: [
            ['a', 0],
            ['b', -1],
          ],
        },
      }),
      JSON.stringify({ model_max_length: 1e30 }),
      'm',
    );
    expect(uni).toEqual({ size: 2, maxId: 1, kind: 'Unigram', maxLength: null });
  });

  it('accepts a vocabulary rounded up by the model, refuses ids beyond it or a far smaller one', () => {
    const config = readEncoderConfig(JSON.stringify(bert), 'm');
    const facts = (size: number) => ({ size, maxId: size - 1, kind: 'WordPiece', maxLength: null });
    expect(() => checkTokenizerMatches(config, facts(30522), 'm')).not.toThrow();
    expect(() => checkTokenizerMatches(config, facts(30500), 'm')).not.toThrow();
    expect(codeOf(() => checkTokenizerMatches(config, facts(30523), 'm'))).toBe('encoder-tokenizer-mismatch');
    expect(codeOf(() => checkTokenizerMatches(config, facts(21128), 'm'))).toBe('encoder-tokenizer-mismatch');
  });
});

describe('poolHidden', () => {
  // Two texts, three token slots, two dimensions; the second text has one padding slot.
  const hidden = Float32Array.from([1, 2, 3, 4, 5, 6, 10, 20, -30, 40, 99, 99]);
  const mask = [1, 1, 1, 1, 1, 0];

  it('averages real tokens only', () => {
    expect(Array.from(poolHidden(hidden, [2, 3, 2], mask, 'mean'))).toEqual([3, 4, -10, 30]);
  });

  it('takes the first token for cls and the largest real value for max', () => {
    expect(Array.from(poolHidden(hidden, [2, 3, 2], mask, 'cls'))).toEqual([1, 2, 10, 20]);
    expect(Array.from(poolHidden(hidden, [2, 3, 2], mask, 'max'))).toEqual([5, 6, 10, 40]);
  });

  it('takes bigint masks as the tokenizer returns them', () => {
    expect(Array.from(poolHidden(hidden, [2, 3, 2], BigInt64Array.from(mask.map(BigInt)), 'mean'))).toEqual([
      3, 4, -10, 30,
    ]);
  });
});

describe('layer outputs', () => {
  it('maps per-layer outputs and defaults to the second-to-last layer', () => {
    const o = layerOutputs(['last_hidden_state', 'hidden_states.0', 'hidden_states.1', 'hidden_states.2'], 2);
    expect(o.kind).toBe('per-layer');
    expect(choosableLayers(o)).toEqual([0, 1, 2]);
    expect(defaultLayer(o)).toBe(1);
    const data = new Float32Array(4);
    expect(layerValues(o, { 'hidden_states.1': { data, dims: [1, 2, 2] } }, 1).data).toBe(data);
  });

  it('falls back to the last layer, and slices a stacked output', () => {
    const last = layerOutputs(['last_hidden_state', 'pooler_output'], 12);
    expect([last.kind, choosableLayers(last), defaultLayer(last)]).toEqual(['last-only', [12], 12]);
    const incomplete = layerOutputs(['last_hidden_state', 'hidden_states.0'], 2);
    expect(incomplete.kind).toBe('last-only');
    const stacked = layerOutputs(['last_hidden_state', 'all_hidden_states'], 1);
    expect(stacked.kind).toBe('stacked');
    const all = Float32Array.from([0, 0, 1, 1]);
    const v = layerValues(stacked, { all_hidden_states: { data: all, dims: [2, 1, 1, 2] } }, 1);
    expect([Array.from(v.data), v.dims]).toEqual([
      [1, 1],
      [1, 1, 2],
    ]);
  });
});

describe('memory', () => {
  it('budgets the least of the wasm heap, half the device memory and the JS heap limit', () => {
    expect(memoryBudget({})).toBe(4 * 1024 ** 3);
    expect(memoryBudget({ deviceMemoryGiB: 4 })).toBe(2 * 1024 ** 3);
    expect(memoryBudget({ deviceMemoryGiB: 8, jsHeapLimit: 1e9 })).toBe(1e9);
  });

  it('refuses a model that needs more than the budget to load', () => {
    expect(() => checkModelFits(90e6, 4e9, 'm')).not.toThrow();
    expect(codeOf(() => checkModelFits(1.7e9, 4e9, 'm'))).toBe('encoder-too-large');
  });

  it('recognises allocation failures', () => {
    expect(isOutOfMemory(new RangeError('Array buffer allocation failed'))).toBe(true);
    expect(isOutOfMemory(new Error('std::bad_alloc'))).toBe(true);
    expect(isOutOfMemory(new Error('invalid model'))).toBe(false);
  });
});

describe('texts', () => {
  it('clips to 32 characters per token and orders by length, stably', () => {
    expect(clipForTokens('x'.repeat(100), 2)).toHaveLength(64);
    expect(clipForTokens('short', 2)).toBe('short');
    expect(Array.from(lengthOrder(['ccc', 'a', 'bb', 'd']))).toEqual([1, 3, 2, 0]);
  });
});
