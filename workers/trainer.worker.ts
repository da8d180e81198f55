/**
 * Trains word2vec off the page's thread. The page sends where the corpus is (a URL or a File
 * handle) and the options; this worker reads, tokenizes, builds the vocabulary and trains in
 * slices, yielding between slices so that pause, resume, cancel and snapshot calls get through.
 * Progress reaches the page as one typed event union, at most about ten events a second.
 */
import * as Comlink from 'comlink';
import '../src/bridge/errors';
import { type CorpusSource, loadCorpus } from '../src/core/corpus/load';
import { type Phrase, UserError } from '../src/core/errors';
import { SpaceTokenizer } from '../src/core/text/tokenize';
import {
  createTokenizer,
  DEFAULT_TOKENIZER,
  describeTokenizer,
  type TokenizerSpec,
} from '../src/core/text/tokenizerSpec';
import { FilteredSpace } from '../src/core/vectors/filteredSpace';
import { VectorSpace } from '../src/core/vectors/query';
import type { VectorSet } from '../src/core/vectors/types';
import { WordFilter, type WordFilterSetting } from '../src/core/vectors/wordFilter';
import { W2VModel } from '../src/core/w2v/model';
import { resolveOptions, type W2VOptions } from '../src/core/w2v/options';
import { createTrainer, type Trainer } from '../src/core/w2v/trainer';
import { buildCorpus, type CorpusData } from '../src/core/w2v/vocab';
import { setAppDictionary } from './dictionary';
import { FLAG_CANCELLED, FLAG_PAUSED } from './w2v-flags';
import type { W2VHelperApi } from './w2v-helper.worker';

setAppDictionary();

export interface TrainRequest {
  source: CorpusSource;
  options: Partial<W2VOptions>;
  lowercase: boolean;
  /** How text becomes words; absent = words between spaces (lowercased as `lowercase` says). */
  tokenizer?: TokenizerSpec;
  /** Workers to train with; more than 1 needs a cross-origin-isolated page (shared memory). */
  workers: number;
  /** Words whose nearest neighbours are reported while training. */
  watch: string[];
}

export interface WatchedNeighbours {
  word: string;
  /** Nearest words with cosine similarity; empty when the word is not in the vocabulary. */
  neighbours: { word: string; similarity: number }[];
  /** The classroom word filter hides the watched word itself. */
  hidden?: boolean;
}

export type TrainEvent =
  | { type: 'phase'; phase: 'reading' | 'vocabulary' | 'training' }
  | {
      type: 'vocabulary';
      vocabSize: number;
      /** Corpus length in ids, `</s>` included (the C tool's train_words). */
      trainWords: number;
      totalWords: number;
      engine: 'wasm' | 'ts';
      workers: number;
      /** The tokenizer used, in words, and how long tokenizing and counting took. */
      tokenizer: Phrase;
      tokenizeMs: number;
      /** Time to get the tokenizer ready (kuromoji's dictionary on first use; ~0 otherwise). */
      tokenizerLoadMs: number;
    }
  /** Something the user should know that did not stop the run (e.g. a tokenizer fallback). */
  | { type: 'notice'; message: Phrase }
  | {
      type: 'progress';
      wordsDone: number;
      totalWords: number;
      /** Words per second over the last second or so. */
      wordsPerSec: number;
      alpha: number;
      /** Mean negative log-likelihood per training pair since the previous progress event. */
      loss: number;
      epoch: number;
      elapsedMs: number;
    }
  | { type: 'epoch'; epoch: number; loss: number }
  | { type: 'neighbours'; watched: WatchedNeighbours[] }
  | { type: 'paused' }
  | { type: 'resumed' };

export interface TrainResult {
  vectors: VectorSet;
  /** Whether the run was cancelled before its last epoch (the vectors are then the partial ones). */
  cancelled: boolean;
  epochs: { epoch: number; loss: number }[];
  wordsDone: number;
  elapsedMs: number;
  vocabSize: number;
}

const EVENT_INTERVAL_MS = 100;
const NEIGHBOUR_INTERVAL_MS = 1500;
/** A slice should take about this long, so control calls wait at most that much. */
const SLICE_TARGET_MS = 40;

/** Lets queued messages (pause, cancel, snapshot) run; faster than setTimeout's clamped delay. */
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(0);
  });
}

interface Run {
  data: CorpusData;
  model: W2VModel;
  trainer: Trainer;
  paused: boolean;
  cancelled: boolean;
  resume: (() => void) | null;
  /** Shared with helper workers: [FLAG_PAUSED, FLAG_CANCELLED]. */
  flags: Int32Array;
}

/** How many workers can train together here: shared memory needs cross-origin isolation. */
function usableWorkers(requested: number): number {
  if (!globalThis.crossOriginIsolated || typeof SharedArrayBuffer === 'undefined') return 1;
  return Math.max(1, Math.min(requested, 16));
}

/** Starts helpers 1..n−1 on the shared model; each resolves with its shard's epoch losses. */
function startHelpers(
  model: W2VModel,
  n: number,
  flags: Int32Array,
): { done: Promise<unknown>; stop: () => void } {
  const workers: Worker[] = [];
  const runs: Promise<unknown>[] = [];
  for (let k = 1; k < n; k++) {
    const w = new Worker(new URL('./w2v-helper.worker.ts', import.meta.url), {
      type: 'module',
      name: `w2v-${k}`,
    });
    workers.push(w);
    runs.push(Comlink.wrap<W2VHelperApi>(w).train(model.handle, k, n, flags));
  }
  return {
    done: Promise.all(runs),
    stop: () => {
      for (const w of workers) w.terminate();
    },
  };
}

let current: Run | null = null;

/** The input vectors without `</s>` (row 0), copied: V−1 rows × size. */
function snapshotOf(run: Run): VectorSet {
  const dim = run.model.config.size;
  const words = run.data.vocab.words.slice(1) as string[];
  const data = run.model.syn0.slice(dim);
  const counts = Uint32Array.from(run.data.vocab.counts.subarray(1));
  return { words, dim, data, counts };
}

/** The classroom word filter the page set: hidden words are never among the live neighbours. */
let wordFilter: WordFilter | null = null;

function neighboursOf(set: VectorSet, watch: string[]): WatchedNeighbours[] {
  const space = new FilteredSpace(new VectorSpace(set), wordFilter);
  return watch.map((word) => {
    const row = space.space.indexOf(word);
    if (row < 0) return { word, neighbours: [] };
    if (space.isHidden(row)) return { word, neighbours: [], hidden: true };
    const found = space.nearest(word, 8);
    return { word, neighbours: found.map((n) => ({ word: n.word, similarity: n.score })) };
  });
}

const api = {
  async train(req: TrainRequest, onEvent: (e: TrainEvent) => void): Promise<TrainResult> {
    if (current !== null)
      throw new UserError('trainer-busy', 'Training is already running: pause or cancel it first.');
    // Settings are checked before anything is read, so a bad value costs nothing.
    const config = resolveOptions(req.options);
    const t0 = performance.now();
    onEvent({ type: 'phase', phase: 'reading' });
    const corpus = await loadCorpus(req.source);
    onEvent({ type: 'phase', phase: 'vocabulary' });
    const loadStart = performance.now();
    const built = req.tokenizer
      ? await createTokenizer(req.tokenizer)
      : { tokenizer: new SpaceTokenizer({ lowercase: req.lowercase }), kind: 'space' as const, notice: null };
    if (built.notice) onEvent({ type: 'notice', message: built.notice });
    const tokenizeStart = performance.now();
    const tokenizerLoadMs = tokenizeStart - loadStart;
    const data = buildCorpus(corpus.text, {
      tokenizer: built.tokenizer,
      minCount: config.minCount,
      maxVocab: config.maxVocab,
    });
    const tokenizeMs = performance.now() - tokenizeStart;
    const workers = usableWorkers(req.workers);
    const model = W2VModel.create(data, config, { shared: workers > 1, workers });
    const trainer = await createTrainer(model, { worker: 0, workers });
    const flags = new Int32Array(workers > 1 ? new SharedArrayBuffer(8) : new ArrayBuffer(8));
    const run: Run = { data, model, trainer, paused: false, cancelled: false, resume: null, flags };
    const helpers = workers > 1 ? startHelpers(model, workers, flags) : null;
    current = run;
    try {
      onEvent({
        type: 'vocabulary',
        vocabSize: data.vocab.words.length,
        trainWords: data.vocab.trainWords,
        totalWords: trainer.totalWords,
        engine: trainer.engine,
        workers,
        tokenizer: describeTokenizer(req.tokenizer ?? DEFAULT_TOKENIZER, built.kind),
        tokenizeMs,
        tokenizerLoadMs,
      });
      onEvent({ type: 'phase', phase: 'training' });
      const epochs: { epoch: number; loss: number }[] = [];
      let slice = 20_000;
      // lastEvent starts at 0 so the very first slice is reported: the curve starts at the start.
      let lastEvent = 0;
      let lastNeighbours = performance.now();
      let rateWords = 0;
      let rateStart = lastNeighbours;
      let wordsPerSec = 0;
      let lossSum = 0;
      let pairs = 0;
      let wordsDone = 0;
      while (!trainer.done && !run.cancelled) {
        if (run.paused) {
          onEvent({ type: 'paused' });
          await new Promise<void>((resolve) => {
            run.resume = resolve;
          });
          run.resume = null;
          onEvent({ type: 'resumed' });
          lastEvent = rateStart = performance.now();
          rateWords = 0;
          continue;
        }
        const s0 = performance.now();
        const p = trainer.train(slice);
        const s1 = performance.now();
        // Keep each slice near SLICE_TARGET_MS whatever the machine's speed.
        const took = Math.max(s1 - s0, 0.5);
        slice = Math.max(2_000, Math.min(2_000_000, Math.round((slice * SLICE_TARGET_MS) / took)));
        wordsDone = p.wordsDone;
        rateWords += p.words;
        if (p.pairs > 0) {
          lossSum += p.lossSum;
          pairs += p.pairs;
        }
        for (const e of p.epochsFinished) {
          epochs.push({ epoch: e.epoch, loss: e.loss });
          onEvent({ type: 'epoch', epoch: e.epoch, loss: e.loss });
        }
        if (s1 - rateStart >= 1000) {
          wordsPerSec = (rateWords / (s1 - rateStart)) * 1000;
          rateWords = 0;
          rateStart = s1;
        } else if (wordsPerSec === 0 && s1 > rateStart) {
          wordsPerSec = (rateWords / (s1 - rateStart)) * 1000;
        }
        if (s1 - lastEvent >= EVENT_INTERVAL_MS || p.done) {
          onEvent({
            type: 'progress',
            wordsDone: p.wordsDone,
            totalWords: p.totalWords,
            wordsPerSec,
            alpha: p.alpha,
            loss: pairs > 0 ? lossSum / pairs : Number.NaN,
            epoch: p.epoch,
            elapsedMs: s1 - t0,
          });
          lossSum = 0;
          pairs = 0;
          lastEvent = s1;
        }
        if (req.watch.length > 0 && (s1 - lastNeighbours >= NEIGHBOUR_INTERVAL_MS || p.done)) {
          onEvent({ type: 'neighbours', watched: neighboursOf(snapshotOf(run), req.watch) });
          lastNeighbours = performance.now();
        }
        await yieldToEvents();
      }
      // The model is done when every shard is: wait for the helpers before reading the vectors.
      if (helpers) await helpers.done;
      const vectors = snapshotOf(run);
      const result: TrainResult = {
        vectors,
        cancelled: run.cancelled,
        epochs,
        wordsDone,
        elapsedMs: performance.now() - t0,
        vocabSize: data.vocab.words.length,
      };
      return Comlink.transfer(result, [vectors.data.buffer]);
    } finally {
      helpers?.stop();
      current = null;
    }
  },

  pause(): void {
    if (current) {
      current.paused = true;
      Atomics.store(current.flags, FLAG_PAUSED, 1);
    }
  },

  resume(): void {
    if (current) {
      current.paused = false;
      Atomics.store(current.flags, FLAG_PAUSED, 0);
      Atomics.notify(current.flags, FLAG_PAUSED);
      current.resume?.();
    }
  },

  /** Stops after the current slice; `train` then resolves with the vectors as they are. */
  cancel(): void {
    if (current) {
      current.cancelled = true;
      current.paused = false;
      Atomics.store(current.flags, FLAG_CANCELLED, 1);
      Atomics.store(current.flags, FLAG_PAUSED, 0);
      Atomics.notify(current.flags, FLAG_PAUSED);
      current.resume?.();
    }
  },

  /** A copy of the current input vectors (transferred), or null when nothing is training. */
  snapshot(): VectorSet | null {
    if (current === null) return null;
    const set = snapshotOf(current);
    return Comlink.transfer(set, [set.data.buffer]);
  },

  /** The classroom word filter for the live neighbours (from the next report on). */
  setWordFilter(setting: WordFilterSetting): void {
    wordFilter = WordFilter.from(setting);
  },
};

export type TrainerApi = typeof api;
Comlink.expose(api);
