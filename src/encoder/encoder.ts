/**
 * A transformer encoder loaded with transformers.js, turning texts into sentence vectors: one
 * pooled vector per text from a chosen layer's hidden states. Runs wherever transformers.js
 * runs: in the encoder worker (onnxruntime-web on WebGPU or WebAssembly) and in Node for tests
 * and benchmarks (onnxruntime-node on the CPU).
 *
 * Everything the user can get wrong is checked before the weights are read (see
 * src/core/embed): missing files, a model that is not an encoder, a tokenizer from another
 * model, a model too large for memory.
 */
import {
  choosableLayers,
  defaultLayer,
  type LayerOutputs,
  layerOutputs,
  layerValues,
} from '../core/embed/layers';
import { checkModelFits, isOutOfMemory } from '../core/embed/memory';
import {
  checkTokenizerMatches,
  type EncoderConfig,
  readEncoderConfig,
  readTokenizerFacts,
  type TokenizerFacts,
} from '../core/embed/modelConfig';
import {
  type FileEntry,
  findModelFolder,
  type ModelFolder,
  type OnnxVariant,
  type WeightFormat,
} from '../core/embed/modelFolder';
import { type Pooling, poolHidden } from '../core/embed/pooling';
import { clipForTokens, lengthOrder } from '../core/embed/texts';
import { type Phrase, phrase, UserError } from '../core/errors';
import {
  AutoModel,
  AutoTokenizer,
  allowHubDownloads,
  forgetLocalFiles,
  type LocalFiles,
  type PreTrainedModel,
  type PreTrainedTokenizer,
  serveLocalFiles,
  setWasmThreads,
  type Tensor,
} from './transformers';

/** Where the model's files come from. */
export type ModelSource =
  /** A dropped or picked folder (or files read from disk in Node): paths relative to what was dropped. */
  | { kind: 'files'; files: { path: string; file: Blob }[] }
  /** A Hugging Face hub repository, after the user opted in; `files` as listed by the hub's API. */
  | { kind: 'hub'; id: string; files: FileEntry[] };

/** 'auto' tries WebGPU and falls back to WebAssembly; 'cpu' is onnxruntime-node (Node only). */
export type DeviceChoice = 'auto' | 'webgpu' | 'wasm' | 'cpu';

export interface LoadOptions {
  /** Which ONNX file (weight format); absent = the first present, full precision first. */
  dtype?: WeightFormat;
  device: DeviceChoice;
  /** Bytes the page can spend on loading (see memoryBudget). */
  budget: number;
  /** WebAssembly threads (benchmarks); absent = ONNX Runtime's default. First load of a worker only. */
  threads?: number;
}

export interface EncoderInfo {
  name: string;
  source: 'files' | 'hub';
  modelType: string;
  architecture: string;
  layers: number;
  hidden: number;
  heads: number | null;
  vocabSize: number;
  tokenizerKind: string;
  tokenizerSize: number;
  /** The longest input in tokens the model takes (position embeddings / tokenizer limit). */
  maxLength: number;
  variants: OnnxVariant[];
  variant: OnnxVariant;
  /** The device the session runs on: 'webgpu', 'wasm' or 'cpu'. */
  device: string;
  /** Why the device is not the one asked for (WebGPU unavailable or failed), or null. */
  deviceNote: Phrase | null;
  /** How the graph exposes hidden states, and the layers one can pick. */
  layerKind: LayerOutputs['kind'];
  choosableLayers: number[];
  defaultLayer: number;
  outputs: string[];
  loadSeconds: number;
}

export interface EmbedOptions {
  /** Hidden-state index: 0 = embeddings … layers = last layer. */
  layer: number;
  pooling: Pooling;
  /** Texts per run of the model (each batch is padded to its longest text). */
  batchSize: number;
  /** Tokens per text at most, [CLS] and [SEP] included; longer texts are cut. */
  maxLength: number;
}

export interface EmbedProgress {
  done: number;
  total: number;
  textsPerSec: number;
  tokensPerSec: number;
}

export interface EmbedControl {
  shouldStop: () => boolean;
  onProgress: (p: EmbedProgress) => void;
}

export interface EmbedOutcome {
  /** n × dim row-major, row i for texts[i]; all zero when cancelled. */
  vectors: Float32Array;
  dim: number;
  done: number;
  cancelled: boolean;
  seconds: number;
  textsPerSec: number;
  /** Texts that filled maxLength (cut, or exactly that long). */
  truncated: number;
  /** Real tokens (not padding) over all texts. */
  tokens: number;
}

export type LoadProgress = { file: string; loaded: number; total: number };

let loads = 0;

function fileMap(files: { path: string; file: Blob }[], folder: ModelFolder): LocalFiles {
  const map: LocalFiles = new Map();
  for (const f of files) {
    const p = f.path.replace(/^\/+/, '');
    if (p.startsWith(folder.root)) map.set(p.slice(folder.root.length), f.file);
  }
  return map;
}

async function readText(files: LocalFiles, path: string): Promise<string> {
  const b = files.get(path);
  if (!b) throw new Error(`${path} vanished after the folder was checked`);
  return b.text();
}

async function hubText(id: string, path: string): Promise<string> {
  const r = await fetch(`https://huggingface.co/${id}/resolve/main/${path}`);
  if (!r.ok)
    throw new UserError('hub-file-failed', `The hub did not give ${path} of ${id} (HTTP ${r.status}).`, {
      id,
      path,
      status: r.status,
    });
  return r.text();
}

interface GpuAdapterLike {
  info?: { architecture?: string; description?: string; isFallbackAdapter?: boolean };
  isFallbackAdapter?: boolean;
}

/**
 * Whether WebGPU can run a model here: null when it can, else why not. `software` is set when
 * the adapter is a CPU emulation (SwiftShader, a "fallback adapter"): it works, but measured here
 * it embeds about 40× slower than WebAssembly, so 'auto' does not choose it.
 */
async function webgpuState(): Promise<{ why: string | null; software: boolean }> {
  const gpu = (globalThis.navigator as { gpu?: { requestAdapter(): Promise<unknown> } } | undefined)?.gpu;
  if (!gpu) return { why: 'this browser has no WebGPU', software: false };
  try {
    const adapter = (await gpu.requestAdapter()) as GpuAdapterLike | null;
    if (!adapter) return { why: 'no WebGPU adapter is available', software: false };
    const info = adapter.info ?? {};
    const software =
      adapter.isFallbackAdapter === true ||
      info.isFallbackAdapter === true ||
      /swiftshader/i.test(`${info.architecture ?? ''} ${info.description ?? ''}`);
    return { why: null, software };
  } catch (e) {
    return {
      why: `WebGPU refused an adapter (${e instanceof Error ? e.message : String(e)})`,
      software: false,
    };
  }
}

/** transformers.js's progress events, reduced to the per-file byte counts the page shows. */
function progressCallback(onProgress: ((p: LoadProgress) => void) | undefined) {
  if (!onProgress) return undefined;
  return (p: { status: string; file?: string; loaded?: number; total?: number }) => {
    if (p.status === 'progress' && p.file)
      onProgress({ file: p.file, loaded: p.loaded ?? 0, total: p.total ?? 0 });
  };
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export class Encoder {
  private constructor(
    readonly info: EncoderInfo,
    private readonly tokenizer: PreTrainedTokenizer,
    private readonly model: PreTrainedModel,
    private readonly outputs: LayerOutputs,
  ) {}

  /** Checks the folder, then loads tokenizer and model. Throws UserError for every fixable problem. */
  static async load(
    source: ModelSource,
    options: LoadOptions,
    onProgress?: (p: LoadProgress) => void,
  ): Promise<Encoder> {
    const t0 = performance.now();
    const entries: FileEntry[] =
      source.kind === 'files' ? source.files.map((f) => ({ path: f.path, size: f.file.size })) : source.files;
    const folder = findModelFolder(entries);
    const name = source.kind === 'hub' ? source.id : folder.name;
    const variant = folder.variants.find((v) => v.dtype === options.dtype) ?? folder.variants[0];
    checkModelFits(variant.bytes, options.budget, name);

    if (options.threads) setWasmThreads(options.threads);
    const id = source.kind === 'hub' ? source.id : `dropped-model-${++loads}`;
    let text: (path: string) => Promise<string>;
    if (source.kind === 'files') {
      const files = fileMap(source.files, folder);
      serveLocalFiles(id, files);
      text = (p) => readText(files, p);
    } else {
      allowHubDownloads();
      text = (p) => hubText(source.id, p);
    }
    try {
      const config = readEncoderConfig(await text('config.json'), name);
      const tok = readTokenizerFacts(await text('tokenizer.json'), await text('tokenizer_config.json'), name);
      checkTokenizerMatches(config, tok, name);
      const tokenizer = await Encoder.loadTokenizer(id, name, onProgress);
      const { model, device, deviceNote } = await Encoder.loadModel(
        id,
        name,
        folder,
        variant,
        options.device,
        onProgress,
      );
      const session = (model as unknown as { sessions: { model: { outputNames: string[] } } }).sessions.model;
      const outputs = layerOutputs(session.outputNames, config.layers);
      const info = Encoder.describe(
        name,
        source.kind,
        config,
        tok,
        folder,
        variant,
        device,
        deviceNote,
        outputs,
      );
      info.outputs = [...session.outputNames];
      info.loadSeconds = (performance.now() - t0) / 1000;
      return new Encoder(info, tokenizer, model, outputs);
    } finally {
      // ONNX Runtime holds the weights now; the dropped Blobs are no longer needed.
      if (source.kind === 'files') forgetLocalFiles(id);
    }
  }

  private static async loadTokenizer(
    id: string,
    name: string,
    onProgress: ((p: LoadProgress) => void) | undefined,
  ): Promise<PreTrainedTokenizer> {
    try {
      return await AutoTokenizer.from_pretrained(id, { progress_callback: progressCallback(onProgress) });
    } catch (e) {
      throw new UserError(
        'encoder-tokenizer-unreadable',
        `The tokenizer of “${name}” could not be read: ${errorText(e)}`,
        {
          name,
          detail: errorText(e),
        },
      );
    }
  }

  private static async loadModel(
    id: string,
    name: string,
    folder: ModelFolder,
    variant: OnnxVariant,
    device: DeviceChoice,
    onProgress: ((p: LoadProgress) => void) | undefined,
  ): Promise<{ model: PreTrainedModel; device: string; deviceNote: Phrase | null }> {
    const progress = progressCallback(onProgress);
    const attempt = (d: 'webgpu' | 'wasm' | 'cpu') =>
      AutoModel.from_pretrained(id, {
        device: d,
        dtype: variant.dtype,
        subfolder: folder.subfolder,
        use_external_data_format: variant.externalData.length > 0 ? variant.externalData.length : false,
        progress_callback: progress,
      });
    const fail = (e: unknown): never => {
      if (e instanceof UserError) throw e;
      if (isOutOfMemory(e)) {
        throw new UserError(
          'encoder-out-of-memory',
          `The browser ran out of memory loading “${name}”: choose a quantized variant or a smaller model.`,
          { name },
        );
      }
      throw new UserError(
        'encoder-load-failed',
        `ONNX Runtime could not load “${name}” (${variant.file}): ${errorText(e)}`,
        {
          name,
          file: variant.file,
          detail: errorText(e),
        },
      );
    };
    if (device === 'cpu' || device === 'wasm') {
      try {
        return { model: await attempt(device), device, deviceNote: null };
      } catch (e) {
        return fail(e);
      }
    }
    const { why, software } = await webgpuState();
    if (why === null && software && device === 'auto') {
      const note = phrase(
        'encoder-webgpu-software',
        'WebGPU here is a software emulation (SwiftShader), much slower than WebAssembly, so the model runs on WebAssembly; choose “WebGPU only” to use it anyway.',
      );
      try {
        return { model: await attempt('wasm'), device: 'wasm', deviceNote: note };
      } catch (e) {
        return fail(e);
      }
    }
    if (why === null) {
      try {
        return { model: await attempt('webgpu'), device: 'webgpu', deviceNote: null };
      } catch (e) {
        if (device === 'webgpu' || isOutOfMemory(e)) return fail(e);
        const note = phrase(
          'encoder-webgpu-failed',
          `WebGPU could not run this model (${errorText(e)}), so it runs on WebAssembly.`,
          {
            detail: errorText(e),
          },
        );
        try {
          return { model: await attempt('wasm'), device: 'wasm', deviceNote: note };
        } catch (e2) {
          return fail(e2);
        }
      }
    }
    if (device === 'webgpu') {
      throw new UserError('encoder-no-webgpu', `WebGPU cannot be used here (${why}): choose WebAssembly.`, {
        why,
      });
    }
    try {
      const note = phrase(
        'encoder-wasm-fallback',
        `WebGPU is not available (${why}), so the model runs on WebAssembly.`,
        { why },
      );
      return { model: await attempt('wasm'), device: 'wasm', deviceNote: note };
    } catch (e) {
      return fail(e);
    }
  }

  private static describe(
    name: string,
    source: ModelSource['kind'],
    config: EncoderConfig,
    tok: TokenizerFacts,
    folder: ModelFolder,
    variant: OnnxVariant,
    device: string,
    deviceNote: Phrase | null,
    outputs: LayerOutputs,
  ): EncoderInfo {
    const limits = [config.maxPositions, tok.maxLength].filter((x): x is number => x !== null);
    return {
      name,
      source,
      modelType: config.modelType,
      architecture: config.architecture,
      layers: config.layers,
      hidden: config.hidden,
      heads: config.heads,
      vocabSize: config.vocabSize,
      tokenizerKind: tok.kind,
      tokenizerSize: tok.size,
      maxLength: limits.length > 0 ? Math.min(...limits) : 512,
      variants: folder.variants,
      variant,
      device,
      deviceNote,
      layerKind: outputs.kind,
      choosableLayers: choosableLayers(outputs),
      defaultLayer: defaultLayer(outputs),
      outputs: [],
      loadSeconds: 0,
    };
  }

  /**
   * Runs the model on one batch and returns every output as plain arrays (tests compare pooling
   * with these raw hidden states).
   */
  async run(
    texts: string[],
    maxLength: number,
  ): Promise<{
    outputs: Record<string, { data: Float32Array; dims: number[] }>;
    inputIds: number[][];
    mask: Int32Array;
  }> {
    const enc = this.tokenizer(texts, { padding: true, truncation: true, max_length: maxLength }) as Record<
      string,
      Tensor
    >;
    try {
      const out = (await this.model(enc)) as Record<string, Tensor>;
      const outputs: Record<string, { data: Float32Array; dims: number[] }> = {};
      for (const [k, t] of Object.entries(out)) {
        const f = t.type === 'float32' ? t : t.to('float32');
        outputs[k] = { data: f.data as Float32Array, dims: [...t.dims] };
        if (f !== t) f.dispose();
        t.dispose();
      }
      const ids = (enc.input_ids.tolist() as bigint[][]).map((r) => r.map(Number));
      return {
        outputs,
        inputIds: ids,
        mask: Int32Array.from(enc.attention_mask.data as BigInt64Array, Number),
      };
    } catch (e) {
      throw this.runError(e);
    } finally {
      for (const t of Object.values(enc)) t.dispose();
    }
  }

  private runError(e: unknown): unknown {
    if (e instanceof UserError) return e;
    const m = errorText(e);
    if (/out of (data )?bounds|out of range|indices element/i.test(m)) {
      return new UserError(
        'encoder-token-out-of-range',
        `The tokenizer of “${this.info.name}” produced a token id its model does not have: the tokenizer belongs to another model.`,
        { name: this.info.name },
      );
    }
    if (isOutOfMemory(e)) {
      return new UserError(
        'embed-out-of-memory',
        `The browser ran out of memory running “${this.info.name}”: lower the batch size or the maximum length.`,
        {
          name: this.info.name,
        },
      );
    }
    return e;
  }

  /**
   * Sentence vectors for `texts`, in their order. Texts are run in batches of similar length
   * (fewer padding tokens; padding never changes a vector, the attention mask hides it).
   */
  async embed(texts: readonly string[], o: EmbedOptions, control: EmbedControl): Promise<EmbedOutcome> {
    if (!this.info.choosableLayers.includes(o.layer)) {
      throw new UserError(
        'embed-layer-unavailable',
        `Layer ${o.layer} is not available in “${this.info.name}”.`,
        {
          layer: o.layer,
          name: this.info.name,
        },
      );
    }
    const maxLength = Math.max(2, Math.min(Math.floor(o.maxLength), this.info.maxLength));
    const batchSize = Math.max(1, Math.floor(o.batchSize));
    const clipped = texts.map((t) => clipForTokens(t, maxLength));
    const order = lengthOrder(clipped);
    const dim = this.info.hidden;
    const vectors = new Float32Array(texts.length * dim);
    const t0 = performance.now();
    let done = 0;
    let truncated = 0;
    let tokens = 0;
    let cancelled = false;
    for (let start = 0; start < order.length; start += batchSize) {
      if (control.shouldStop()) {
        cancelled = true;
        break;
      }
      const rows = order.subarray(start, Math.min(order.length, start + batchSize));
      const { outputs, mask } = await this.run(
        Array.from(rows, (r) => clipped[r]),
        maxLength,
      );
      const states = layerValues(this.outputs, outputs, o.layer);
      const pooled = poolHidden(states.data, states.dims, mask, o.pooling);
      if (states.dims[2] !== dim)
        throw new Error(`the model's hidden size is ${states.dims[2]}, config.json says ${dim}`);
      const width = states.dims[1];
      for (let i = 0; i < rows.length; i++) {
        vectors.set(pooled.subarray(i * dim, (i + 1) * dim), rows[i] * dim);
        let real = 0;
        for (let t = 0; t < width; t++) real += mask[i * width + t];
        tokens += real;
        if (real >= maxLength) truncated++;
      }
      done += rows.length;
      const seconds = (performance.now() - t0) / 1000;
      control.onProgress({
        done,
        total: texts.length,
        textsPerSec: done / seconds,
        tokensPerSec: tokens / seconds,
      });
    }
    const seconds = (performance.now() - t0) / 1000;
    if (cancelled) vectors.fill(0);
    return {
      vectors,
      dim,
      done,
      cancelled,
      seconds,
      textsPerSec: seconds > 0 ? done / seconds : 0,
      truncated,
      tokens,
    };
  }

  async dispose(): Promise<void> {
    await this.model.dispose();
  }
}
