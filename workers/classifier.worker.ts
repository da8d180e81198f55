/**
 * The classifier's worker: it owns TensorFlow.js. At start it chooses the backend by self-test
 * (WebGPU → WebGL → CPU) and reports why each candidate was accepted or refused. Data
 * preparation, model building, training, evaluation and prediction all run here, so the page's
 * thread never touches a tensor or loops over a data set.
 */
import * as Comlink from 'comlink';
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgpu';
import '../src/bridge/errors';
import type { DatasetOptions } from '../src/core/classify/dataset';
import { type LabelledTexts, labelledTexts } from '../src/core/embed/labelledTexts';
import { type Phrase, phrase, UserError } from '../src/core/errors';
import type { VectorSet } from '../src/core/vectors/types';
import type { LabelledSource } from '../src/model/labelledSource';
import type { DownloadFile } from '../src/model/modelStore';
import { type ParityReport, runParityCheck } from '../src/model/parity';
import { type BackendReport, selectBackend } from '../src/model/selfTest';
import {
  ClassifierSession,
  type DataReport,
  type ExperimentKind,
  type ModelOptions,
  type ModelReport,
  type Prediction,
  type SavedModelInfo,
  type TrainOutcome,
  type VariantResult,
} from '../src/model/session';
import { type MeanVectorFeatures, sessionDataKey, sessionMeanVectors } from '../src/model/sessionFeatures';
import { tf } from '../src/model/tf';
import type { BatchLog, EpochLog, FitControl, FitOptions } from '../src/model/train';
import { setAppDictionary } from './dictionary';

setAppDictionary();

export interface EnvironmentReport extends BackendReport {
  /** Whether the page is cross-origin isolated (SharedArrayBuffer available to workers). */
  isolated: boolean;
  cores: number;
  /** Whether navigator.gpu exists at all in this worker. */
  webgpuApi: boolean;
}

export type ClassifierEvent =
  | { type: 'batch'; log: BatchLog; tensors: number }
  | { type: 'epoch'; log: EpochLog; tensors: number }
  | { type: 'variant'; index: number; name: Phrase }
  | { type: 'paused' }
  | { type: 'resumed' };

let report: Promise<EnvironmentReport> | null = null;
const session = new ClassifierSession();
/** The options and title of the data the session prepared last. */
let preparedWith: { options: DatasetOptions; title: string } | null = null;
let control: { paused: boolean; stop: boolean; resume: (() => void) | null; training: boolean } = {
  paused: false,
  stop: false,
  resume: null,
  training: false,
};

const BATCH_EVENT_MS = 100;

async function probeOnce(): Promise<EnvironmentReport> {
  const webgpuApi = typeof navigator !== 'undefined' && 'gpu' in navigator;
  const r = await selectBackend(['webgpu', 'webgl', 'cpu']);
  if (!webgpuApi) {
    const c = r.checks.find((x) => x.name === 'webgpu');
    if (c && c.status === 'unavailable')
      c.reason = phrase(
        'backend-no-webgpu',
        'Would not start: this browser has no WebGPU (navigator.gpu is missing).',
      );
  }
  return {
    ...r,
    isolated: globalThis.crossOriginIsolated === true,
    cores: navigator.hardwareConcurrency || 1,
    webgpuApi,
  };
}

function requireIdle(): void {
  if (control.training) throw new UserError('classifier-busy', 'The classifier is training: stop it first.');
}

/**
 * Runs training work with the pause/stop switches and throttled events wired in; one at a time.
 */
async function controlled<T>(
  onEvent: (e: ClassifierEvent) => void,
  work: (c: FitControl) => Promise<T>,
): Promise<T> {
  requireIdle();
  await api.probe();
  control = { paused: false, stop: false, resume: null, training: true };
  const c = control;
  let lastBatch = 0;
  try {
    return await work({
      shouldStop: () => c.stop,
      waitWhilePaused: async () => {
        if (!c.paused) return;
        onEvent({ type: 'paused' });
        await new Promise<void>((resolve) => {
          c.resume = resolve;
        });
        c.resume = null;
        onEvent({ type: 'resumed' });
      },
      onBatch: (log) => {
        const now = performance.now();
        if (now - lastBatch >= BATCH_EVENT_MS || log.batch === log.batches) {
          lastBatch = now;
          onEvent({ type: 'batch', log, tensors: ClassifierSession.tensors() });
        }
      },
      onEpoch: (log) => onEvent({ type: 'epoch', log, tensors: ClassifierSession.tensors() }),
    });
  } finally {
    c.training = false;
  }
}

const api = {
  /** The backend self-test, run once per worker; later calls get the same report. */
  probe(): Promise<EnvironmentReport> {
    report ??= probeOnce();
    return report;
  },

  /** Trains the same seeded masked LSTM on the CPU and on the backend in use and compares. */
  async parityCheck(): Promise<ParityReport> {
    requireIdle();
    await api.probe();
    return runParityCheck(tf.getBackend());
  },

  /**
   * Switches the classifier to another backend, which must pass the same self-test first (a
   * backend the start-up test never reached is tested now). Returns the backend in use.
   */
  async switchBackend(name: string): Promise<string> {
    requireIdle();
    await api.probe();
    if (name === tf.getBackend()) return name;
    const r = await selectBackend([name]);
    const check = r.checks[0];
    if (r.chosen !== name) {
      await tf.setBackend((await api.probe()).chosen);
      throw new UserError('backend-refused', `${name} cannot be used: ${check.reason.text}`, {
        backend: name,
        reason: check.reason,
      });
    }
    return name;
  },

  backend(): string {
    return tf.getBackend();
  },

  /** Word vectors for the embedding layer (a copy the page sends; null forgets them). */
  setVectors(name: string, set: VectorSet | null): void {
    session.setVectors(name, set);
  },

  vectorsName(): string | null {
    return session.vectorsName;
  },

  /**
   * The prepared data as mean word vectors, a feature set for the classifiers on text vectors
   * (same texts, classes and split); its matrix is transferred, not copied.
   */
  async meanWordVectors(): Promise<MeanVectorFeatures> {
    requireIdle();
    const r = await sessionMeanVectors(session);
    return Comlink.transfer(r, [r.set.x.buffer]);
  },

  /** Which data and split the prepared data is (`labelledDataKey`), null before any. */
  dataKey(): string | null {
    return sessionDataKey(session);
  },

  async prepare(source: LabelledSource, options: DatasetOptions): Promise<DataReport> {
    requireIdle();
    await api.probe();
    const report = await session.prepare(source, options);
    preparedWith = { options, title: report.title };
    return report;
  },

  /**
   * The prepared texts, their classes and split, for the sentence-embedding feature source (each
   * text cut to `maxChars`: an encoder reads a few hundred tokens at most).
   */
  labelledTexts(maxChars: number): LabelledTexts {
    const data = session.prepared;
    if (data === null || preparedWith === null) {
      throw new UserError(
        'embed-no-data',
        'Prepare the labelled data first (Labelled data → Prepare data), then embed its texts.',
      );
    }
    return labelledTexts(data, preparedWith.options, preparedWith.title, maxChars);
  },

  build(options: ModelOptions): ModelReport {
    requireIdle();
    return session.build(options);
  },

  async train(fit: FitOptions, onEvent: (e: ClassifierEvent) => void): Promise<TrainOutcome> {
    return controlled(onEvent, (c) => session.train(fit, c));
  },

  /** Trains the experiment's variants one after the other (same split, same seeds). */
  async experiment(
    kind: ExperimentKind,
    base: ModelOptions,
    fit: FitOptions,
    onEvent: (e: ClassifierEvent) => void,
  ): Promise<VariantResult[]> {
    return controlled(onEvent, (c) =>
      session.experiment(kind, base, fit, c, (index, name) => onEvent({ type: 'variant', index, name })),
    );
  },

  pause(): void {
    control.paused = true;
  },

  resume(): void {
    control.paused = false;
    control.resume?.();
  },

  /** Ends training after the current batch; the best weights so far are kept (restore-best). */
  stop(): void {
    control.stop = true;
    control.paused = false;
    control.resume?.();
  },

  predict(text: string): Promise<Prediction> {
    return session.predict(text);
  },

  /** Saves the current model with its tokenizer and settings (IndexedDB); returns the list. */
  saveModel(name: string): Promise<SavedModelInfo[]> {
    requireIdle();
    return session.save(name);
  },

  savedModels(): Promise<SavedModelInfo[]> {
    return session.saved();
  },

  loadModel(name: string): Promise<SavedModelInfo> {
    requireIdle();
    return session.load(name);
  },

  deleteModel(name: string): Promise<SavedModelInfo[]> {
    return session.remove(name);
  },

  /** model.json, weights.bin and classifier.json of the current model, for download. */
  modelFiles(name: string): Promise<DownloadFile[]> {
    return session.files(name);
  },
};

export type ClassifierApi = typeof api;
Comlink.expose(api);
