/**
 * Node worker thread for `-threads N`: trains one shard of a shared model (hogwild, as the C
 * tool's pthreads) and reports each slice to the parent. Started by bin/w2v-threads.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isUserError } from '../src/core/errors.ts';
import type { ModelHandle } from '../src/core/w2v/model.ts';
import { createTrainer, type EngineChoice } from '../src/core/w2v/trainer.ts';
import type { WorkerReport } from './w2v-threads.ts';

interface WorkerInput {
  handle: ModelHandle;
  worker: number;
  workers: number;
  engine: EngineChoice;
  sliceWords: number;
}

const input = workerData as WorkerInput;
const port = parentPort!;

try {
  const trainer = await createTrainer(input.handle, {
    worker: input.worker,
    workers: input.workers,
    engine: input.engine,
  });
  // Start together: the parent says go once every thread has compiled its kernel.
  port.postMessage({ type: 'ready', worker: input.worker } satisfies WorkerReport);
  await new Promise<void>((resolve) => port.once('message', () => resolve()));
  const t0 = performance.now();
  while (!trainer.done) {
    const p = trainer.train(input.sliceWords);
    const report: WorkerReport = {
      type: 'progress',
      worker: input.worker,
      engine: trainer.engine,
      words: p.words,
      lossSum: p.lossSum,
      pairs: p.pairs,
      alpha: p.alpha,
      epochsFinished: p.epochsFinished,
      done: p.done,
      elapsedMs: performance.now() - t0,
    };
    port.postMessage(report);
  }
} catch (e) {
  const report: WorkerReport = {
    type: 'error',
    worker: input.worker,
    message: e instanceof Error ? e.message : String(e),
    code: isUserError(e) ? e.code : undefined,
  };
  port.postMessage(report);
}
