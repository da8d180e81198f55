import * as Comlink from 'comlink';
import { useCallback, useRef, useState } from 'react';
import type { TrainEvent, TrainResult, WatchedNeighbours } from '../../../workers/trainer.worker';
import type { CorpusSource } from '../../core/corpus/load';
import type { Phrase } from '../../core/errors';
import type { CorpusLanguage } from '../../core/text/script';
import type { VectorSet } from '../../core/vectors/types';
import { trainerWorker } from '../bridges';
import { failure, type Shown } from '../i18n/shown';
import { useFrameBatched } from '../useFrameBatched';
import { parseWatch, type TrainSettings } from './fields';

export type TrainStatus = 'idle' | 'reading' | 'vocabulary' | 'training' | 'paused' | 'done' | 'cancelled';

export interface LossPoint {
  /** Words processed so far (x axis). */
  words: number;
  loss: number;
}

export interface TrainView {
  status: TrainStatus;
  error: Shown | null;
  vocabSize: number | null;
  engine: string | null;
  workers: number;
  /** The tokenizer used and how long tokenizing took (from the vocabulary event). */
  tokenizer: { name: Phrase; ms: number; loadMs: number; words: number } | null;
  notices: Phrase[];
  wordsDone: number;
  totalWords: number;
  wordsPerSec: number;
  alpha: number;
  epoch: number;
  elapsedMs: number;
  losses: LossPoint[];
  epochLosses: { epoch: number; loss: number }[];
  neighbours: WatchedNeighbours[];
  result: Omit<TrainResult, 'vectors'> | null;
}

const INITIAL: TrainView = {
  status: 'idle',
  error: null,
  vocabSize: null,
  engine: null,
  workers: 1,
  tokenizer: null,
  notices: [],
  wordsDone: 0,
  totalWords: 0,
  wordsPerSec: 0,
  alpha: 0,
  epoch: 0,
  elapsedMs: 0,
  losses: [],
  epochLosses: [],
  neighbours: [],
  result: null,
};

/** At most this many loss points are kept for the chart: older points are thinned by half. */
const MAX_POINTS = 600;

/** Whether a run is under way: only then may a worker event change the status. */
export function isRunning(status: TrainStatus): boolean {
  return status === 'reading' || status === 'vocabulary' || status === 'training' || status === 'paused';
}

/**
 * Events come through their own comlink proxy port, and the browser does not order messages
 * across ports: an event sent before the run ended can arrive after train() has resolved. Its
 * numbers still apply, but it must not take a finished run back to 'training'.
 */
function apply(view: TrainView, e: TrainEvent): TrainView {
  switch (e.type) {
    case 'phase':
      return isRunning(view.status) ? { ...view, status: e.phase } : view;
    case 'vocabulary':
      return {
        ...view,
        vocabSize: e.vocabSize,
        totalWords: e.totalWords,
        engine: e.engine,
        workers: e.workers,
        tokenizer: { name: e.tokenizer, ms: e.tokenizeMs, loadMs: e.tokenizerLoadMs, words: e.trainWords },
      };
    case 'notice':
      return { ...view, notices: [...view.notices, e.message] };
    case 'progress': {
      let losses = view.losses;
      if (Number.isFinite(e.loss)) {
        losses = [...losses, { words: e.wordsDone, loss: e.loss }];
        if (losses.length > MAX_POINTS) losses = losses.filter((_, i) => i % 2 === 0);
      }
      return {
        ...view,
        wordsDone: e.wordsDone,
        totalWords: e.totalWords,
        wordsPerSec: e.wordsPerSec,
        alpha: e.alpha,
        epoch: e.epoch,
        elapsedMs: e.elapsedMs,
        losses,
      };
    }
    case 'epoch':
      return { ...view, epochLosses: [...view.epochLosses, { epoch: e.epoch, loss: e.loss }] };
    case 'neighbours':
      return { ...view, neighbours: e.watched };
    case 'paused':
      return isRunning(view.status) ? { ...view, status: 'paused' } : view;
    case 'resumed':
      return isRunning(view.status) ? { ...view, status: 'training' } : view;
  }
}

/**
 * Drives the trainer worker. Events are batched into one React update per animation frame so a
 * burst of events never costs more than one render.
 */
export function useTrainer(
  onVectors: (set: VectorSet, cancelled: boolean) => void,
  onSnapshot: (set: VectorSet) => void,
) {
  /** Whether each finished epoch sends a snapshot to Explore (read inside the event handler). */
  const snapshotEachEpoch = useRef(false);
  const [view, setView] = useState<TrainView>(INITIAL);
  const { push, flush, drop } = useFrameBatched(setView, apply);

  /** The vectors as they are now, shown in Explore without being saved. */
  const snapshot = useCallback(async () => {
    const set = await trainerWorker.api().snapshot();
    if (set) onSnapshot(set);
  }, [onSnapshot]);

  const start = useCallback(
    async (source: CorpusSource, settings: TrainSettings, language: CorpusLanguage) => {
      setView({ ...INITIAL, status: 'reading' });
      const onEvent = (e: TrainEvent) => {
        if (e.type === 'epoch' && snapshotEachEpoch.current) void snapshot();
        push(e);
      };
      try {
        const result = await trainerWorker.api().train(
          {
            source,
            options: settings.options,
            lowercase: settings.lowercase,
            tokenizer: { ...settings.tokenizer, language, lowercase: settings.lowercase },
            workers: settings.workers,
            watch: parseWatch(settings.watch).map((w) => (settings.lowercase ? w.toLowerCase() : w)),
          },
          Comlink.proxy(onEvent),
        );
        flush();
        const { vectors, ...rest } = result;
        setView((v) => ({ ...v, status: result.cancelled ? 'cancelled' : 'done', result: rest }));
        onVectors(vectors, result.cancelled);
      } catch (e) {
        drop();
        setView((v) => ({ ...v, status: 'idle', error: failure(e) }));
      }
    },
    [push, flush, drop, onVectors, snapshot],
  );

  const pause = useCallback(() => void trainerWorker.api().pause(), []);
  const resume = useCallback(() => void trainerWorker.api().resume(), []);
  const cancel = useCallback(() => void trainerWorker.api().cancel(), []);

  return { view, start, pause, resume, cancel, snapshot, snapshotEachEpoch };
}
