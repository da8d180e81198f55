import * as Comlink from 'comlink';
import { useCallback, useState } from 'react';
import type { ClassifierEvent } from '../../../workers/classifier.worker';
import type { DatasetOptions } from '../../core/classify/dataset';
import type { Phrase } from '../../core/errors';
import type { LabelledSource } from '../../model/labelledSource';
import type {
  DataReport,
  ExperimentKind,
  ModelOptions,
  ModelReport,
  Prediction,
  TrainOutcome,
  VariantResult,
} from '../../model/session';
import type { BatchLog, EpochLog, FitOptions } from '../../model/train';
import { classifierWorker } from '../bridges';
import { failure, type Shown } from '../i18n/shown';
import { useFrameBatched } from '../useFrameBatched';

export type ClassifyStatus = 'idle' | 'preparing' | 'building' | 'training' | 'paused' | 'predicting';

export interface ClassifyView {
  status: ClassifyStatus;
  error: Shown | null;
  data: DataReport | null;
  model: ModelReport | null;
  epochs: EpochLog[];
  batches: { step: number; loss: number }[];
  outcome: TrainOutcome | null;
  prediction: Prediction | null;
  /** Tensors alive in the worker after each epoch (should stay flat). */
  tensors: number[];
  /** Where epoch events go: the main model's curves, or the running experiment's variants. */
  mode: 'train' | 'experiment';
  variants: { name: Phrase; epochs: EpochLog[] }[];
  experiment: VariantResult[] | null;
}

const INITIAL: ClassifyView = {
  status: 'idle',
  error: null,
  data: null,
  model: null,
  epochs: [],
  batches: [],
  outcome: null,
  prediction: null,
  tensors: [],
  mode: 'train',
  variants: [],
  experiment: null,
};

function batchPoint(log: BatchLog): { step: number; loss: number } {
  return { step: log.epoch - 1 + log.batch / log.batches, loss: log.loss };
}

function apply(v: ClassifyView, e: ClassifierEvent): ClassifyView {
  switch (e.type) {
    case 'variant':
      return { ...v, variants: [...v.variants, { name: e.name, epochs: [] }] };
    case 'epoch': {
      if (v.mode === 'train')
        return { ...v, epochs: [...v.epochs, e.log], tensors: [...v.tensors, e.tensors] };
      const variants = v.variants.slice();
      const last = variants[variants.length - 1];
      if (last) variants[variants.length - 1] = { ...last, epochs: [...last.epochs, e.log] };
      return { ...v, variants };
    }
    case 'batch':
      return v.mode === 'train' ? { ...v, batches: [...v.batches, batchPoint(e.log)] } : v;
    // A pause/resume event can arrive after the run's result (events use their own port, which
    // the browser does not order against the result): it must not revive a finished run.
    case 'paused':
      return v.status === 'training' ? { ...v, status: 'paused' } : v;
    case 'resumed':
      return v.status === 'paused' ? { ...v, status: 'training' } : v;
  }
}

/** Drives the classifier worker; events are applied once per animation frame. */
export function useClassifier() {
  const [view, setView] = useState<ClassifyView>(INITIAL);
  const { push: onEvent, flush } = useFrameBatched(setView, apply);

  const run = useCallback(
    async <T>(
      status: ClassifyStatus,
      work: () => Promise<T>,
      done: (v: ClassifyView, r: T) => ClassifyView,
    ) => {
      setView((v) => ({ ...v, status, error: null }));
      try {
        const r = await work();
        flush();
        setView((v) => done({ ...v, status: 'idle' }, r));
        return r;
      } catch (e) {
        setView((v) => ({ ...v, status: 'idle', error: failure(e) }));
        return null;
      }
    },
    [flush],
  );

  const prepare = useCallback(
    (source: LabelledSource, options: DatasetOptions) =>
      run(
        'preparing',
        () => classifierWorker.api().prepare(source, options),
        (v, data) => ({ ...v, data, model: null, outcome: null, prediction: null, epochs: [], batches: [] }),
      ),
    [run],
  );

  const build = useCallback(
    (options: ModelOptions) =>
      run(
        'building',
        () => classifierWorker.api().build(options),
        (v, model) => ({ ...v, model, outcome: null, epochs: [], batches: [] }),
      ),
    [run],
  );

  const train = useCallback(
    (fit: FitOptions) => {
      setView((v) => ({ ...v, mode: 'train', epochs: [], batches: [], outcome: null, tensors: [] }));
      return run(
        'training',
        () => classifierWorker.api().train(fit, Comlink.proxy(onEvent)),
        (v, outcome) => ({ ...v, outcome }),
      );
    },
    [run, onEvent],
  );

  const experiment = useCallback(
    (kind: ExperimentKind, base: ModelOptions, fit: FitOptions) => {
      setView((v) => ({ ...v, mode: 'experiment', variants: [], experiment: null }));
      return run(
        'training',
        () => classifierWorker.api().experiment(kind, base, fit, Comlink.proxy(onEvent)),
        (v, experiment) => ({ ...v, experiment }),
      );
    },
    [run, onEvent],
  );

  const predict = useCallback(
    (text: string) =>
      run(
        'predicting',
        () => classifierWorker.api().predict(text),
        (v, prediction) => ({ ...v, prediction }),
      ),
    [run],
  );

  /** Switching backends discards the built model: its weights live on the old backend. */
  const switchBackend = useCallback(
    (name: string) =>
      run(
        'building',
        () => classifierWorker.api().switchBackend(name),
        (v) => ({ ...v, model: null, outcome: null }),
      ),
    [run],
  );

  const pause = useCallback(() => void classifierWorker.api().pause(), []);
  const resume = useCallback(() => void classifierWorker.api().resume(), []);
  const stop = useCallback(() => void classifierWorker.api().stop(), []);

  return { view, prepare, build, train, experiment, predict, pause, resume, stop, switchBackend };
}
