import { UserError } from '../errors.ts';
import * as C from '../wasm/assembly/ctx.ts';
import { buildHuffman } from './huffman.ts';
import { CLcg } from './lcg.ts';
import { resolveOptions, type W2VConfig, type W2VOptions } from './options.ts';
import {
  buildExpTable,
  buildLossTable,
  buildUnigramIndex,
  EXP_TABLE_SIZE,
  keepProbabilities,
  LOSS_TABLE_KNOTS,
  MAX_SENTENCE_LENGTH,
  type UnigramIndex,
} from './tables.ts';
import type { CorpusData } from './vocab.ts';

/**
 * Where everything lives in the model's one linear memory (a WebAssembly.Memory, shared when
 * several workers train together). All addresses are byte offsets, 16-byte aligned; 0 = absent.
 *
 * Shapes: syn0, syn1, syn1neg are V × D float32, row-major (row w = word w). expTable 1000 float32;
 * lossTable 1025 × 2 float64;
 * keep V float32; unigramStarts V + 1 and unigramCoarse (blocks + 1) int32 (tables.ts
 * `UnigramIndex`); codeLengths/codeOffsets V int32, codes (u8) and points (int32)
 * flat per `HuffmanTree`; corpus N int32 ids. Each worker k owns a scratch block at
 * `scratch + k · scratchStride`: a context block (ctx.ts) then neu1, neu1e (D float32) and a
 * sentence buffer (1000 int32).
 */
export interface ModelLayout {
  vocabSize: number;
  size: number;
  corpusLength: number;
  tableSize: number;
  workers: number;
  /** BigInt64: words read by all workers together, the C tool's word_count_actual. */
  counter: number;
  syn0: number;
  syn1: number;
  syn1neg: number;
  expTable: number;
  lossTable: number;
  keep: number;
  unigramStarts: number;
  unigramCoarse: number;
  unigramShift: number;
  codeLengths: number;
  codeOffsets: number;
  codes: number;
  points: number;
  corpus: number;
  scratch: number;
  scratchStride: number;
  bytes: number;
}

/**
 * Everything a worker needs to train on the model. Structured-cloneable when the model is shared
 * (`shared: true`): post it to helper workers. A private WebAssembly.Memory cannot be cloned.
 */
export interface ModelHandle {
  memory: WebAssembly.Memory;
  layout: ModelLayout;
  config: W2VConfig;
}

/** Initial weights to copy in (for example to resume from a snapshot); each V × D float32. */
export interface ModelInit {
  syn0?: Float32Array;
  syn1?: Float32Array;
  syn1neg?: Float32Array;
}

export interface ModelSettings {
  /** Back the memory by a SharedArrayBuffer so several workers can train hogwild. Default false. */
  shared?: boolean;
  /** How many trainers get a scratch block. Default 1. */
  workers?: number;
  init?: ModelInit;
}

/** The memory the first 64 KiB page is left to: AssemblyScript's own statics, if any ever appear. */
const RESERVED_BYTES = 65536;
const PAGE = 65536;
/** Browsers cap a worker's WebAssembly memory near 2 GiB; stay below it everywhere. */
const MAX_BYTES = 2 ** 31 - PAGE;

const align16 = (n: number): number => Math.ceil(n / 16) * 16;

export function planLayout(
  config: W2VConfig,
  vocabSize: number,
  corpusLength: number,
  workers: number,
  hsCodes: number,
  unigram: UnigramIndex | null,
): ModelLayout {
  const d = config.size;
  let at = RESERVED_BYTES;
  const take = (bytes: number): number => {
    const start = at;
    at = align16(at + bytes);
    return start;
  };
  const counter = take(16);
  const matrix = vocabSize * d * 4;
  const syn0 = take(matrix);
  const syn1 = config.hs ? take(matrix) : 0;
  const syn1neg = config.negative > 0 ? take(matrix) : 0;
  const expTable = take(EXP_TABLE_SIZE * 4);
  const lossTable = take(LOSS_TABLE_KNOTS * 16);
  const keep = config.sample > 0 ? take(vocabSize * 4) : 0;
  const unigramStarts = unigram ? take(unigram.starts.length * 4) : 0;
  const unigramCoarse = unigram ? take(unigram.coarse.length * 4) : 0;
  const codeLengths = config.hs ? take(vocabSize * 4) : 0;
  const codeOffsets = config.hs ? take(vocabSize * 4) : 0;
  const codes = config.hs ? take(hsCodes) : 0;
  const points = config.hs ? take(hsCodes * 4) : 0;
  const corpus = take(corpusLength * 4);
  const scratchStride = align16(C.CTX_BYTES + 2 * align16(d * 4) + MAX_SENTENCE_LENGTH * 4);
  const scratch = take(scratchStride * workers);
  return {
    vocabSize,
    size: d,
    corpusLength,
    tableSize: config.negative > 0 ? config.tableSize : 0,
    workers,
    counter,
    syn0,
    syn1,
    syn1neg,
    expTable,
    lossTable,
    keep,
    unigramStarts,
    unigramCoarse,
    unigramShift: unigram ? unigram.shift : 0,
    codeLengths,
    codeOffsets,
    codes,
    points,
    corpus,
    scratch,
    scratchStride,
    bytes: at,
  };
}

/**
 * The trainable model: weights, tables and corpus in one linear memory, ready for trainers.
 * Create it once (in the worker that read the corpus), post `handle` to helper workers, and build
 * a trainer per worker with `createTrainer`.
 */
export class W2VModel {
  readonly memory: WebAssembly.Memory;
  readonly layout: ModelLayout;
  readonly config: W2VConfig;
  private readonly counterView: BigInt64Array;

  private constructor(handle: ModelHandle) {
    this.memory = handle.memory;
    this.layout = handle.layout;
    this.config = handle.config;
    this.counterView = new BigInt64Array(this.memory.buffer, this.layout.counter, 1);
  }

  /** Re-attaches to a model created elsewhere (in another worker). */
  static fromHandle(handle: ModelHandle): W2VModel {
    return new W2VModel(handle);
  }

  /**
   * Lays out and fills a model: tables, Huffman tree, corpus copy, syn0 drawn with the C tool's
   * init from `config.seed` (unless `init.syn0` is given), syn1/syn1neg zero.
   * Throws UserError when the corpus is empty, the table is smaller than the vocabulary or the
   * model would not fit in memory.
   */
  static create(
    data: CorpusData,
    options: Partial<W2VOptions> | W2VConfig = {},
    settings: ModelSettings = {},
  ): W2VModel {
    const config = resolveOptions(options as Partial<W2VOptions>);
    const { vocab, corpus } = data;
    const v = vocab.words.length;
    const workers = settings.workers ?? 1;
    if (!Number.isInteger(workers) || workers < 1 || workers > 256) {
      throw new UserError(
        'invalid-threads',
        `The number of workers must be a whole number from 1 to 256 (got ${workers}).`,
        { value: String(workers) },
      );
    }
    if (corpus.length === 0 || v < 2) {
      throw new UserError('empty-corpus', 'The corpus contains no words, so there is nothing to train on.');
    }
    if (config.negative > 0 && config.tableSize < v) {
      throw new UserError(
        'table-smaller-than-vocabulary',
        `The negative-sampling table (${config.tableSize} entries) must be at least as large as the vocabulary (${v} words).`,
        { entries: config.tableSize, words: v },
      );
    }
    const tree = config.hs ? buildHuffman(vocab.counts) : null;
    const unigram =
      config.negative > 0 ? buildUnigramIndex(vocab.counts, config.tableSize, config.power) : null;
    const layout = planLayout(config, v, corpus.length, workers, tree ? tree.codes.length : 0, unigram);
    if (layout.bytes > MAX_BYTES) {
      const mb = Math.ceil(layout.bytes / 2 ** 20);
      throw new UserError(
        'model-too-large',
        `This model needs ${mb} MB (vocabulary ${v} × size ${config.size}, corpus ${corpus.length} words), more than the ` +
          '2 GB a worker can hold: lower the size, raise the minimum count or set a maximum vocabulary.',
        { mb, words: v, size: config.size, corpus: corpus.length },
      );
    }
    const pages = Math.ceil(layout.bytes / PAGE);
    const memory = settings.shared
      ? new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true })
      : new WebAssembly.Memory({ initial: pages, maximum: pages });
    const buf = memory.buffer;
    for (let i = 0; i < corpus.length; i++) {
      const id = corpus[i];
      if (id < 0 || id >= v || !Number.isInteger(id))
        throw new Error(`corpus id ${id} at ${i} is outside the vocabulary`);
    }
    new Int32Array(buf, layout.corpus, corpus.length).set(corpus);
    new Float32Array(buf, layout.expTable, EXP_TABLE_SIZE).set(buildExpTable());
    new Float64Array(buf, layout.lossTable, 2 * LOSS_TABLE_KNOTS).set(buildLossTable());
    if (layout.keep)
      new Float32Array(buf, layout.keep, v).set(
        keepProbabilities(vocab.counts, vocab.trainWords, config.sample),
      );
    if (unigram) {
      new Int32Array(buf, layout.unigramStarts, unigram.starts.length).set(unigram.starts);
      new Int32Array(buf, layout.unigramCoarse, unigram.coarse.length).set(unigram.coarse);
    }
    if (tree) {
      new Int32Array(buf, layout.codeLengths, v).set(tree.lengths);
      new Int32Array(buf, layout.codeOffsets, v).set(tree.offsets);
      new Uint8Array(buf, layout.codes, tree.codes.length).set(tree.codes);
      new Int32Array(buf, layout.points, tree.points.length).set(tree.points);
    }
    const model = new W2VModel({ memory, layout, config });
    const init = settings.init ?? {};
    if (init.syn0) model.copyIn('syn0', init.syn0);
    else initSyn0(model.syn0, config.size, config.seed);
    if (init.syn1) model.copyIn('syn1', init.syn1);
    if (init.syn1neg) model.copyIn('syn1neg', init.syn1neg);
    return model;
  }

  private copyIn(name: 'syn0' | 'syn1' | 'syn1neg', src: Float32Array): void {
    const dst = this[name];
    if (!dst) throw new Error(`${name} is not part of this model (check hs / negative)`);
    if (src.length !== dst.length)
      throw new Error(`${name}: expected ${dst.length} floats, got ${src.length}`);
    dst.set(src);
  }

  get handle(): ModelHandle {
    return { memory: this.memory, layout: this.layout, config: this.config };
  }

  /** Input vectors (the word vectors users want), V × D, a live view: `slice()` it for a snapshot. */
  get syn0(): Float32Array {
    return new Float32Array(this.memory.buffer, this.layout.syn0, this.layout.vocabSize * this.layout.size);
  }

  /** Hierarchical-softmax output vectors ((V−1 used) × D), or null when hs is off. */
  get syn1(): Float32Array | null {
    const l = this.layout;
    return l.syn1 ? new Float32Array(this.memory.buffer, l.syn1, l.vocabSize * l.size) : null;
  }

  /** Negative-sampling output vectors V × D, or null when negative is 0. */
  get syn1neg(): Float32Array | null {
    const l = this.layout;
    return l.syn1neg ? new Float32Array(this.memory.buffer, l.syn1neg, l.vocabSize * l.size) : null;
  }

  /** The corpus ids (read-only by convention). */
  get corpus(): Int32Array {
    return new Int32Array(this.memory.buffer, this.layout.corpus, this.layout.corpusLength);
  }

  /** Words to read over the whole run, all workers: iter × corpus length (`</s>` included). */
  get totalWords(): number {
    return this.config.iter * this.layout.corpusLength;
  }

  /** Words read so far by all workers together. */
  wordsDone(): number {
    return Number(Atomics.load(this.counterView, 0));
  }

  /** Adds words to the global counter and returns the new total. */
  addWords(n: number): number {
    return Number(Atomics.add(this.counterView, 0, BigInt(n))) + n;
  }
}

/**
 * syn0 as InitNet draws it: one LCG stream from `seed` (the C tool hard-codes 1), row by row,
 * `((next_random & 0xFFFF) / 65536 − 0.5) / D` in float32.
 */
export function initSyn0(syn0: Float32Array, size: number, seed: number): void {
  const rng = new CLcg(seed);
  for (let i = 0; i < syn0.length; i++) {
    rng.step();
    syn0[i] = Math.fround(Math.fround(rng.low16() / 65536) - 0.5) / size;
  }
}

/**
 * Worker k's share of the corpus, [start, end): equal parts, each start moved forward to just after
 * a line end when one lies within the part, so no worker starts mid-sentence.
 */
export function shardRange(corpus: Int32Array, workers: number, k: number): [number, number] {
  const n = corpus.length;
  const boundary = (j: number): number => {
    if (j <= 0) return 0;
    if (j >= workers) return n;
    const nominal = Math.floor((n * j) / workers);
    const limit = Math.floor((n * (j + 1)) / workers);
    for (let s = nominal; s < limit; s++) if (corpus[s - 1] === 0) return s;
    return nominal;
  };
  return [boundary(k), boundary(k + 1)];
}
