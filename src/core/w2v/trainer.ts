import { UserError } from '../errors.ts';
import * as C from '../wasm/assembly/ctx.ts';
import { instantiateKernel, simdSupported, type W2VKernelExports } from '../wasm/load.ts';
import { createTsKernel, openTsChunk, type TsChunk } from './engine-ts.ts';
import { type ModelHandle, type ModelSettings, shardRange, W2VModel } from './model.ts';
import type { W2VOptions } from './options.ts';
import { ALPHA_REFRESH_WORDS, alphaAt } from './tables.ts';
import type { PairTrace } from './trace.ts';
import type { CorpusData } from './vocab.ts';

/** 'wasm': WebAssembly SIMD kernel; 'ts': the reference engine; 'auto': wasm when SIMD runs. */
export type EngineChoice = 'auto' | 'wasm' | 'ts';

export interface TrainerOptions {
  /** This trainer's index k in [0, workers): picks its scratch block and RNG stream. Default 0. */
  worker?: number;
  /** How many trainers share the model. Default: the model's `layout.workers`. */
  workers?: number;
  /** Corpus ids [start, end) this trainer passes over `iter` times. Default: `shardRange`. */
  range?: readonly [number, number];
  engine?: EngineChoice;
}

/** The loss of one finished epoch of one trainer. */
export interface EpochLoss {
  /** 1-based epoch number. */
  epoch: number;
  /** Σ −log-likelihood over the epoch's pairs (float64). */
  lossSum: number;
  pairs: number;
  /** lossSum / pairs: mean negative log-likelihood per training pair (NaN when there were none). */
  loss: number;
}

/**
 * What one `train(maxWords)` slice did. "Words" are corpus ids read, `</s>` included and
 * subsampled words included (the C tool's word_count); the loss covers the slice's pairs only.
 *
 * A training pair is one prediction of a centre word:
 * - skip-gram: one (context word → centre word) prediction, so a position with c context words
 *   in its shrunk window gives c pairs;
 * - CBOW: one (mean of the context vectors → centre word) prediction per position with at least one
 *   context word.
 * A pair's loss is the −log-likelihood the model gives it at the moment of its update, with the
 * true sigmoid in float64 (to 3·10⁻¹⁰ per term, see `lossTerm`), never the clipped 1000-entry
 * table the update uses:
 * - negative sampling: −log σ(f₊) − Σ_k log σ(−f_k) over the negatives actually drawn (a draw equal
 *   to the centre word is skipped, as the C tool skips it);
 * - hierarchical softmax: −Σ_d log σ((1 − 2·code_d) · f_d) along the centre word's Huffman path,
 *   including the steps the C tool does not update because |f| ≥ 6;
 * - both on: the sum of the two.
 */
export interface TrainProgress {
  /** Words read in this slice. */
  words: number;
  /** Words this trainer read since it started (all epochs). */
  wordsDone: number;
  /** iter × shard length: wordsDone reaches it when this trainer is done. */
  totalWords: number;
  /** Words read by all trainers of the model (drives alpha). */
  globalWordsDone: number;
  /** iter × corpus length. */
  globalTotalWords: number;
  /** Learning rate in use at the end of the slice. */
  alpha: number;
  /** Epochs this trainer has finished (0..iter). */
  epoch: number;
  /** Σ −log-likelihood over this slice's pairs (float64), and the pair count. */
  lossSum: number;
  pairs: number;
  /** lossSum / pairs, NaN when the slice had no pair or the loss is off. */
  loss: number;
  /** Epochs that finished during this slice. */
  epochsFinished: EpochLoss[];
  done: boolean;
}

/**
 * Trains one shard of a model in slices, so a worker can pause, cancel or snapshot between calls.
 *
 * Alpha, as in the C tool, is refreshed from the global word counter at a sentence end once more
 * than 10,000 words were read since the last refresh. Two deliberate differences, both for small
 * corpora, where the C tool never refreshes at all and trains every epoch at the starting rate:
 * the interval is min(10,000, shard length / 16), and alpha is refreshed at each epoch end too.
 * On a shard of 160k words or more only the epoch-end refresh differs.
 *
 * Results do not depend on the slice sizes: kernel calls and alpha changes happen at the same
 * corpus positions whatever `maxWords` is.
 */
export class Trainer {
  readonly model: W2VModel;
  readonly engine: 'wasm' | 'ts';
  readonly worker: number;
  readonly range: readonly [number, number];
  /** iter × (end − start). */
  readonly totalWords: number;
  /** Finished epochs, in order. */
  readonly epochs: EpochLoss[] = [];
  private readonly kernel: W2VKernelExports;
  private readonly ctx: number;
  private readonly ctxF64: Float64Array;
  private readonly startAlpha: number;
  private readonly refreshWords: number;
  private pos: number;
  private epochLoss = 0;
  private epochPairs = 0;
  private currentAlpha: number;
  private done_ = false;
  private wordsDone_ = 0;
  /** A chunk being trained pair by pair by `step`, or null between chunks. */
  private open: TsChunk | null = null;

  constructor(
    model: W2VModel,
    kernel: W2VKernelExports,
    engine: 'wasm' | 'ts',
    worker: number,
    range: readonly [number, number],
  ) {
    this.model = model;
    this.kernel = kernel;
    this.engine = engine;
    this.worker = worker;
    this.range = range;
    this.pos = range[0];
    this.totalWords = model.config.iter * (range[1] - range[0]);
    this.ctx = model.layout.scratch + worker * model.layout.scratchStride;
    this.ctxF64 = new Float64Array(model.memory.buffer, this.ctx, C.CTX_BYTES / 8);
    this.startAlpha = Math.fround(model.config.alpha);
    this.currentAlpha = this.startAlpha;
    this.refreshWords = Math.min(ALPHA_REFRESH_WORDS, Math.ceil((range[1] - range[0]) / 16));
    writeContext(model, this.ctx, worker);
  }

  get alpha(): number {
    return this.currentAlpha;
  }

  get done(): boolean {
    return this.done_;
  }

  get wordsDone(): number {
    return this.wordsDone_;
  }

  /** Finished epochs of this trainer. */
  get epoch(): number {
    return this.epochs.length;
  }

  /**
   * Trains until at least `maxWords` more words were read (rounded up to the next kernel call,
   * at most about 10,000 words) or the trainer is done. At 0.4–2M words/s, 50,000 words is 25–125 ms.
   * A chunk left half-stepped by `step` is finished first, pair by pair, so mixing the two calls
   * gives the same vectors as either alone.
   */
  train(maxWords: number): TrainProgress {
    const model = this.model;
    const end = this.range[1];
    const slice: SliceTally = { words: 0, lossSum: 0, pairs: 0, epochsFinished: [] };
    while (!this.done_ && slice.words < maxWords) {
      let reached: number;
      if (this.open) {
        while (this.open.next(null));
        reached = this.open.finish();
        this.open = null;
      } else {
        reached = this.kernel.trainChunk(this.ctx, this.pos, end, this.currentAlpha, this.refreshWords);
      }
      this.closeChunk(reached, slice);
    }
    return {
      words: slice.words,
      wordsDone: this.wordsDone_,
      totalWords: this.totalWords,
      globalWordsDone: model.wordsDone(),
      globalTotalWords: model.totalWords,
      alpha: this.currentAlpha,
      epoch: this.epochs.length,
      lossSum: slice.lossSum,
      pairs: slice.pairs,
      loss: slice.pairs > 0 && model.config.loss ? slice.lossSum / slice.pairs : Number.NaN,
      epochsFinished: slice.epochsFinished,
      done: this.done_,
    };
  }

  /**
   * Trains exactly one pair (see `TrainProgress` for what a pair is) with the TypeScript reference
   * engine, whatever `engine` is (the two are bit-identical), and records it in `trace` when one
   * is given. Chunks, alpha refreshes and epoch ends happen at the same corpus positions as in
   * `train`, so any sequence of `step` and `train` calls gives the vectors `train` alone gives.
   * Returns false, having trained nothing, when the trainer is done.
   */
  step(trace: PairTrace | null = null): boolean {
    const slice: SliceTally = { words: 0, lossSum: 0, pairs: 0, epochsFinished: [] };
    while (!this.done_) {
      if (!this.open) {
        this.open = openTsChunk(this.model.memory, this.ctx);
        this.open.begin(this.pos, this.range[1], this.currentAlpha, this.refreshWords);
      }
      if (this.open.next(trace)) return true;
      const reached = this.open.finish();
      this.open = null;
      this.closeChunk(reached, slice);
    }
    return false;
  }

  /**
   * Corpus position the trainer has read up to: inside a stepped chunk, the end of the sentence
   * being trained; otherwise where the next chunk starts.
   */
  get position(): number {
    return this.open ? this.open.position : this.pos;
  }

  /** Bookkeeping after a kernel call that read from `this.pos` to `reached`: loss, alpha, epochs. */
  private closeChunk(reached: number, slice: SliceTally): void {
    const model = this.model;
    const ctxF64 = this.ctxF64;
    const lossSlot = C.CTX_LOSS_SUM / 8;
    const pairsSlot = C.CTX_PAIRS / 8;
    const n = reached - this.pos;
    this.pos = reached;
    slice.words += n;
    this.wordsDone_ += n;
    const l = ctxF64[lossSlot];
    const p = ctxF64[pairsSlot];
    ctxF64[lossSlot] = 0;
    ctxF64[pairsSlot] = 0;
    slice.lossSum += l;
    slice.pairs += p;
    this.epochLoss += l;
    this.epochPairs += p;
    if (n > 0) this.currentAlpha = alphaAt(this.startAlpha, model.addWords(n), model.totalWords);
    if (this.pos >= this.range[1]) {
      const e: EpochLoss = {
        epoch: this.epochs.length + 1,
        lossSum: this.epochLoss,
        pairs: this.epochPairs,
        loss: this.epochPairs > 0 && model.config.loss ? this.epochLoss / this.epochPairs : Number.NaN,
      };
      this.epochs.push(e);
      slice.epochsFinished.push(e);
      this.epochLoss = 0;
      this.epochPairs = 0;
      this.pos = this.range[0];
      if (this.epochs.length >= model.config.iter) this.done_ = true;
    }
  }
}

/** What the chunks of one `train` call (or one `step`) added up to. */
interface SliceTally {
  words: number;
  lossSum: number;
  pairs: number;
  epochsFinished: EpochLoss[];
}

/** Fills worker k's context block: sizes, array addresses, its RNG stream, zero loss. */
function writeContext(model: W2VModel, ctx: number, worker: number): void {
  const { layout: l, config } = model;
  const buf = model.memory.buffer;
  const i32 = new Int32Array(buf, ctx, C.CTX_BYTES / 4);
  const set = (offset: number, value: number): void => {
    i32[offset / 4] = value;
  };
  const rowBytes = Math.ceil((l.size * 4) / 16) * 16;
  const neu1 = ctx + C.CTX_BYTES;
  set(C.CTX_SIZE, l.size);
  set(C.CTX_WINDOW, config.window);
  set(C.CTX_NEGATIVE, config.negative);
  set(C.CTX_HS, config.hs ? 1 : 0);
  set(C.CTX_CBOW, config.cbow ? 1 : 0);
  set(C.CTX_VOCAB_SIZE, l.vocabSize);
  set(C.CTX_TABLE_SIZE, l.tableSize);
  set(C.CTX_SYN0, l.syn0);
  set(C.CTX_SYN1, l.syn1);
  set(C.CTX_SYN1NEG, l.syn1neg);
  set(C.CTX_EXP_TABLE, l.expTable);
  set(C.CTX_KEEP, l.keep);
  set(C.CTX_TABLE, l.unigramStarts);
  set(C.CTX_COARSE, l.unigramCoarse);
  set(C.CTX_COARSE_SHIFT, l.unigramShift);
  set(C.CTX_CODE_LENGTHS, l.codeLengths);
  set(C.CTX_CODE_OFFSETS, l.codeOffsets);
  set(C.CTX_CODES, l.codes);
  set(C.CTX_POINTS, l.points);
  set(C.CTX_CORPUS, l.corpus);
  set(C.CTX_NEU1, neu1);
  set(C.CTX_NEU1E, neu1 + rowBytes);
  set(C.CTX_SENTENCE, neu1 + 2 * rowBytes);
  set(C.CTX_LOSS_ON, config.loss ? 1 : 0);
  set(C.CTX_LOSS_TABLE, l.lossTable);
  // Worker k's stream starts at seed − 1 + k: with seed 1, thread k starts at k as in the C tool.
  new BigUint64Array(buf, ctx + C.CTX_RNG, 1)[0] = BigInt.asUintN(
    64,
    BigInt(config.seed) - 1n + BigInt(worker),
  );
  new Float64Array(buf, ctx + C.CTX_LOSS_SUM, 2).fill(0);
}

/**
 * A trainer for worker `options.worker` of `model` (a W2VModel here, or the handle another worker
 * posted). Each worker index must be used by one trainer at a time: it owns that scratch block.
 */
export async function createTrainer(
  model: W2VModel | ModelHandle,
  options: TrainerOptions = {},
): Promise<Trainer> {
  const m = model instanceof W2VModel ? model : W2VModel.fromHandle(model);
  const workers = options.workers ?? m.layout.workers;
  const worker = options.worker ?? 0;
  if (!Number.isInteger(worker) || worker < 0 || worker >= m.layout.workers || workers > m.layout.workers) {
    throw new Error(
      `worker ${worker} of ${workers}: the model has scratch space for ${m.layout.workers} workers`,
    );
  }
  const range = options.range ?? shardRange(m.corpus, workers, worker);
  if (range[0] < 0 || range[1] > m.layout.corpusLength || range[0] > range[1]) {
    throw new Error(`corpus range [${range[0]}, ${range[1]}) is outside [0, ${m.layout.corpusLength})`);
  }
  const choice = options.engine ?? 'auto';
  const useWasm = choice === 'wasm' || (choice === 'auto' && simdSupported());
  if (choice === 'wasm' && !simdSupported()) {
    throw new UserError('no-simd', 'This browser cannot run WebAssembly SIMD, which the fast trainer needs.');
  }
  const kernel = useWasm ? await instantiateKernel(m.memory) : createTsKernel(m.memory);
  return new Trainer(m, kernel, useWasm ? 'wasm' : 'ts', worker, range);
}

export interface TrainRun {
  engine?: EngineChoice;
  /** Words per slice between progress callbacks. Default 100,000. */
  sliceWords?: number;
  onProgress?: (p: TrainProgress) => void;
  settings?: ModelSettings;
}

/** Single-threaded convenience: builds the model and trains it to the end. */
export async function trainWord2Vec(
  data: CorpusData,
  options: Partial<W2VOptions> = {},
  run: TrainRun = {},
): Promise<{ model: W2VModel; trainer: Trainer }> {
  const model = W2VModel.create(data, options, run.settings);
  const trainer = await createTrainer(model, { engine: run.engine });
  const slice = run.sliceWords ?? 100_000;
  while (!trainer.done) {
    const p = trainer.train(slice);
    run.onProgress?.(p);
  }
  return { model, trainer };
}
