import { useCallback, useEffect, useRef, useState } from 'react';
import type { StepInfo, StepSetup } from '../../../workers/stepper.worker';
import type { StepView } from '../../core/w2v/stepSession';
import { stepperWorker } from '../bridges';
import { useWordFilterVersion } from '../wordFilter/wordFilterState';

export interface Stepper {
  info: StepInfo | null;
  view: StepView | null;
  /** A call to the worker is under way (opening, or a step). */
  busy: boolean;
  running: boolean;
  /** What went wrong last, as thrown (the panel words it). */
  error: unknown;
  reset: (setup: StepSetup) => Promise<void>;
  step: (n: number) => Promise<void>;
  /** Steps on its own at `pairsPerSecond` until stopped or done. */
  run: (pairsPerSecond: number) => void;
  stop: () => void;
}

/** Frames per second of a run: faster speeds take several pairs per frame. */
const RUN_FPS = 12;

/**
 * Drives the step-through worker. At most one call is in flight: a step asked for while one runs
 * is dropped (the buttons are disabled meanwhile), so a slow machine never queues steps up. A run
 * is a loop that awaits each step, then waits out the rest of its frame.
 */
export function useStepper(): Stepper {
  const [info, setInfo] = useState<StepInfo | null>(null);
  const [view, setView] = useState<StepView | null>(null);
  const [busy, setBusy] = useState(false);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const inFlight = useRef(false);
  const runToken = useRef(0);
  const generation = useRef(0);

  const call = useCallback(async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    setBusy(true);
    try {
      const r = await work();
      setError(null);
      return r;
    } catch (e) {
      setError(e);
      runToken.current++;
      setRunning(false);
      return undefined;
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }, []);

  const stop = useCallback(() => {
    runToken.current++;
    setRunning(false);
  }, []);

  const reset = useCallback(
    async (setup: StepSetup) => {
      runToken.current++;
      setRunning(false);
      // A reset waits for a step in flight rather than being dropped.
      while (inFlight.current) await new Promise((r) => setTimeout(r, 20));
      const gen = ++generation.current;
      const r = await call(() => stepperWorker.api().open(setup));
      if (r && gen === generation.current) {
        setInfo(r.info);
        setView(r.view);
      }
    },
    [call],
  );

  const step = useCallback(
    async (n: number) => {
      const gen = generation.current;
      const v = await call(() => stepperWorker.api().step(n));
      if (v && gen === generation.current) setView(v);
    },
    [call],
  );

  const run = useCallback(
    (pairsPerSecond: number) => {
      const token = ++runToken.current;
      setRunning(true);
      const perFrame = Math.max(1, Math.round(pairsPerSecond / RUN_FPS));
      const frameMs = 1000 / Math.min(RUN_FPS, pairsPerSecond);
      const loop = async () => {
        while (runToken.current === token) {
          const t0 = performance.now();
          const gen = generation.current;
          const v = await call(() => stepperWorker.api().step(perFrame));
          if (runToken.current !== token) return;
          if (v && gen === generation.current) setView(v);
          if (!v || v.done) {
            runToken.current++;
            setRunning(false);
            return;
          }
          const wait = frameMs - (performance.now() - t0);
          if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        }
      };
      void loop();
    },
    [call],
  );

  // Stop running when the panel goes away.
  useEffect(() => () => void runToken.current++, []);

  // The word filter changed: fetch the vocabulary again, masked the new way.
  const filterVersion = useWordFilterVersion();
  useEffect(() => {
    if (filterVersion === 0 || !stepperWorker.running) return;
    void stepperWorker
      .api()
      .info()
      .then((i) => i && setInfo(i));
  }, [filterVersion]);

  return { info, view, busy, running, error, reset, step, run, stop };
}
