/**
 * Gradient-boosted decision trees for classification, trained the way LightGBM trains them:
 * binned features, histogram split finding, leaf-wise trees with a leaf cap, shrinkage, L1/L2 on
 * leaf values, per-tree feature sampling, bagging, starting scores from the class priors, and
 * early stopping on a validation set that keeps the best round.
 *
 * Data: `x` is n × d float32, row-major; `y` holds class indices 0 … numClass − 1. Two classes
 * train the binary objective (one tree per round), more train multiclass softmax (one tree per
 * class per round, all from the same round's gradients).
 */
import { UserError } from '../errors';
import { Rng } from '../rng';
import { applyBins, type BinMapper, fitBins, sampleSorted } from './binning';
import { TreeGrower } from './grow';
import { gradients, initScores, logLoss, type Objective, probabilities, scoreColumns } from './objective';
import { type GbdtParams, gbdtParams } from './params';
import { leafOf, leafOfBinned, type Tree } from './tree';

export interface Matrix {
  /** n × d float32, row-major. */
  x: Float32Array;
  /** n class indices. */
  y: Int32Array;
  n: number;
}

/** A trained model: plain data, JSON as it is (`JSON.stringify` / `gbdtFromJSON`). */
export interface GbdtModel {
  format: 'embedding-playground/gbdt';
  version: 1;
  objective: Objective;
  /** Classes (2 for binary). */
  numClass: number;
  numFeatures: number;
  /** Starting raw score of each score column (1 for binary, numClass for multiclass). */
  initScore: number[];
  /** Round-major: tree t belongs to round ⌊t / K⌋ and score column t mod K. */
  trees: Tree[];
  /** Rounds kept (the best round when early stopping chose one). */
  numRounds: number;
  params: GbdtParams;
}

export interface RoundLog {
  /** 1-based. */
  round: number;
  trainLoss: number;
  /** NaN without a validation set. */
  valLoss: number;
  /** Leaves of this round's trees, summed. */
  leaves: number;
  /** Wall time of the round, milliseconds. */
  ms: number;
}

export type GbdtStop = 'completed' | 'early-stopping' | 'no-split' | 'user';

/**
 * Boosting one round at a time, so a caller can report progress, yield to its event loop and
 * stop between rounds. `finish()` returns the model with the best round's trees.
 */
export class GbdtTrainer {
  readonly params: GbdtParams;
  readonly objective: Objective;
  readonly numClass: number;
  readonly log: RoundLog[] = [];
  private readonly K: number;
  private readonly d: number;
  private readonly train: Matrix;
  private readonly valid: Matrix | null;
  private readonly mapper: BinMapper;
  private readonly trainBins: Uint8Array;
  private readonly validBins: Uint8Array | null;
  private readonly grower: TreeGrower;
  private readonly init: number[];
  private readonly trees: Tree[] = [];
  private readonly scores: Float64Array;
  private readonly validScores: Float64Array | null;
  private readonly grad: Float32Array;
  private readonly hess: Float32Array;
  private readonly probs: Float64Array;
  private readonly bag: Int32Array;
  private bagCount: number;
  private readonly features: Int32Array;
  /** Features with more than one bin (the others can never split). */
  private readonly usable: Int32Array;
  private readonly featureRng: Rng;
  private readonly bagRng: Rng;
  private bestLoss = Number.POSITIVE_INFINITY;
  private bestRound = 0;
  private stopped: GbdtStop | null = null;

  /**
   * Bins the training features (boundaries from the training rows only) and the validation
   * features with the same boundaries, and sets every score to the class-prior start.
   */
  constructor(
    train: Matrix,
    d: number,
    numClass: number,
    valid: Matrix | null,
    options: Partial<GbdtParams> = {},
  ) {
    const p = gbdtParams(options);
    checkMatrix(train, d, numClass, 'training');
    if (valid) checkMatrix(valid, d, numClass, 'validation');
    if (numClass < 2) throw new Error('GbdtTrainer: at least two classes');
    this.params = p;
    this.numClass = numClass;
    this.objective = numClass === 2 ? 'binary' : 'multiclass';
    this.K = scoreColumns(this.objective, numClass);
    this.d = d;
    this.train = train;
    this.valid = valid && valid.n > 0 ? valid : null;
    const rng = new Rng(p.seed);
    this.mapper = fitBins(train.x, train.n, d, p.maxBin, p.binConstructSampleCnt, rng.fork());
    this.featureRng = rng.fork();
    this.bagRng = rng.fork();
    this.trainBins = applyBins(this.mapper, train.x, train.n);
    this.validBins = this.valid ? applyBins(this.mapper, this.valid.x, this.valid.n) : null;
    this.grower = new TreeGrower(this.trainBins, train.n, this.mapper, p);
    this.init = initScores(this.objective, train.y, numClass);
    this.scores = startScores(this.init, train.n);
    this.validScores = this.valid ? startScores(this.init, this.valid.n) : null;
    this.grad = new Float32Array(train.n * this.K);
    this.hess = new Float32Array(train.n * this.K);
    this.probs = new Float64Array(numClass);
    this.bag = new Int32Array(train.n);
    for (let i = 0; i < train.n; i++) this.bag[i] = i;
    this.bagCount = train.n;
    const usable: number[] = [];
    for (let f = 0; f < d; f++) if (this.mapper.offsets[f + 1] - this.mapper.offsets[f] > 1) usable.push(f);
    this.usable = Int32Array.from(usable);
    this.features = new Int32Array(Math.max(1, usable.length));
  }

  /** Why training ended, or null while it goes on. */
  get stoppedBy(): GbdtStop | null {
    return this.stopped;
  }

  get done(): boolean {
    return this.stopped !== null;
  }

  /** 1-based round with the lowest validation loss so far (the last round without validation). */
  get bestIteration(): number {
    return this.valid ? this.bestRound : this.log.length;
  }

  /** Ends training before the next round; `finish()` still returns the best round's model. */
  stop(): void {
    if (this.stopped === null) this.stopped = 'user';
  }

  /** One boosting round: gradients at the current scores, then one tree per score column. */
  step(): RoundLog {
    if (this.stopped !== null) throw new Error('GbdtTrainer.step: training has ended');
    const t0 = performance.now();
    const p = this.params;
    const round = this.log.length + 1;
    const n = this.train.n;
    gradients(this.objective, this.scores, this.train.y, this.numClass, this.grad, this.hess, this.probs);
    if (p.baggingFreq > 0 && p.baggingFraction < 1 && (round - 1) % p.baggingFreq === 0) {
      this.bagCount = Math.max(1, Math.round(n * p.baggingFraction));
      sampleSorted(n, this.bagCount, this.bagRng, this.bag);
    }
    let leaves = 0;
    let anySplit = false;
    for (let k = 0; k < this.K; k++) {
      const used = this.pickFeatures();
      const tree = this.grower.grow(
        this.grad.subarray(k * n, (k + 1) * n),
        this.hess.subarray(k * n, (k + 1) * n),
        this.bag,
        this.bagCount,
        this.features,
        used,
      );
      this.trees.push(tree);
      leaves += tree.numLeaves;
      if (tree.numLeaves > 1) {
        anySplit = true;
        addTree(tree, this.trainBins, n, this.scores, this.K, k);
        if (this.valid && this.validBins && this.validScores)
          addTree(tree, this.validBins, this.valid.n, this.validScores, this.K, k);
      }
    }
    const trainLoss = logLoss(this.objective, this.scores, this.train.y, this.numClass, this.probs);
    const valLoss =
      this.valid && this.validScores
        ? logLoss(this.objective, this.validScores, this.valid.y, this.numClass, this.probs)
        : Number.NaN;
    const entry: RoundLog = { round, trainLoss, valLoss, leaves, ms: performance.now() - t0 };
    this.log.push(entry);
    if (this.valid) {
      if (valLoss < this.bestLoss) {
        this.bestLoss = valLoss;
        this.bestRound = round;
      } else if (p.earlyStoppingRounds > 0 && round - this.bestRound >= p.earlyStoppingRounds) {
        this.stopped = 'early-stopping';
      }
    }
    if (!anySplit) this.stopped ??= 'no-split';
    if (round >= p.numIterations) this.stopped ??= 'completed';
    return entry;
  }

  /** The model of the best round (all rounds without a validation set). */
  finish(): GbdtModel {
    const rounds = Math.max(0, this.bestIteration);
    return {
      format: 'embedding-playground/gbdt',
      version: 1,
      objective: this.objective,
      numClass: this.numClass,
      numFeatures: this.d,
      initScore: this.init.slice(),
      trees: this.trees.slice(0, rounds * this.K),
      numRounds: rounds,
      params: { ...this.params },
    };
  }

  /**
   * Features of the next tree into `this.features` (ascending): all usable ones, or a seeded
   * sample of round(fraction × usable), at least one. Returns how many.
   */
  private pickFeatures(): number {
    const u = this.usable.length;
    if (u === 0) return 0;
    if (this.params.featureFraction >= 1) {
      this.features.set(this.usable);
      return u;
    }
    const k = Math.max(1, Math.round(u * this.params.featureFraction));
    const picked = sampleSorted(u, k, this.featureRng);
    for (let i = 0; i < k; i++) this.features[i] = this.usable[picked[i]];
    return k;
  }
}

function startScores(init: number[], n: number): Float64Array {
  const K = init.length;
  const s = new Float64Array(n * K);
  for (let i = 0; i < n; i++) for (let k = 0; k < K; k++) s[i * K + k] = init[k];
  return s;
}

/** Adds the tree's leaf values to score column k of every row (feature-major bins). */
function addTree(tree: Tree, bins: Uint8Array, n: number, scores: Float64Array, K: number, k: number): void {
  const values = tree.leafValue;
  for (let i = 0; i < n; i++) scores[i * K + k] += values[leafOfBinned(tree, bins, n, i)];
}

function checkMatrix(m: Matrix, d: number, numClass: number, what: string): void {
  if (m.x.length !== m.n * d || m.y.length !== m.n) {
    throw new Error(
      `gbdt: ${what} matrix has ${m.x.length} values and ${m.y.length} labels for ${m.n} × ${d}`,
    );
  }
  for (let i = 0; i < m.n; i++) {
    if (!(m.y[i] >= 0 && m.y[i] < numClass)) throw new Error(`gbdt: ${what} label ${m.y[i]} out of range`);
  }
  for (let i = 0; i < m.x.length; i++) {
    if (Number.isNaN(m.x[i])) {
      throw new UserError(
        'gbdt-nan-feature',
        `The ${what} features contain a missing value (NaN) at row ${Math.floor(i / d) + 1}; the boosted trees need every value.`,
        { what, row: Math.floor(i / d) + 1 },
      );
    }
  }
}

/** Trains to the end in one call (tests, benchmarks, Node); the worker steps instead. */
export function trainGbdt(
  train: Matrix,
  d: number,
  numClass: number,
  valid: Matrix | null,
  options: Partial<GbdtParams> = {},
): { model: GbdtModel; log: RoundLog[]; bestIteration: number; stoppedBy: GbdtStop } {
  const t = new GbdtTrainer(train, d, numClass, valid, options);
  while (!t.done) t.step();
  return {
    model: t.finish(),
    log: t.log,
    bestIteration: t.bestIteration,
    stoppedBy: t.stoppedBy ?? 'completed',
  };
}

/** Raw scores (n × K, K = 1 for binary): start score plus every tree's leaf value. */
export function predictRaw(model: GbdtModel, x: Float32Array, n: number): Float64Array {
  const d = model.numFeatures;
  if (x.length !== n * d) throw new Error(`predictRaw: ${x.length} values for ${n} × ${d}`);
  const K = model.initScore.length;
  const out = startScores(model.initScore, n);
  const trees = model.trees;
  for (let t = 0; t < trees.length; t++) {
    const tree = trees[t];
    if (tree.numLeaves <= 1) continue;
    const k = t % K;
    const values = tree.leafValue;
    for (let i = 0; i < n; i++) out[i * K + k] += values[leafOf(tree, x, i, d)];
  }
  return out;
}

/** Class probabilities, n × numClass float32 (binary: columns 1 − p and p), as `predict_proba`. */
export function predictProba(model: GbdtModel, x: Float32Array, n: number): Float32Array {
  const raw = predictRaw(model, x, n);
  const C = model.numClass;
  const out = new Float32Array(n * C);
  const p = new Float64Array(C);
  for (let i = 0; i < n; i++) {
    probabilities(model.objective, raw, i, C, p);
    for (let c = 0; c < C; c++) out[i * C + c] = p[c];
  }
  return out;
}

/** Total split gain per feature (LightGBM's `importance_type='gain'`), d entries. */
export function featureImportance(model: GbdtModel): Float64Array {
  const out = new Float64Array(model.numFeatures);
  for (const tree of model.trees) {
    for (let j = 0; j < tree.splitFeature.length; j++) out[tree.splitFeature[j]] += tree.splitGain[j];
  }
  return out;
}

/** A model back from JSON text, shape-checked (a damaged file is the user's to fix). */
export function gbdtFromJSON(text: string): GbdtModel {
  let m: GbdtModel;
  try {
    m = JSON.parse(text) as GbdtModel;
  } catch {
    throw new UserError('gbdt-bad-json', 'This boosted-trees model file is not valid JSON.');
  }
  const ok =
    m !== null &&
    typeof m === 'object' &&
    m.format === 'embedding-playground/gbdt' &&
    m.version === 1 &&
    (m.objective === 'binary' || m.objective === 'multiclass') &&
    Array.isArray(m.trees) &&
    Array.isArray(m.initScore) &&
    m.initScore.length === scoreColumns(m.objective, m.numClass) &&
    m.trees.every(
      (t) =>
        Array.isArray(t.leafValue) &&
        t.leafValue.length === t.numLeaves &&
        t.splitFeature.length === t.numLeaves - 1 &&
        t.splitFeature.every((f) => Number.isInteger(f) && f >= 0 && f < m.numFeatures),
    );
  if (!ok) throw new UserError('gbdt-bad-model', 'This file is not a boosted-trees model saved by this app.');
  return m;
}
