/**
 * Trains one classifier on a feature set the way the LSTM classifier trains on texts: the same
 * seeded stratified split (fractions and seed from the set, else the Classify tab's defaults),
 * model selection on the validation part, and a classification report on the test part. The
 * boosted trees come from src/core/boost; logistic regression and the MLP from featureModels.
 */
import { type GbdtParams, type GbdtStop, GbdtTrainer, predictProba } from '../core/boost';
import { type ClassificationReport, classificationReport } from '../core/classify/metrics';
import { DEFAULT_SPLIT, stratifiedSplit } from '../core/classify/split';
import { fitStandardizer, gatherLabels, gatherRows, standardize } from '../core/features/matrix';
import { DEFAULT_SPLIT_SEED, type FeatureSet } from '../core/features/types';
import { checkFeatureSet } from '../core/features/validate';
import { Rng } from '../core/rng';
import { type DenseKind, type DenseOptions, trainDense } from './featureModels';
import type { FitResult } from './train';

export type FeatureModelKind = 'gbdt' | DenseKind;

export type FeatureModelChoice =
  | { kind: 'gbdt'; params: Partial<GbdtParams> }
  | { kind: DenseKind; options: DenseOptions };

/** One point of the training curve: after boosting round `step` or epoch `step`. */
export interface CurvePoint {
  step: number;
  trainLoss: number;
  valLoss: number;
}

export interface FeatureOutcome {
  kind: FeatureModelKind;
  /** The feature set's name. */
  features: string;
  dataKey: string | null;
  d: number;
  report: ClassificationReport;
  curve: CurvePoint[];
  /** The round or epoch whose model was tested (best validation loss). */
  bestStep: number;
  stoppedBy: GbdtStop | FitResult['stoppedBy'];
  /** Wall time of training (not the split or the test predictions), milliseconds. */
  trainMs: number;
  sizes: { train: number; validation: number; test: number };
  /** GBDT: trees kept; logreg/MLP: trainable parameters. */
  size: number;
}

export interface FeatureControl {
  shouldStop: () => boolean;
  /** Called after every round or epoch (the caller throttles what it forwards). */
  onStep: (point: CurvePoint) => void;
  /** Lets the caller's event loop run (a stop message in a worker); awaited between rounds. */
  yieldNow: () => Promise<void>;
}

interface Parts {
  train: { x: Float32Array; y: Int32Array; n: number };
  validation: { x: Float32Array; y: Int32Array; n: number };
  test: { x: Float32Array; y: Int32Array; n: number };
}

/** The set split into its three parts, rows copied out in the split's order. */
export function splitFeatureSet(set: FeatureSet): Parts {
  const k = set.labels.length;
  const split = stratifiedSplit(
    set.y,
    k,
    set.split ?? DEFAULT_SPLIT,
    new Rng(set.seed ?? DEFAULT_SPLIT_SEED),
  );
  const part = (rows: Int32Array) => ({
    x: gatherRows(set.x, set.d, rows),
    y: gatherLabels(set.y, rows),
    n: rows.length,
  });
  return { train: part(split.train), validation: part(split.validation), test: part(split.test) };
}

function argmaxRows(probs: Float32Array, n: number, k: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let c = 1; c < k; c++) if (probs[i * k + c] > probs[i * k + best]) best = c;
    out[i] = best;
  }
  return out;
}

/** Checks the set (UserError on bad input), splits it, trains the chosen model, tests it. */
export async function trainOnFeatures(
  set: FeatureSet,
  choice: FeatureModelChoice,
  control: FeatureControl,
): Promise<FeatureOutcome> {
  const summary = checkFeatureSet(set);
  const parts = splitFeatureSet(set);
  const k = set.labels.length;
  const d = set.d;
  const curve: CurvePoint[] = [];
  const base = { features: set.name, dataKey: summary.dataKey, d, sizes: summary.sizes };
  if (choice.kind === 'gbdt') {
    const t0 = performance.now();
    const trainer = new GbdtTrainer(parts.train, d, k, parts.validation, choice.params);
    let lastYield = performance.now();
    while (!trainer.done) {
      const log = trainer.step();
      const point = { step: log.round, trainLoss: log.trainLoss, valLoss: log.valLoss };
      curve.push(point);
      control.onStep(point);
      if (performance.now() - lastYield > 50) {
        await control.yieldNow();
        lastYield = performance.now();
      }
      if (control.shouldStop()) trainer.stop();
    }
    const model = trainer.finish();
    const trainMs = performance.now() - t0;
    const probs = predictProba(model, parts.test.x, parts.test.n);
    return {
      ...base,
      kind: 'gbdt',
      report: classificationReport(parts.test.y, argmaxRows(probs, parts.test.n, k), set.labels),
      curve,
      bestStep: trainer.bestIteration,
      stoppedBy: trainer.stoppedBy ?? 'completed',
      trainMs,
      size: model.trees.length,
    };
  }
  const t0 = performance.now();
  // Standardised with the training rows' statistics only.
  const stats = fitStandardizer(parts.train.x, d);
  const z = (p: Parts['train']) => ({ x: standardize(p.x, d, stats), y: p.y, n: p.n });
  const fit = { ...choice.options.fit };
  // Without validation rows there is no loss to stop on.
  if (parts.validation.n === 0) fit.patience = 0;
  const result = await trainDense(
    choice.kind,
    d,
    k,
    z(parts.train),
    z(parts.validation),
    z(parts.test),
    { ...choice.options, fit },
    {
      shouldStop: control.shouldStop,
      onEpoch: (log) => {
        const point = { step: log.epoch, trainLoss: log.loss, valLoss: log.valLoss };
        curve.push(point);
        control.onStep(point);
      },
    },
  );
  const trainMs = performance.now() - t0;
  return {
    ...base,
    kind: choice.kind,
    report: classificationReport(
      parts.test.y,
      argmaxRows(result.testProbabilities, parts.test.n, k),
      set.labels,
    ),
    curve,
    bestStep: result.fit.bestEpoch,
    stoppedBy: result.fit.stoppedBy,
    trainMs,
    size: result.parameters,
  };
}
