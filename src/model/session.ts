/**
 * One classifier session inside the worker: the prepared data, the word vectors offered for the
 * embedding, the model, and its last results. Every method is called by the worker; the page
 * sees only the plain reports these return.
 */
import {
  type DatasetOptions,
  DEFAULT_DATASET,
  type PreparedDataset,
  prepareDataset,
} from '../core/classify/dataset';
import { buildEmbeddingMatrix, type CoverageReport, randomEmbedding } from '../core/classify/embedding';
import { type ClassificationReport, classificationReport } from '../core/classify/metrics';
import type { LabelledRecord } from '../core/classify/readers';
import type { LengthStats } from '../core/classify/sequences';
import { Tokenizer } from '../core/classify/tokenizer';
import { type Phrase, phrase, UserError } from '../core/errors';
import { Rng } from '../core/rng';
import { type CleanOptions, type CleanPreview, createCleaner } from '../core/text/clean';
import type { CorpusLanguage } from '../core/text/script';
import type { VectorSet } from '../core/vectors/types';
import { buildClassifier, type ClassifierSpec, type ModelSummary, summarize } from './classifier';
import { type LabelledSource, readLabelled, sourceTitle } from './labelledSource';
import {
  type ClassifierMeta,
  classifierFiles,
  type DownloadFile,
  deleteClassifier,
  listClassifiers,
  loadClassifier,
  saveClassifier,
} from './modelStore';
import type { EmbeddingSource, ModelOptions } from './options';
import { tf, type tfl } from './tf';
import {
  compileClassifier,
  disposeCompiled,
  type EpochLog,
  type FitControl,
  type FitOptions,
  type FitResult,
  fitClassifier,
  predictProbabilities,
} from './train';

export interface DataReport {
  title: string;
  classes: string[];
  counts: number[];
  warnings: Phrase[];
  notes: Phrase[];
  /** The language the tokenizer found in the texts, when a tokenizer spec is in use. */
  language: CorpusLanguage | null;
  columns: string[];
  textColumn: string;
  labelColumn: string;
  sizes: { train: number; validation: number; test: number };
  maxlen: number;
  vocabSize: number;
  lengths: LengthStats;
  truncatedShare: number;
  preview: CleanPreview;
}

export { DEFAULT_MODEL, type EmbeddingSource, type ModelOptions } from './options';

export interface ModelReport {
  summary: ModelSummary;
  coverage: CoverageReport | null;
  embeddingDim: number;
}

export interface TestReport {
  report: ClassificationReport;
  /** Standard deviation of the predicted probability of the last class over the test set: ~0 = collapsed. */
  outputSpread: number;
  /** Test examples with their prediction, for a look at what went wrong. */
  examples: { text: string; label: string; predicted: string; confidence: number }[];
}

export interface TrainOutcome {
  fit: FitResult;
  test: TestReport;
}

export interface Prediction {
  probabilities: { label: string; p: number }[];
  tokens: { token: string; index: number; oov: boolean }[];
  /** Tokens dropped because the sequence was longer than maxlen. */
  truncated: number;
}

/** What turning a typed text into the model's input needs; from prepared data or a saved model. */
interface PredictContext {
  tokenizer: Tokenizer;
  classes: string[];
  maxlen: number;
  padding: 'pre' | 'post';
  truncating: 'pre' | 'post';
  clean: Partial<CleanOptions>;
}

export interface SavedModelInfo {
  name: string;
  savedAt: number;
  /** What the model is (a Phrase; models saved before it was one keep their English string). */
  description: Phrase | string;
  testAccuracy: number | null;
  classes: string[];
}

export class ClassifierSession {
  private data: PreparedDataset | null = null;
  private dataOptions: DatasetOptions | null = null;
  /** Set when a model is trained on prepared data or loaded; predictions use it. */
  private context: PredictContext | null = null;
  private lastTest: TestReport | null = null;
  private description: Phrase | string = '';
  private dataTitle = '';
  /** The records as read, so experiments can re-encode them with another maxlen or padding. */
  private records: LabelledRecord[] = [];
  private vectors: { name: string; set: VectorSet } | null = null;
  private model: tfl.LayersModel | null = null;
  private spec: ClassifierSpec | null = null;

  setVectors(name: string, set: VectorSet | null): void {
    this.vectors = set ? { name, set } : null;
  }

  get vectorsName(): string | null {
    return this.vectors?.name ?? null;
  }

  /** The word vectors offered for the embedding (also averaged into text vectors), or null. */
  get vectorSet(): VectorSet | null {
    return this.vectors?.set ?? null;
  }

  async prepare(source: LabelledSource, options: DatasetOptions): Promise<DataReport> {
    const read = await readLabelled(source);
    const data = await prepareDataset(read.records, options, sourceTitle(source));
    this.records = read.records;
    this.data = data;
    this.dataOptions = options;
    this.dataTitle = sourceTitle(source);
    this.disposeModel();
    return {
      title: sourceTitle(source),
      classes: data.classes,
      counts: data.counts,
      warnings: data.warnings,
      notes: data.notice ? [...read.notes, data.notice] : read.notes,
      language: data.clean.tokenizer?.language ?? null,
      columns: read.columns,
      textColumn: read.textColumn,
      labelColumn: read.labelColumn,
      sizes: { train: data.train.n, validation: data.validation.n, test: data.test.n },
      maxlen: data.maxlen,
      vocabSize: data.vocabSize,
      lengths: data.lengths,
      truncatedShare: data.truncatedShare,
      preview: data.preview,
    };
  }

  private requireData(): PreparedDataset {
    if (this.data === null) throw new UserError('no-data', 'Prepare a labelled data set first.');
    return this.data;
  }

  /** The network's spec for `data`: embedding rows from the word vectors (with coverage) or random. */
  private specFor(
    data: PreparedDataset,
    options: ModelOptions,
  ): { spec: ClassifierSpec; coverage: CoverageReport | null } {
    let weights: Float32Array;
    let dim: number;
    let coverage: CoverageReport | null = null;
    const rng = new Rng(options.seed);
    if (options.embedding === 'word2vec') {
      if (this.vectors === null) {
        throw new UserError(
          'no-vectors-for-embedding',
          'There are no word vectors yet: train word2vec (step 2), import vectors, or choose a random embedding.',
        );
      }
      const m = buildEmbeddingMatrix(this.vectors.set, data.tokenizer, { rng });
      weights = m.matrix;
      dim = m.dim;
      coverage = m.coverage;
    } else {
      dim = options.randomDim;
      weights = randomEmbedding(data.vocabSize, dim, rng);
    }
    const spec: ClassifierSpec = {
      vocabSize: data.vocabSize,
      embeddingDim: dim,
      maxlen: data.maxlen,
      embeddingWeights: weights,
      embeddingTrainable: options.embeddingTrainable,
      maskZero: options.maskZero,
      lstmUnits: options.lstmUnits,
      bidirectional: options.bidirectional,
      denseUnits: options.denseUnits,
      l1: options.l1,
      l2: options.l2,
      dropout: options.dropout,
      lstmImpl: options.lstmImpl,
      numClasses: data.classes.length,
      seed: options.seed,
    };
    return { spec, coverage };
  }

  /** Builds (or rebuilds) the model; the embedding comes from the word vectors or is random. */
  build(options: ModelOptions): ModelReport {
    const data = this.requireData();
    const { spec, coverage } = this.specFor(data, options);
    const dim = spec.embeddingDim;
    this.disposeModel();
    this.model = buildClassifier(spec);
    this.spec = spec;
    const params = {
      title: this.dataTitle,
      source: options.embedding === 'word2vec' ? `${this.vectors?.name}` : 'random',
      tuning: options.embeddingTrainable ? 'fine-tuned' : 'frozen',
      lstm: options.bidirectional ? 'bidirectional LSTM' : 'LSTM',
      units: options.lstmUnits,
      mask: options.maskZero ? 'masked' : 'unmasked',
      maxlen: data.maxlen,
    };
    this.description = phrase(
      'model-description',
      `${params.title}: ${params.source} embedding (${params.tuning}), ${params.lstm} ${params.units}, ` +
        `${params.mask}, maxlen ${params.maxlen}`,
      params,
    );
    return { summary: summarize(this.model), coverage, embeddingDim: dim };
  }

  async train(fit: FitOptions, control: FitControl): Promise<TrainOutcome> {
    const data = this.requireData();
    if (this.model === null || this.spec === null)
      throw new UserError('no-model-built', 'Build the model first.');
    compileClassifier(this.model, data.classes.length, fit);
    const result = await fitClassifier(
      this.model,
      data.train,
      data.validation,
      data.maxlen,
      data.classes.length,
      fit,
      control,
    );
    const test = await this.evaluateTest();
    const opts = this.dataOptions ?? DEFAULT_DATASET;
    this.context = {
      tokenizer: data.tokenizer,
      classes: data.classes,
      maxlen: data.maxlen,
      padding: opts.padding,
      truncating: opts.truncating,
      clean: data.clean,
    };
    this.lastTest = test;
    return { fit: result, test };
  }

  async evaluateTest(): Promise<TestReport> {
    const data = this.requireData();
    if (this.model === null) throw new UserError('no-model-trained', 'Build and train the model first.');
    return evaluateOn(this.model, data);
  }

  async predict(text: string): Promise<Prediction> {
    const ctx = this.context;
    if (this.model === null || ctx === null) throw new UserError('no-model', 'Train or load a model first.');
    const cleaner = await createCleaner(ctx.clean);
    const tokens = cleaner.tokens(text);
    const explained = ctx.tokenizer.explain(tokens);
    const ids = explained.filter((t) => t.index > 0).map((t) => t.index);
    const maxlen = ctx.maxlen;
    const row = new Int32Array(maxlen);
    const kept = ctx.truncating === 'pre' ? ids.slice(-maxlen) : ids.slice(0, maxlen);
    if (ctx.padding === 'pre') row.set(kept, maxlen - kept.length);
    else row.set(kept, 0);
    const k = ctx.classes.length;
    const probs = await predictProbabilities(this.model, row, 1, maxlen, k);
    return {
      probabilities: ctx.classes.map((label, c) => ({ label, p: probs[c] })),
      tokens: explained.map((t) => ({ token: t.token, index: t.index, oov: t.oov })),
      truncated: Math.max(0, ids.length - maxlen),
    };
  }

  private meta(name: string): ClassifierMeta {
    const ctx = this.context;
    if (this.model === null || ctx === null) throw new UserError('no-model', 'Train or load a model first.');
    return {
      format: 'embedding-playground/classifier',
      version: 1,
      name,
      savedAt: Date.now(),
      classes: ctx.classes,
      maxlen: ctx.maxlen,
      padding: ctx.padding,
      truncating: ctx.truncating,
      clean: ctx.clean,
      tokenizer: ctx.tokenizer.toJSON(),
      description: this.description,
      testAccuracy: this.lastTest?.report.accuracy ?? null,
    };
  }

  async save(name: string): Promise<SavedModelInfo[]> {
    const meta = this.meta(name);
    await saveClassifier(this.model as tfl.LayersModel, meta);
    return this.saved();
  }

  async saved(): Promise<SavedModelInfo[]> {
    return (await listClassifiers()).map((m) => ({
      name: m.name,
      savedAt: m.savedAt,
      description: m.description,
      testAccuracy: m.testAccuracy,
      classes: m.classes,
    }));
  }

  /** Makes a saved model current: predictions work again exactly as when it was saved. */
  async load(name: string): Promise<SavedModelInfo> {
    const { model, meta } = await loadClassifier(name);
    this.disposeModel();
    this.model = model;
    this.context = {
      tokenizer: Tokenizer.fromJSON(meta.tokenizer),
      classes: meta.classes,
      maxlen: meta.maxlen,
      padding: meta.padding,
      truncating: meta.truncating,
      clean: meta.clean,
    };
    this.description = meta.description;
    this.lastTest = null;
    return {
      name,
      savedAt: meta.savedAt,
      description: meta.description,
      testAccuracy: meta.testAccuracy,
      classes: meta.classes,
    };
  }

  async remove(name: string): Promise<SavedModelInfo[]> {
    await deleteClassifier(name);
    return this.saved();
  }

  async files(name: string): Promise<DownloadFile[]> {
    return classifierFiles(this.model as tfl.LayersModel, this.meta(name));
  }

  /**
   * Trains each variant from scratch on the same split (same seeds) and reports them side by side.
   * Variants never touch the session's own model or data.
   */
  async experiment(
    kind: ExperimentKind,
    base: ModelOptions,
    fit: FitOptions,
    control: FitControl,
    onVariant: (index: number, name: Phrase) => void,
  ): Promise<VariantResult[]> {
    const data = this.requireData();
    const dataOptions = this.dataOptions ?? DEFAULT_DATASET;
    const variants = experimentVariants(kind, base, data.maxlen, this.vectors !== null);
    const results: VariantResult[] = [];
    for (let i = 0; i < variants.length; i++) {
      const v = variants[i];
      onVariant(i, v.name);
      const vData =
        v.maxlen === data.maxlen && v.padding === dataOptions.padding
          ? data
          : await prepareDataset(
              this.records,
              { ...dataOptions, maxlen: v.maxlen, padding: v.padding },
              this.dataTitle,
            );
      const { spec } = this.specFor(vData, v.model);
      const model = buildClassifier(spec);
      const t0 = performance.now();
      try {
        compileClassifier(model, vData.classes.length, fit);
        const res = await fitClassifier(
          model,
          vData.train,
          vData.validation,
          vData.maxlen,
          vData.classes.length,
          fit,
          control,
        );
        const test = await evaluateOn(model, vData);
        const summary = summarize(model);
        results.push({
          name: v.name,
          epochs: res.epochs,
          testAccuracy: test.report.accuracy,
          macroF1: test.report.macroAvg.f1,
          outputSpread: test.outputSpread,
          trainable: summary.trainable,
          nonTrainable: summary.nonTrainable,
          ms: performance.now() - t0,
          stoppedBy: res.stoppedBy,
        });
        if (res.stoppedBy === 'user') break;
      } finally {
        disposeCompiled(model);
      }
    }
    return results;
  }

  get currentModel(): tfl.LayersModel | null {
    return this.model;
  }

  get prepared(): PreparedDataset | null {
    return this.data;
  }

  get datasetOptions(): DatasetOptions | null {
    return this.dataOptions;
  }

  private disposeModel(): void {
    if (this.model !== null) {
      disposeCompiled(this.model);
      this.model = null;
      this.spec = null;
      this.context = null;
    }
  }

  /** Tensor count, for leak checks. */
  static tensors(): number {
    return tf.memory().numTensors;
  }
}

export type { EpochLog };

/** Test-set report of `model` on `data`: classification report, output spread, first examples. */
async function evaluateOn(model: tfl.LayersModel, data: PreparedDataset): Promise<TestReport> {
  const k = data.classes.length;
  const probs = await predictProbabilities(model, data.test.x, data.test.n, data.maxlen, k);
  const predicted = new Int32Array(data.test.n);
  let mean = 0;
  for (let i = 0; i < data.test.n; i++) {
    let best = 0;
    for (let c = 1; c < k; c++) if (probs[i * k + c] > probs[i * k + best]) best = c;
    predicted[i] = best;
    mean += probs[i * k + k - 1];
  }
  mean /= Math.max(1, data.test.n);
  let variance = 0;
  for (let i = 0; i < data.test.n; i++) variance += (probs[i * k + k - 1] - mean) ** 2;
  const examples = [];
  for (let i = 0; i < Math.min(data.test.n, 20); i++) {
    const rec = data.records[data.test.rows[i]];
    examples.push({
      text: rec.text.slice(0, 300),
      label: data.classes[data.test.y[i]],
      predicted: data.classes[predicted[i]],
      confidence: probs[i * k + predicted[i]],
    });
  }
  return {
    report: classificationReport(data.test.y, predicted, data.classes),
    outputSpread: Math.sqrt(variance / Math.max(1, data.test.n)),
    examples,
  };
}

export type ExperimentKind = 'masking' | 'embedding';

export interface VariantResult {
  name: Phrase;
  epochs: EpochLog[];
  testAccuracy: number;
  macroF1: number;
  /** ~0 means the model gives the same output for every input. */
  outputSpread: number;
  trainable: number;
  nonTrainable: number;
  ms: number;
  stoppedBy: FitResult['stoppedBy'];
}

interface Variant {
  name: Phrase;
  model: ModelOptions;
  maxlen: number;
  padding: 'pre' | 'post';
}

/** Longest maxlen the masking experiment uses: long enough to show padding's effect, short enough to train. */
const LONG_MAXLEN_CAP = 400;

/**
 * The variants each experiment compares. Masking: masked vs unmasked, pre- vs post-padding, at
 * four times the prepared maxlen (long padding is where an unmasked LSTM loses the words).
 * Embedding: frozen pretrained vs fine-tuned pretrained vs random (trainable).
 */
export function experimentVariants(
  kind: ExperimentKind,
  base: ModelOptions,
  maxlen: number,
  haveVectors: boolean,
): Variant[] {
  if (kind === 'masking') {
    const long = Math.min(LONG_MAXLEN_CAP, maxlen * 4);
    return [
      {
        name: phrase('variant-masked-pre', `masked, pre-padding, maxlen ${long}`, { maxlen: long }),
        model: { ...base, maskZero: true },
        maxlen: long,
        padding: 'pre',
      },
      {
        name: phrase('variant-unmasked-pre', `unmasked, pre-padding, maxlen ${long}`, { maxlen: long }),
        model: { ...base, maskZero: false },
        maxlen: long,
        padding: 'pre',
      },
      {
        name: phrase('variant-masked-post', `masked, post-padding, maxlen ${long}`, { maxlen: long }),
        model: { ...base, maskZero: true },
        maxlen: long,
        padding: 'post',
      },
      {
        name: phrase('variant-unmasked-post', `unmasked, post-padding, maxlen ${long}`, { maxlen: long }),
        model: { ...base, maskZero: false },
        maxlen: long,
        padding: 'post',
      },
    ];
  }
  if (!haveVectors) {
    throw new UserError(
      'no-vectors-for-experiment',
      'This experiment compares pretrained vectors with a random embedding: train or import word vectors first.',
    );
  }
  const variant = (name: Phrase, embedding: EmbeddingSource, trainable: boolean): Variant => ({
    name,
    model: { ...base, embedding, embeddingTrainable: trainable },
    maxlen,
    padding: 'pre',
  });
  return [
    variant(phrase('variant-frozen', 'pretrained, frozen'), 'word2vec', false),
    variant(phrase('variant-fine-tuned', 'pretrained, fine-tuned'), 'word2vec', true),
    variant(phrase('variant-random', 'random, trained'), 'random', true),
  ];
}
