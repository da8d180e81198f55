/**
 * The settings of the classifiers on text vectors as the page keeps them (remembered across
 * reloads), and the training choices they stand for.
 */
import { DEFAULT_GBDT, type GbdtParams } from '../../core/boost/params';
import type { FeatureModelChoice, FeatureModelKind } from '../../model/featureClassifiers';
import { DEFAULT_LOGREG, DEFAULT_MLP, type DenseOptions } from '../../model/options';

export type GbdtSettings = Pick<
  GbdtParams,
  | 'numIterations'
  | 'learningRate'
  | 'numLeaves'
  | 'maxDepth'
  | 'minDataInLeaf'
  | 'lambdaL2'
  | 'featureFraction'
  | 'baggingFraction'
  | 'baggingFreq'
  | 'earlyStoppingRounds'
  | 'maxBin'
  | 'seed'
>;

export interface DenseSettings {
  hiddenUnits: number;
  dropout: number;
  l2: number;
  learningRate: number;
  epochs: number;
  batchSize: number;
  patience: number;
  seed: number;
}

export interface FeatureModelSettings {
  use: Record<FeatureModelKind, boolean>;
  gbdt: GbdtSettings;
  logreg: DenseSettings;
  mlp: DenseSettings;
}

function denseSettings(o: DenseOptions): DenseSettings {
  return {
    hiddenUnits: o.hiddenUnits,
    dropout: o.dropout,
    l2: o.l2,
    learningRate: o.fit.learningRate,
    epochs: o.fit.epochs,
    batchSize: o.fit.batchSize,
    patience: o.fit.patience,
    seed: o.fit.seed,
  };
}

export const DEFAULT_FEATURE_SETTINGS: FeatureModelSettings = {
  use: { gbdt: true, logreg: true, mlp: false },
  gbdt: {
    numIterations: DEFAULT_GBDT.numIterations,
    learningRate: DEFAULT_GBDT.learningRate,
    numLeaves: DEFAULT_GBDT.numLeaves,
    maxDepth: DEFAULT_GBDT.maxDepth,
    minDataInLeaf: DEFAULT_GBDT.minDataInLeaf,
    lambdaL2: DEFAULT_GBDT.lambdaL2,
    featureFraction: DEFAULT_GBDT.featureFraction,
    baggingFraction: DEFAULT_GBDT.baggingFraction,
    baggingFreq: DEFAULT_GBDT.baggingFreq,
    earlyStoppingRounds: DEFAULT_GBDT.earlyStoppingRounds,
    maxBin: DEFAULT_GBDT.maxBin,
    seed: DEFAULT_GBDT.seed,
  },
  logreg: denseSettings(DEFAULT_LOGREG),
  mlp: denseSettings(DEFAULT_MLP),
};

function denseOptions(s: DenseSettings, base: DenseOptions): DenseOptions {
  return {
    hiddenUnits: s.hiddenUnits,
    dropout: s.dropout,
    l2: s.l2,
    fit: {
      ...base.fit,
      learningRate: s.learningRate,
      epochs: s.epochs,
      batchSize: s.batchSize,
      patience: s.patience,
      restoreBest: true,
      seed: s.seed,
    },
  };
}

/** The models ticked, in table order (trees, then logistic regression, then the MLP). */
export function choicesOf(s: FeatureModelSettings): FeatureModelChoice[] {
  const out: FeatureModelChoice[] = [];
  if (s.use.gbdt) out.push({ kind: 'gbdt', params: { ...s.gbdt } });
  if (s.use.logreg) out.push({ kind: 'logreg', options: denseOptions(s.logreg, DEFAULT_LOGREG) });
  if (s.use.mlp) out.push({ kind: 'mlp', options: denseOptions(s.mlp, DEFAULT_MLP) });
  return out;
}
