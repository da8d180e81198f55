import * as Comlink from 'comlink';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FeaturesEvent } from '../../../workers/features.worker';
import type { FeatureSet } from '../../core/features/types';
import type { FeatureSetSummary } from '../../core/features/validate';
import type {
  CurvePoint,
  FeatureModelChoice,
  FeatureModelKind,
  FeatureOutcome,
} from '../../model/featureClassifiers';
import { featuresWorker } from '../bridges';
import { useFrameBatched } from '../useFrameBatched';

export interface TrainedModel extends FeatureOutcome {
  /** Unique in this page session. */
  id: string;
}

export interface FeatureView {
  status: 'idle' | 'checking' | 'training';
  /** Anything thrown (worded on the page in the interface language). */
  error: unknown;
  summary: FeatureSetSummary | null;
  /** The model being trained and its curve so far. */
  live: { kind: FeatureModelKind; points: CurvePoint[] } | null;
  /** Every model trained in this session, oldest first. */
  results: TrainedModel[];
}

const INITIAL: FeatureView = { status: 'idle', error: null, summary: null, live: null, results: [] };

function apply(v: FeatureView, e: FeaturesEvent): FeatureView {
  if (v.live === null || v.live.kind !== e.kind) return { ...v, live: { kind: e.kind, points: [e.point] } };
  return { ...v, live: { kind: e.kind, points: [...v.live.points, e.point] } };
}

let nextId = 1;

/**
 * Drives the features worker for one feature set: sends it (a copy) when it changes or the worker
 * restarted, trains the chosen models one after the other, stops on request. Results of earlier
 * feature sets stay, so the comparison covers the whole session.
 */
export function useFeatureClassifiers(featureSet: FeatureSet | null) {
  const [view, setView] = useState<FeatureView>(INITIAL);
  const { push, flush, drop } = useFrameBatched(setView, apply);
  /** The set the worker holds (null after a restart: the next training sends it again). */
  const sent = useRef<FeatureSet | null>(null);
  const stopping = useRef(false);

  useEffect(() => featuresWorker.onStart(() => (sent.current = null)), []);

  const send = useCallback(async (set: FeatureSet): Promise<FeatureSetSummary> => {
    // Structured clone: the caller keeps its own matrix (it may also map or export it).
    const summary = await featuresWorker.api().setFeatures(set);
    sent.current = set;
    return summary;
  }, []);

  useEffect(() => {
    if (featureSet === null) {
      setView((v) => ({ ...v, summary: null, error: null }));
      return;
    }
    let live = true;
    setView((v) => ({ ...v, status: 'checking', error: null, summary: null }));
    send(featureSet).then(
      (summary) => live && setView((v) => ({ ...v, status: 'idle', summary })),
      (error: unknown) => live && setView((v) => ({ ...v, status: 'idle', error })),
    );
    return () => {
      live = false;
    };
  }, [featureSet, send]);

  const train = useCallback(
    async (choices: FeatureModelChoice[]) => {
      if (featureSet === null || choices.length === 0) return;
      stopping.current = false;
      setView((v) => ({ ...v, status: 'training', error: null, live: null }));
      try {
        if (sent.current !== featureSet) await send(featureSet);
        for (const choice of choices) {
          if (stopping.current) break;
          setView((v) => ({ ...v, live: { kind: choice.kind, points: [] } }));
          const outcome = await featuresWorker.api().train(choice, Comlink.proxy(push));
          flush();
          setView((v) => ({ ...v, results: [...v.results, { ...outcome, id: String(nextId++) }] }));
        }
        setView((v) => ({ ...v, status: 'idle' }));
      } catch (error) {
        drop();
        setView((v) => ({ ...v, status: 'idle', error }));
      }
    },
    [featureSet, send, push, flush, drop],
  );

  /** Stops the model in training (it is still tested) and skips the ones after it. */
  const stop = useCallback(() => {
    stopping.current = true;
    void featuresWorker.api().stop();
  }, []);

  const clear = useCallback(() => setView((v) => ({ ...v, results: [] })), []);

  return { view, train, stop, clear };
}
