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
import type { LengthStats } from '../core/classify/sequences';
import { Tokenizer } from '../core/classify/tokenizer';
import { UserError } from '../core/errors';
import { Rng } from '../core/rng';
import { type CleanOptions, type CleanPreview, createCleaner } from '../core/text/clean';
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
import { tf, type tfl } from './tf';
import {
  compileClassifier,
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
  warnings: string[];
  notes: string[];
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

export type EmbeddingSource = 'word2vec' | 'random';

export interface ModelOptions {
  embedding: EmbeddingSource;
  /** Dimensions of a random embedding (word vectors bring their own). */
  randomDim: number;
  embeddingTrainable: boolean;
  maskZero: boolean;
  lstmUnits: number;
  bidirectional: boolean;
  denseUnits: number;
  l1: number;
  l2: number;
  dropout: number;
  seed: number;
}

export const DEFAULT_MODEL: ModelOptions = {
  embedding: 'word2vec',
  randomDim: 100,
  embeddingTrainable: false,
  maskZero: true,
  lstmUnits: 64,
  bidirectional: false,
  denseUnits: 32,
  l1: 0,
  l2: 1e-4,
  dropout: 0.3,
  seed: 42,
};

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
  description: string;
  testAccuracy: number | null;
  classes: string[];
}

export class ClassifierSession {
  private data: PreparedDataset | null = null;
  private dataOptions: DatasetOptions | null = null;
  /** Set when a model is trained on prepared data or loaded; predictions use it. */
  private context: PredictContext | null = null;
  private lastTest: TestReport | null = null;
  private description = '';
  private dataTitle = '';
  private vectors: { name: string; set: VectorSet } | null = null;
  private model: tfl.LayersModel | null = null;
  private spec: ClassifierSpec | null = null;

  setVectors(name: string, set: VectorSet | null): void {
    this.vectors = set ? { name, set } : null;
  }

  get vectorsName(): string | null {
    return this.vectors?.name ?? null;
  }

  async prepare(source: LabelledSource, options: DatasetOptions): Promise<DataReport> {
    const read = await readLabelled(source);
    const data = await prepareDataset(read.records, options, sourceTitle(source));
    this.data = data;
    this.dataOptions = options;
    this.dataTitle = sourceTitle(source);
    this.disposeModel();
    return {
      title: sourceTitle(source),
      classes: data.classes,
      counts: data.counts,
      warnings: data.warnings,
      notes: read.notes,
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

  /** Builds (or rebuilds) the model; the embedding comes from the word vectors or is random. */
  build(options: ModelOptions): ModelReport {
    const data = this.requireData();
    let weights: Float32Array;
    let dim: number;
    let coverage: CoverageReport | null = null;
    const rng = new Rng(options.seed);
    if (options.embedding === 'word2vec') {
      if (this.vectors === null) {
        throw new UserError(
          'no-vectors',
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
    this.disposeModel();
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
      numClasses: data.classes.length,
      seed: options.seed,
    };
    this.model = buildClassifier(spec);
    this.spec = spec;
    this.description =
      `${this.dataTitle}: ${options.embedding === 'word2vec' ? `${this.vectors?.name}` : 'random'} embedding ` +
      `(${options.embeddingTrainable ? 'fine-tuned' : 'frozen'}), ${options.bidirectional ? 'bidirectional ' : ''}` +
      `LSTM ${options.lstmUnits}${options.maskZero ? ', masked' : ', unmasked'}, maxlen ${data.maxlen}`;
    return { summary: summarize(this.model), coverage, embeddingDim: dim };
  }

  async train(fit: FitOptions, control: FitControl): Promise<TrainOutcome> {
    const data = this.requireData();
    if (this.model === null || this.spec === null) throw new UserError('no-model', 'Build the model first.');
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
      clean: opts.clean,
    };
    this.lastTest = test;
    return { fit: result, test };
  }

  async evaluateTest(): Promise<TestReport> {
    const data = this.requireData();
    if (this.model === null) throw new UserError('no-model', 'Build and train the model first.');
    const k = data.classes.length;
    const probs = await predictProbabilities(this.model, data.test.x, data.test.n, data.maxlen, k);
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
      this.model.dispose();
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
