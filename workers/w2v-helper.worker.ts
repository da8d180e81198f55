/**
 * A helper for multi-worker word2vec: trains its shard of a model that lives in shared memory
 * (the coordinator in trainer.worker.ts created it), hogwild, like one of the C tool's threads.
 * Pause and cancel come through a shared Int32Array: [0] = paused, [1] = cancelled.
 */
import * as Comlink from 'comlink';
import '../src/bridge/errors';
import type { ModelHandle } from '../src/core/w2v/model';
import { createTrainer, type EpochLoss } from '../src/core/w2v/trainer';
import { FLAG_CANCELLED, FLAG_PAUSED } from './w2v-flags';

/** Words per slice between flag checks: small enough that pause and cancel feel immediate. */
const SLICE = 50_000;

const api = {
  async train(handle: ModelHandle, worker: number, workers: number, flags: Int32Array): Promise<EpochLoss[]> {
    const trainer = await createTrainer(handle, { worker, workers });
    while (!trainer.done) {
      if (Atomics.load(flags, FLAG_CANCELLED) === 1) break;
      // Sleeps without spinning until the coordinator clears the flag (and notifies).
      while (Atomics.load(flags, FLAG_PAUSED) === 1 && Atomics.load(flags, FLAG_CANCELLED) === 0) {
        Atomics.wait(flags, FLAG_PAUSED, 1, 1000);
      }
      trainer.train(SLICE);
    }
    return trainer.epochs;
  },
};

export type W2VHelperApi = typeof api;
Comlink.expose(api);
