/**
 * `-threads N` for Node: N trainers (this thread and N − 1 worker threads) train one shared model
 * lock-free, each on its own slice of the corpus, as the C tool's threads do.
 */
import { Worker } from 'node:worker_threads';
import { UserError } from '../src/core/errors.ts';
import type { W2VModel } from '../src/core/w2v/model.ts';
import { createTrainer, type EngineChoice, type EpochLoss } from '../src/core/w2v/trainer.ts';
import { workerSource } from './worker-source.ts';

export type WorkerReport =
  | {
      type: 'progress';
      worker: number;
      engine: 'wasm' | 'ts';
      words: number;
      lossSum: number;
      pairs: number;
      alpha: number;
      epochsFinished: EpochLoss[];
      done: boolean;
      /** Milliseconds since this thread started training. */
      elapsedMs: number;
    }
  | { type: 'ready'; worker: number }
  | { type: 'error'; worker: number; message: string; code: string | undefined };

export interface ThreadsResult {
  /** Loss of each epoch, summed over the threads. */
  epochs: EpochLoss[];
  /** Wall time from the common start to the last thread's end, ms. */
  elapsedMs: number;
  /** Words each thread read and the ms it took (for per-core rates). */
  perThread: { words: number; elapsedMs: number }[];
  engine: 'wasm' | 'ts';
}

export interface ThreadsProgress {
  /** Words read by all threads so far (the model's global counter). */
  wordsDone: number;
  totalWords: number;
  /** The most recent alpha any thread reported. */
  alpha: number;
  /** Loss summed over the reports since the previous callback, and their pairs. */
  lossSum: number;
  pairs: number;
  engine: 'wasm' | 'ts';
  /** Milliseconds since the threads started training together. */
  elapsedMs: number;
}

export interface ThreadsOptions {
  engine?: EngineChoice;
  /** Words per slice per thread between reports. Default 50,000. */
  sliceWords?: number;
  /** Called at most every `intervalMs` (default 100) and once at the end. */
  onProgress?: (p: ThreadsProgress) => void;
  intervalMs?: number;
}

/**
 * Trains `model` (created with `shared: true, workers: threads` when threads > 1) on `threads`
 * trainers that start together once all are ready. Trainer 0 runs on this thread between event
 * loop turns (that is where worker reports are taken in), the others on worker threads: one
 * thread fewer than the C tool's layout, whose main thread only waits, saving one isolate (about
 * 20 MB). Set `mainThread: false` to run every trainer on a worker thread.
 */
export async function trainInThreads(
  model: W2VModel,
  threads: number,
  options: ThreadsOptions & { mainThread?: boolean } = {},
): Promise<ThreadsResult> {
  const interval = options.intervalMs ?? 100;
  const slice = options.sliceWords ?? 50_000;
  const engineChoice = options.engine ?? 'auto';
  const firstWorker = (options.mainThread ?? true) ? 1 : 0;
  const epochs: { lossSum: number; pairs: number }[] = [];
  const perThread = Array.from({ length: threads }, () => ({ words: 0, elapsedMs: 0 }));
  const workers: Worker[] = [];
  let lossSum = 0;
  let pairs = 0;
  let alpha = model.config.alpha;
  let engine: 'wasm' | 'ts' = 'wasm';
  let last = 0;
  let t0 = 0;
  let failure: Error | null = null;

  const emit = (force: boolean): void => {
    const now = performance.now();
    if (!options.onProgress || (!force && now - last < interval)) return;
    last = now;
    options.onProgress({
      wordsDone: model.wordsDone(),
      totalWords: model.totalWords,
      alpha,
      lossSum,
      pairs,
      engine,
      elapsedMs: now - t0,
    });
    lossSum = 0;
    pairs = 0;
  };
  const record = (r: Extract<WorkerReport, { type: 'progress' }>): void => {
    perThread[r.worker].words += r.words;
    perThread[r.worker].elapsedMs = r.elapsedMs;
    engine = r.engine;
    lossSum += r.lossSum;
    pairs += r.pairs;
    alpha = r.alpha;
    for (const e of r.epochsFinished) {
      const slot = (epochs[e.epoch - 1] ??= { lossSum: 0, pairs: 0 });
      slot.lossSum += e.lossSum;
      slot.pairs += e.pairs;
    }
  };

  const mainTrainer =
    firstWorker === 1
      ? await createTrainer(model, { worker: 0, workers: threads, engine: engineChoice })
      : null;
  const script = threads > firstWorker ? await workerSource(WORKER_TS) : null;
  let ready = 0;
  let running = threads - firstWorker;
  let onReady: () => void = () => {};
  let onSettled: (err?: Error) => void = () => {};
  const allReady = new Promise<void>((resolve) => {
    onReady = resolve;
  });
  const allDone = new Promise<void>((resolve, reject) => {
    onSettled = (err) => (err ? reject(err) : resolve());
  });
  const fail = (err: Error): void => {
    failure ??= err;
    for (const w of workers) void w.terminate();
    onReady();
    onSettled(failure);
  };
  for (let k = firstWorker; k < threads && script; k++) {
    const w = new Worker(script.source, {
      eval: script.eval,
      // Training allocates nothing on the JS heap (the model lives in WebAssembly memory).
      resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 24 },
      workerData: {
        handle: model.handle,
        worker: k,
        workers: threads,
        engine: engineChoice,
        sliceWords: slice,
      },
    });
    workers.push(w);
    w.on('error', (err) => fail(err));
    w.on('message', (r: WorkerReport) => {
      if (r.type === 'error') {
        fail(r.code ? new UserError(r.code, r.message) : new Error(`worker ${r.worker}: ${r.message}`));
      } else if (r.type === 'ready') {
        if (++ready === threads - firstWorker) onReady();
      } else {
        record(r);
        if (r.done) {
          void w.terminate();
          if (--running === 0) onSettled();
        }
        emit(false);
      }
    });
  }
  if (running === 0) {
    onReady();
    onSettled();
  }
  await allReady;
  if (failure) throw failure;
  t0 = performance.now();
  for (const w of workers) w.postMessage('start');
  if (mainTrainer) {
    const started = performance.now();
    while (!mainTrainer.done && !failure) {
      const p = mainTrainer.train(slice);
      record({
        type: 'progress',
        worker: 0,
        engine: mainTrainer.engine,
        ...p,
        elapsedMs: performance.now() - started,
      });
      emit(false);
      // Let the workers' reports in.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  await allDone;
  emit(true);
  return {
    epochs: epochs.map((e, i) => ({
      epoch: i + 1,
      lossSum: e.lossSum,
      pairs: e.pairs,
      loss: e.pairs > 0 && model.config.loss ? e.lossSum / e.pairs : Number.NaN,
    })),
    elapsedMs: performance.now() - t0,
    perThread,
    engine,
  };
}

const WORKER_TS = new URL('./w2v-worker.ts', import.meta.url);
