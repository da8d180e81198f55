/**
 * The worker of the classifiers on text vectors (boosted trees, logistic regression, MLP). It
 * keeps the current feature set (a copy the page sends once) and trains one model at a time on
 * it, reporting each round or epoch at most ten times a second; `stop` ends training after the
 * current round or batch and the model so far is tested. TensorFlow.js runs on its CPU backend
 * here: these networks are a few small matrix products, where a GPU's dispatch costs dominate,
 * and the CPU backend gives the same numbers on every machine.
 */
import * as Comlink from 'comlink';
import '../src/bridge/errors';
import { UserError } from '../src/core/errors';
import type { FeatureSet } from '../src/core/features/types';
import { checkFeatureSet, type FeatureSetSummary } from '../src/core/features/validate';
import {
  type CurvePoint,
  type FeatureModelChoice,
  type FeatureModelKind,
  type FeatureOutcome,
  trainOnFeatures,
} from '../src/model/featureClassifiers';
import { tf } from '../src/model/tf';

export type FeaturesEvent = { type: 'step'; kind: FeatureModelKind; point: CurvePoint };

/** Shortest gap between two step events, milliseconds (≤ 10 events a second). */
const EVENT_MS = 100;

let current: FeatureSet | null = null;
let running: { stop: boolean } | null = null;

/** Lets queued messages (a stop) run between rounds: a macrotask, not a microtask. */
function yieldNow(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const api = {
  /** Checks and keeps a feature set for the next trainings; returns what to show about it. */
  setFeatures(set: FeatureSet): FeatureSetSummary {
    if (running)
      throw new UserError('features-busy', 'A classifier is training on the text vectors: stop it first.');
    const summary = checkFeatureSet(set);
    current = set;
    return summary;
  },

  /** Trains `choice` on the kept feature set; events carry the training curve as it grows. */
  async train(choice: FeatureModelChoice, onEvent: (e: FeaturesEvent) => void): Promise<FeatureOutcome> {
    if (running)
      throw new UserError('features-busy', 'A classifier is training on the text vectors: stop it first.');
    if (current === null) throw new UserError('features-none', 'Make a set of text vectors first.');
    await tf.setBackend('cpu');
    const run = { stop: false };
    running = run;
    let last = 0;
    let pending: CurvePoint | null = null;
    try {
      const outcome = await trainOnFeatures(current, choice, {
        shouldStop: () => run.stop,
        yieldNow,
        onStep: (point) => {
          const now = performance.now();
          pending = point;
          if (now - last >= EVENT_MS) {
            last = now;
            pending = null;
            onEvent({ type: 'step', kind: choice.kind, point });
          }
        },
      });
      if (pending) onEvent({ type: 'step', kind: choice.kind, point: pending });
      return outcome;
    } finally {
      running = null;
    }
  },

  /** Ends the running training after its current round or batch; its model so far is tested. */
  stop(): void {
    if (running) running.stop = true;
  },
};

export type FeaturesApi = typeof api;
Comlink.expose(api);
