import { useCallback, useRef, useState } from 'react';
import { messageOf } from '../bridge/errors';
import type { CorpusSource, ReadOptions } from '../core/corpus/load';
import type { CorpusMeta } from '../core/corpus/metadata';
import type { CorpusSummary } from '../core/corpus/summary';
import type { CorpusLanguage } from '../core/text/script';
import { corpusWorker } from './bridges';

export interface CorpusState {
  /** The corpus in use: its source and identity. Unchanged when loading a new one fails. */
  current: { id: string; source: CorpusSource } | null;
  summary: CorpusSummary | null;
  loading: boolean;
  pendingTitle: string | null;
  error: string | null;
  /** The language chosen over the detected one (it picks the default tokenizer), or null. */
  language: CorpusLanguage | null;
}

/** The corpus's language: the user's choice, else the detected one. */
export function corpusLanguage(corpus: CorpusState): CorpusLanguage {
  return corpus.language ?? corpus.summary?.script.language ?? 'spaced';
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
    language: null,
  });
  const generation = useRef(0);
  // NFKC and Aozora cleanup stay chosen for the next file; an encoding choice belongs to one file.
  const textOptions = useRef<ReadOptions>({});
  const current = useRef<CorpusState['current']>(null);

  const load = useCallback(async (id: string, source: CorpusSource) => {
    const gen = ++generation.current;
    setState((s) => ({ ...s, loading: true, pendingTitle: source.title, error: null }));
    try {
      const summary = await corpusWorker.api().inspect(source);
      if (gen !== generation.current) return;
      current.current = { id, source };
      setState((s) => ({
        current: { id, source },
        summary,
        loading: false,
        pendingTitle: null,
        error: null,
        language: s.current?.id === id ? s.language : null,
      }));
    } catch (e) {
      if (gen !== generation.current) return;
      setState((s) => ({ ...s, loading: false, pendingTitle: null, error: messageOf(e) }));
    }
  }, []);

  const pickBuiltin = useCallback(
    (meta: CorpusMeta) => load(meta.id, { ...builtinSource(meta), ...textOptions.current }),
    [load],
  );
  const pickFile = useCallback(
    (file: File) =>
      load(`file:${file.name}:${file.size}:${file.lastModified}`, {
        kind: 'file',
        title: file.name,
        file,
        ...textOptions.current,
      }),
    [load],
  );
  /** Reads the corpus in use again with other text options (encoding, NFKC, Aozora cleanup). */
  const reread = useCallback(
    (read: ReadOptions) => {
      const cur = current.current;
      const { encoding: _, ...kept } = { ...textOptions.current, ...read };
      textOptions.current = kept;
      if (cur) void load(cur.id, { ...cur.source, ...read });
    },
    [load],
  );
  const setLanguage = useCallback(
    (language: CorpusLanguage | null) => setState((s) => ({ ...s, language })),
    [],
  );

  return { corpus: state, pickBuiltin, pickFile, reread, setLanguage };
}
