import * as Comlink from 'comlink';
import { useCallback, useEffect, useState } from 'react';
import type { EncoderEvent } from '../../../workers/encoder.worker';
import type { LabelledTexts } from '../../core/embed/labelledTexts';
import type { FileEntry } from '../../core/embed/modelFolder';
import type {
  EmbedOptions,
  EmbedOutcome,
  EmbedProgress,
  EncoderInfo,
  LoadOptions,
  LoadProgress,
  ModelSource,
} from '../../encoder/encoder';
import { encoderWorker } from '../bridges';
import { failure, type Shown, said } from '../i18n/shown';

export type EncoderStatus = 'idle' | 'listing' | 'loading' | 'embedding';

export interface EncoderView {
  status: EncoderStatus;
  /** The loaded model; kept when a later load fails. */
  info: EncoderInfo | null;
  loadProgress: LoadProgress | null;
  embedProgress: EmbedProgress | null;
  error: Shown | null;
}

const INITIAL: EncoderView = {
  status: 'idle',
  info: null,
  loadProgress: null,
  embedProgress: null,
  error: null,
};

/** Drives the encoder worker: load a model, list a hub repository, embed labelled texts, cancel. */
export function useEncoder() {
  const [view, setView] = useState<EncoderView>(INITIAL);

  useEffect(
    () => encoderWorker.onCrash((why) => setView({ ...INITIAL, error: said('embed.crashed', { why }) })),
    [],
  );

  const onEvent = useCallback((e: EncoderEvent) => {
    setView((v) =>
      e.type === 'load' ? { ...v, loadProgress: e.progress } : { ...v, embedProgress: e.progress },
    );
  }, []);

  const run = useCallback(async <T>(status: EncoderStatus, work: () => Promise<T>): Promise<T | null> => {
    setView((v) => ({ ...v, status, error: null, loadProgress: null, embedProgress: null }));
    try {
      const r = await work();
      setView((v) => ({ ...v, status: 'idle' }));
      return r;
    } catch (e) {
      setView((v) => ({ ...v, status: 'idle', error: failure(e) }));
      return null;
    }
  }, []);

  const load = useCallback(
    (source: ModelSource, options: LoadOptions) =>
      run('loading', async () => {
        const info = await encoderWorker.api().load(source, options, Comlink.proxy(onEvent));
        setView((v) => ({ ...v, info }));
        return info;
      }),
    [run, onEvent],
  );

  const listHub = useCallback(
    (id: string): Promise<FileEntry[] | null> => run('listing', () => encoderWorker.api().listHub(id)),
    [run],
  );

  const embed = useCallback(
    (data: LabelledTexts, options: EmbedOptions, name: string): Promise<EmbedOutcome | null> =>
      run('embedding', () => encoderWorker.api().embedLabelled(data, options, name, Comlink.proxy(onEvent))),
    [run, onEvent],
  );

  /** Embedding stops after its current batch; loading can only be stopped by ending the worker. */
  const cancel = useCallback(() => {
    if (view.status === 'embedding') void encoderWorker.api().cancel();
    else if (view.status === 'loading' || view.status === 'listing') {
      encoderWorker.terminate();
      setView({ ...INITIAL, error: said('embed.loadCancelled') });
    }
  }, [view.status]);

  const showError = useCallback((e: unknown) => setView((v) => ({ ...v, error: failure(e) })), []);

  return { view, load, listHub, embed, cancel, showError };
}
