/**
 * The encoder on the fixture model (scripts/make-fixture-model.ts), in Node through
 * transformers.js and onnxruntime-node, from Blobs as a dropped folder gives them: tokenizer ids
 * written by hand, the graph against a plain-loop BERT, every layer and pooling against
 * arithmetic done here on the raw hidden states, and the bad folders.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBertWeights } from '../../scripts/fixture-model/bert';
import { folderSource } from '../../scripts/fixture-model/folderSource';
import { referenceHiddenStates } from '../../scripts/fixture-model/reference';
import { FIXTURE_SEED, fixtureShape, writeFixtureModels } from '../../scripts/make-fixture-model';
import { UserError } from '../core/errors';
import { Encoder, type ModelSource } from './encoder';
import { checkHubId } from './hub';

const BIG = 4 * 1024 ** 3;
const TEXTS = [
  'Free money, click now!',
  'Winners 2024: call for your prize',
  'Please send the report before the meeting tomorrow.',
  'thanks',
  'The project team will work on the new code this week; the attached file has more about it.',
];
const noControl = { shouldStop: () => false, onProgress: () => {} };

let root: string;
let dirs: { full: string; lastLayer: string };
let encoder: Encoder;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'encoder-test-'));
  dirs = writeFixtureModels(root);
  encoder = await Encoder.load(await folderSource(dirs.full), { device: 'cpu', budget: BIG });
});

afterAll(async () => {
  await encoder?.dispose();
  rmSync(root, { recursive: true, force: true });
});

/** A copy of the full fixture with one file changed (or removed with `null`). */
async function variant(name: string, path: string, content: string | null): Promise<ModelSource> {
  const src = await folderSource(dirs.full);
  const files = src.files
    .filter((f) => content !== null || f.path !== `tiny-bert/${path}`)
    .map((f) =>
      f.path === `tiny-bert/${path}` && content !== null ? { path: f.path, file: new Blob([content]) } : f,
    )
    .map((f) => ({ ...f, path: f.path.replace(/^tiny-bert\//, `${name}/`) }));
  return { kind: 'files', files };
}

async function loadError(source: ModelSource, budget = BIG): Promise<UserError> {
  try {
    const e = await Encoder.load(source, { device: 'cpu', budget });
    await e.dispose();
  } catch (err) {
    if (err instanceof UserError) return err;
    throw err;
  }
  throw new Error('the model loaded');
}

describe('fixture model from local files', () => {
  it('describes the model and exposes every hidden state', () => {
    const i = encoder.info;
    expect(i).toMatchObject({
      name: 'tiny-bert',
      modelType: 'bert',
      architecture: 'BertModel',
      layers: 2,
      hidden: 32,
      heads: 2,
      vocabSize: 192,
      tokenizerKind: 'WordPiece',
      tokenizerSize: 192,
      maxLength: 64,
      device: 'cpu',
      layerKind: 'per-layer',
      choosableLayers: [0, 1, 2],
      defaultLayer: 1,
    });
    expect(i.variants.map((v) => v.file)).toEqual(['onnx/model.onnx']);
    expect(i.outputs).toEqual(['last_hidden_state', 'hidden_states.0', 'hidden_states.1', 'hidden_states.2']);
  });

  it('tokenizes a sentence into the WordPiece ids written by hand', async () => {
    const { inputIds, mask } = await encoder.run(['Free money, click now!', 'Winners 2024'], 64);
    // [CLS]=2 free=130 money=131 ,=16 click=136 now=137 !=5 [SEP]=3
    expect(inputIds[0]).toEqual([2, 130, 131, 16, 136, 137, 5, 3]);
    // [CLS] winner=133 ##s=84 2=32 ##0=92 ##2=94 ##4=96 [SEP]: ids 0–4 are the special tokens, then
    // 25 punctuation marks (5–29), digits (30–39), letters (40–65), ##letters (66–91), ##digits (92–101)
    expect(inputIds[1]).toEqual([2, 133, 84, 32, 92, 94, 96, 3]);
    expect(Array.from(mask)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    // Whole words follow from id 102 in the order of the word list: thanks=154.
    const short = await encoder.run(['thanks', 'free money'], 64);
    expect(short.inputIds).toEqual([
      [2, 154, 3, 0],
      [2, 130, 131, 3],
    ]);
    expect(Array.from(short.mask)).toEqual([1, 1, 1, 0, 1, 1, 1, 1]);
  });

  it('computes what BERT computes: every hidden state equals a plain-loop forward pass', async () => {
    const shape = fixtureShape();
    const weights = randomBertWeights(shape, FIXTURE_SEED);
    const { outputs, inputIds } = await encoder.run(['Free money, click now!'], 64);
    const ref = referenceHiddenStates(shape, weights, inputIds[0]);
    for (let layer = 0; layer <= shape.layers; layer++) {
      const got = outputs[`hidden_states.${layer}`].data;
      expect(got.length).toBe(ref[layer].length);
      for (let i = 0; i < got.length; i++) expect(Math.abs(got[i] - ref[layer][i])).toBeLessThan(1e-4);
    }
    expect(outputs.last_hidden_state.data).toEqual(outputs['hidden_states.2'].data);
  });

  it('pools each layer by mean, [CLS] and max exactly as done by hand on the raw outputs', async () => {
    const { outputs, mask } = await encoder.run(TEXTS, 64);
    const [batch, tokens, dim] = outputs['hidden_states.0'].dims;
    for (const layer of [0, 1, 2]) {
      const raw = outputs[`hidden_states.${layer}`].data;
      for (const pooling of ['mean', 'cls', 'max'] as const) {
        const got = await encoder.embed(
          TEXTS,
          { layer, pooling, batchSize: TEXTS.length, maxLength: 64 },
          noControl,
        );
        expect(got.dim).toBe(dim);
        for (let b = 0; b < batch; b++) {
          const real: number[] = [];
          for (let t = 0; t < tokens; t++) if (mask[b * tokens + t] === 1) real.push(t);
          for (let j = 0; j < dim; j++) {
            const at = (t: number) => raw[(b * tokens + t) * dim + j];
            let want: number;
            if (pooling === 'cls') want = at(0);
            else if (pooling === 'max') want = Math.max(...real.map(at));
            else want = real.reduce((s, t) => s + at(t), 0) / real.length;
            expect(
              Math.abs(got.vectors[b * dim + j] - want),
              `${pooling} layer ${layer} text ${b} dim ${j}`,
            ).toBeLessThan(1e-5);
          }
        }
      }
    }
  });

  it('gives other numbers for other layers and poolings (so the checks above can fail)', async () => {
    const o = { batchSize: 8, maxLength: 64 };
    const a = await encoder.embed(TEXTS, { ...o, layer: 1, pooling: 'mean' }, noControl);
    const b = await encoder.embed(TEXTS, { ...o, layer: 2, pooling: 'mean' }, noControl);
    const c = await encoder.embed(TEXTS, { ...o, layer: 1, pooling: 'max' }, noControl);
    const diff = (x: Float32Array, y: Float32Array) =>
      x.reduce((m, v, i) => Math.max(m, Math.abs(v - y[i])), 0);
    expect(diff(a.vectors, b.vectors)).toBeGreaterThan(0.1);
    expect(diff(a.vectors, c.vectors)).toBeGreaterThan(0.1);
  });

  it('does not depend on batching or padding', async () => {
    const o = { layer: 1, pooling: 'mean' as const, maxLength: 64 };
    const one = await encoder.embed(TEXTS, { ...o, batchSize: 1 }, noControl);
    const all = await encoder.embed(TEXTS, { ...o, batchSize: 5 }, noControl);
    for (let i = 0; i < one.vectors.length; i++)
      expect(Math.abs(one.vectors[i] - all.vectors[i])).toBeLessThan(1e-5);
    expect(one.done).toBe(5);
    expect(one.tokens).toBe(all.tokens);
  });

  it('cuts texts at the maximum length and counts them', async () => {
    const long = Array.from({ length: 100 }, () => 'money').join(' ');
    const r = await encoder.embed(
      [long, 'thanks'],
      { layer: 1, pooling: 'mean', batchSize: 2, maxLength: 16 },
      noControl,
    );
    expect(r.truncated).toBe(1);
    expect(r.tokens).toBe(16 + 3);
    const cut = await encoder.run([long], 16);
    expect(cut.inputIds[0]).toHaveLength(16);
  });

  it('stops between batches when asked and reports progress', async () => {
    const seen: number[] = [];
    let calls = 0;
    const r = await encoder.embed(
      TEXTS,
      { layer: 1, pooling: 'mean', batchSize: 2, maxLength: 64 },
      { shouldStop: () => ++calls > 2, onProgress: (p) => seen.push(p.done) },
    );
    expect(r.cancelled).toBe(true);
    expect(r.done).toBe(4);
    expect(seen).toEqual([2, 4]);
  });

  it('falls back to the last layer when the graph has no hidden states, with the same vectors', async () => {
    const last = await Encoder.load(await folderSource(dirs.lastLayer), { device: 'cpu', budget: BIG });
    try {
      expect(last.info).toMatchObject({ layerKind: 'last-only', choosableLayers: [2], defaultLayer: 2 });
      const o = { layer: 2, pooling: 'mean' as const, batchSize: 4, maxLength: 64 };
      const a = await last.embed(TEXTS, o, noControl);
      const b = await encoder.embed(TEXTS, o, noControl);
      for (let i = 0; i < a.vectors.length; i++)
        expect(Math.abs(a.vectors[i] - b.vectors[i])).toBeLessThan(1e-5);
      await expect(last.embed(TEXTS, { ...o, layer: 1 }, noControl)).rejects.toMatchObject({
        code: 'embed-layer-unavailable',
      });
    } finally {
      await last.dispose();
    }
  });
});

describe('bad model folders', () => {
  it('names the missing file', async () => {
    const e = await loadError(await variant('no-tok', 'tokenizer.json', null));
    expect(e.code).toBe('encoder-missing-file');
    expect(e.message).toContain('tokenizer.json');
  });

  it('refuses a model without an ONNX file', async () => {
    const e = await loadError(await variant('no-onnx', 'onnx/model.onnx', null));
    expect(e.code).toBe('encoder-missing-onnx');
  });

  it('refuses an architecture that is not an encoder', async () => {
    const config = JSON.parse(readFileSync(join(dirs.full, 'config.json'), 'utf8'));
    const e = await loadError(
      await variant(
        'gpt',
        'config.json',
        JSON.stringify({ ...config, model_type: 'gpt2', architectures: ['GPT2LMHeadModel'] }),
      ),
    );
    expect(e.code).toBe('encoder-not-text-encoder');
    expect(e.message).toContain('gpt2');
  });

  it('refuses a tokenizer that does not match the model', async () => {
    const config = JSON.parse(readFileSync(join(dirs.full, 'config.json'), 'utf8'));
    const e = await loadError(
      await variant('mismatch', 'config.json', JSON.stringify({ ...config, vocab_size: 120 })),
    );
    expect(e.code).toBe('encoder-tokenizer-mismatch');
    expect(e.message).toMatch(/192 tokens.*120/);
  });

  it('refuses a model too large for the memory budget before reading it', async () => {
    const e = await loadError(await folderSource(dirs.full), 100_000);
    expect(e.code).toBe('encoder-too-large');
  });

  it('reports an ONNX file that is not a model', async () => {
    const dir = join(root, 'broken', 'onnx');
    mkdirSync(dir, { recursive: true });
    for (const f of ['config.json', 'tokenizer.json', 'tokenizer_config.json'])
      writeFileSync(join(root, 'broken', f), readFileSync(join(dirs.full, f)));
    writeFileSync(join(dir, 'model.onnx'), 'not a model');
    const e = await loadError(await folderSource(join(root, 'broken')));
    expect(e.code).toBe('encoder-load-failed');
  });
});

describe('hub model ids (checked before anything is asked of the hub)', () => {
  it('accepts owner/name and refuses URLs, paths and spaces', () => {
    expect(checkHubId(' Xenova/all-MiniLM-L6-v2 ')).toBe('Xenova/all-MiniLM-L6-v2');
    for (const bad of ['https://huggingface.co/Xenova/x', '../secrets', 'a/b/c', 'two words', ''])
      expect(() => checkHubId(bad), bad).toThrow(expect.objectContaining({ code: 'hub-bad-id' }));
  });
});
