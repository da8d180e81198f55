import { useCallback, useRef, useState } from 'react';
import { messageOf } from '../bridge/errors';
import type { CorpusSource } from '../core/corpus/load';
import type { CorpusMeta } from '../core/corpus/metadata';
import type { CorpusSummary } from '../core/corpus/summary';
import { corpusWorker } from './bridges';

export interface CorpusState {
  /** The corpus in use: its source and identity. Unchanged when loading a new one fails. */
  current: { id: string; source: CorpusSource } | null;
  summary: CorpusSummary | null;
  loading: boolean;
  pendingTitle: string | null;
  error: string | null;
}

/** URL of a built-in corpus file, absolute so that workers resolve it against the page, not themselves. */
export function builtinUrl(meta: CorpusMeta): string {
  return new URL(import.meta.env.BASE_URL + meta.file, window.location.href).href;
}

export function builtinSource(meta: CorpusMeta): CorpusSource {
  return { kind: 'builtin', id: meta.id, title: meta.title, url: builtinUrl(meta), format: meta.format };
}

/**
 * The corpus in use. Loading happens in the corpus worker; a failed load leaves the previous
 * corpus in place and shows why.
 */
export function useCorpus() {
  const [state, setState] = useState<CorpusState>({
    current: null,
    summary: null,
    loading: false,
    pendingTitle: null,
    error: null,
  });
  const generation = useRef(0);

  const load = useCallback(async (id: string, source: CorpusSource) => {
    const gen = ++generation.current;
    setState((s) => ({ ...s, loading: true, pendingTitle: source.title, error: null }));
    try {
      const summary = await corpusWorker.api().inspect(source);
      if (gen !== generation.current) return;
      setState({ current: { id, source }, summary, loading: false, pendingTitle: null, error: null });
    } catch (e) {
      if (gen !== generation.current) return;
      setState((s) => ({ ...s, loading: false, pendingTitle: null, error: messageOf(e) }));
    }
  }, []);

  const pickBuiltin = useCallback((meta: CorpusMeta) => load(meta.id, builtinSource(meta)), [load]);
  const pickFile = useCallback(
    (file: File) =>
      load(`file:${file.name}:${file.size}:${file.lastModified}`, { kind: 'file', title: file.name, file }),
    [load],
  );

  return { corpus: state, pickBuiltin, pickFile };
}
