import * as Comlink from 'comlink';
import { useCallback, useRef, useState } from 'react';
import type { ClassifierEvent } from '../../../workers/classifier.worker';
import { messageOf } from '../../bridge/errors';
import type { DatasetOptions } from '../../core/classify/dataset';
import type { LabelledSource } from '../../model/labelledSource';
import type { DataReport, ModelOptions, ModelReport, Prediction, TrainOutcome } from '../../model/session';
import type { BatchLog, EpochLog, FitOptions } from '../../model/train';
import { classifierWorker } from '../bridges';

export type ClassifyStatus = 'idle' | 'preparing' | 'building' | 'training' | 'paused' | 'predicting';

export interface ClassifyView {
  status: ClassifyStatus;
  error: string | null;
  data: DataReport | null;
  model: ModelReport | null;
  epochs: EpochLog[];
  batches: { step: number; loss: number }[];
  outcome: TrainOutcome | null;
  prediction: Prediction | null;
  /** Tensors alive in the worker after each epoch (should stay flat). */
  tensors: number[];
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
};

/** Drives the classifier worker; events are applied once per animation frame. */
export function useClassifier() {
  const [view, setView] = useState<ClassifyView>(INITIAL);
  const pending = useRef<ClassifierEvent[]>([]);
  const frame = useRef<number | null>(null);

  const flush = useCallback(() => {
    frame.current = null;
    const events = pending.current;
    pending.current = [];
    setView((v) => {
      let next = v;
      for (const e of events) {
        if (e.type === 'epoch')
          next = { ...next, epochs: [...next.epochs, e.log], tensors: [...next.tensors, e.tensors] };
        else if (e.type === 'batch') next = { ...next, batches: [...next.batches, batchPoint(e.log)] };
        else if (e.type === 'paused') next = { ...next, status: 'paused' };
        else next = { ...next, status: 'training' };
      }
      return next;
    });
  }, []);

  const run = useCallback(
    async <T>(
      status: ClassifyStatus,
      work: () => Promise<T>,
      done: (v: ClassifyView, r: T) => ClassifyView,
    ) => {
      setView((v) => ({ ...v, status, error: null }));
      try {
        const r = await work();
        if (frame.current !== null) cancelAnimationFrame(frame.current);
        flush();
        setView((v) => done({ ...v, status: 'idle' }, r));
        return r;
      } catch (e) {
        setView((v) => ({ ...v, status: 'idle', error: messageOf(e) }));
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
        (v, data) => ({
          ...v,
          data,
          model: null,
          outcome: null,
          prediction: null,
          epochs: [],
          batches: [],
        }),
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
      setView((v) => ({ ...v, epochs: [], batches: [], outcome: null, tensors: [] }));
      const onEvent = (e: ClassifierEvent) => {
        pending.current.push(e);
        if (frame.current === null) frame.current = requestAnimationFrame(flush);
      };
      return run(
        'training',
        () => classifierWorker.api().train(fit, Comlink.proxy(onEvent)),
        (v, outcome) => ({ ...v, outcome }),
      );
    },
    [run, flush],
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

  return { view, prepare, build, train, predict, pause, resume, stop, switchBackend };
}

function batchPoint(log: BatchLog): { step: number; loss: number } {
  return { step: log.epoch - 1 + log.batch / log.batches, loss: log.loss };
}
