import * as Comlink from 'comlink';
import { useCallback, useRef, useState } from 'react';
import type { JobProgress, ProgressFn } from '../../../workers/vectors.worker';
import { vectorsWorker } from '../bridges';
import { failure, type Shown } from '../i18n/shown';

let nextJob = 1;

export interface Job {
  running: boolean;
  progress: JobProgress | null;
  error: Shown | null;
  setError: (e: Shown | null) => void;
  /** Runs `work` with a fresh job number and a progress callback; errors become `error`. */
  run: <T>(work: (job: number, onProgress: ProgressFn) => Promise<T>) => Promise<T | undefined>;
  cancel: () => void;
}

/**
 * One long worker job at a time for a panel: its progress (as the worker reports it, about ten
 * times a second), its error sentence, and cancel. A newer run supersedes an older one's updates.
 * `onEvent` sees every progress event (map previews use it).
 */
export function useJob(onEvent?: (p: JobProgress) => void): Job {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [error, setError] = useState<Shown | null>(null);
  const active = useRef(0);
  const listener = useRef(onEvent);
  listener.current = onEvent;

  const run = useCallback(async <T>(work: (job: number, onProgress: ProgressFn) => Promise<T>) => {
    const job = nextJob++;
    active.current = job;
    setRunning(true);
    setError(null);
    setProgress(null);
    const onProgress = Comlink.proxy((p: JobProgress) => {
      if (active.current !== job) return;
      setProgress(p);
      listener.current?.(p);
    });
    try {
      return await work(job, onProgress);
    } catch (e) {
      if (active.current === job) setError(failure(e));
      return undefined;
    } finally {
      if (active.current === job) {
        setRunning(false);
        setProgress(null);
      }
    }
  }, []);

  const cancel = useCallback(() => {
    void vectorsWorker.api().cancel(active.current);
  }, []);

  return { running, progress, error, setError, run, cancel };
}
