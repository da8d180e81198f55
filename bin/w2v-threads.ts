/**
 * `-threads N` for Node: N worker threads train one shared model lock-free, each on its own
 * slice of the corpus, as the C tool's threads do. The parent only aggregates reports.
 */
import { Worker } from 'node:worker_threads';
import { UserError } from '../src/core/errors.ts';
import type { W2VModel } from '../src/core/w2v/model.ts';
import type { EngineChoice, EpochLoss } from '../src/core/w2v/trainer.ts';

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
 * Trains `model` (created with `shared: true, workers: threads`) on `threads` worker threads,
 * which start together once all are ready.
 */
export function trainInThreads(
  model: W2VModel,
  threads: number,
  options: ThreadsOptions = {},
): Promise<ThreadsResult> {
  // The worker is TypeScript. Node 20 does not hand the tsx loader the parent runs under to worker
  // threads, so a two-line bootstrap registers it in the thread and then imports the worker.
  const workerUrl = new URL('./w2v-worker.ts', import.meta.url).href;
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(workerUrl)}); });`;
  const interval = options.intervalMs ?? 100;
  const epochs: { lossSum: number; pairs: number }[] = [];
  const workers: Worker[] = [];
  let running = threads;
  let lossSum = 0;
  let pairs = 0;
  let alpha = model.config.alpha;
  let engine: 'wasm' | 'ts' = 'wasm';
  let last = 0;
  let ready = 0;
  let t0 = 0;
  const perThread = Array.from({ length: threads }, () => ({ words: 0, elapsedMs: 0 }));
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
  return new Promise((resolve, reject) => {
    const fail = (err: Error): void => {
      for (const w of workers) void w.terminate();
      reject(err);
    };
    for (let k = 0; k < threads; k++) {
      const w = new Worker(bootstrap, {
        eval: true,
        workerData: {
          handle: model.handle,
          worker: k,
          workers: threads,
          engine: options.engine ?? 'auto',
          sliceWords: options.sliceWords ?? 50_000,
        },
      });
      workers.push(w);
      w.on('message', (r: WorkerReport) => {
        if (r.type === 'error') {
          fail(r.code ? new UserError(r.code, r.message) : new Error(`worker ${r.worker}: ${r.message}`));
          return;
        }
        if (r.type === 'ready') {
          if (++ready === threads) {
            t0 = performance.now();
            for (const other of workers) other.postMessage('start');
          }
          return;
        }
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
        if (r.done) {
          running--;
          void w.terminate();
          if (running === 0) {
            emit(true);
            resolve({
              epochs: epochs.map((e, i) => ({
                epoch: i + 1,
                lossSum: e.lossSum,
                pairs: e.pairs,
                loss: e.pairs > 0 && model.config.loss ? e.lossSum / e.pairs : Number.NaN,
              })),
              elapsedMs: performance.now() - t0,
              perThread,
              engine,
            });
          }
        } else emit(false);
      });
      w.on('error', (err) => fail(err));
    }
  });
}
