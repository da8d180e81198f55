import { useCallback, useEffect, useRef, useState } from 'react';
import type { CorpusSource, ReadOptions } from '../core/corpus/load';
import type { CorpusMeta } from '../core/corpus/metadata';
import type { CorpusSummary } from '../core/corpus/summary';
import type { CorpusLanguage } from '../core/text/script';
import { corpusWorker } from './bridges';
import { failure, type Shown } from './i18n/shown';
import { CORPUS, type CorpusSettings } from './url/groups';
import { useUrlState } from './url/store';

export interface CorpusState {
  /** The corpus in use: its source and identity. Unchanged when loading a new one fails. */
  current: { id: string; source: CorpusSource } | null;
  summary: CorpusSummary | null;
  loading: boolean;
  pendingTitle: string | null;
  error: Shown | null;
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
 * corpus in place and shows why. The built-in corpus, the language override and the text options
 * are settings (they travel in links): the one they name is loaded once the manifest is known,
 * and again when a lesson names another.
 */
export function useCorpus(manifest: CorpusMeta[] | null) {
  const [setting, setSetting] = useUrlState(CORPUS);
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
  const textOptions = useRef<ReadOptions>({ nfkc: setting.nfkc, aozora: setting.aozora });
  const current = useRef<CorpusState['current']>(null);

  const load = useCallback(async (id: string, source: CorpusSource) => {
    const gen = ++generation.current;
    setState((s) => ({ ...s, loading: true, pendingTitle: source.title, error: null }));
    try {
      const summary = await corpusWorker.api().inspect(source);
      if (gen !== generation.current) return;
      current.current = { id, source };
      // The language override lives in the settings (returned below), not here.
      setState({
        current: { id, source },
        summary,
        loading: false,
        pendingTitle: null,
        error: null,
        language: null,
      });
    } catch (e) {
      if (gen !== generation.current) return;
      setState((s) => ({ ...s, loading: false, pendingTitle: null, error: failure(e) }));
    }
  }, []);

  /** The built-in corpus last asked for, so the settings effect below does not load it twice. */
  const requested = useRef<string | null>(null);
  const pickBuiltin = useCallback(
    (meta: CorpusMeta) => {
      requested.current = meta.id;
      setSetting((s) =>
        s.id === meta.id ? s : { ...s, id: meta.id as CorpusSettings['id'], language: null },
      );
      return load(meta.id, { ...builtinSource(meta), ...textOptions.current });
    },
    [load, setSetting],
  );
  useEffect(() => {
    if (manifest === null || requested.current === setting.id) return;
    const meta = manifest.find((m) => m.id === setting.id) ?? manifest[0];
    if (meta) void pickBuiltin(meta);
  }, [manifest, setting.id, pickBuiltin]);
  const pickFile = useCallback(
    (file: File) => {
      setSetting((s) => ({ ...s, language: null }));
      return load(`file:${file.name}:${file.size}:${file.lastModified}`, {
        kind: 'file',
        title: file.name,
        file,
        ...textOptions.current,
      });
    },
    [load, setSetting],
  );
  /** Reads the corpus in use again with other text options (encoding, NFKC, Aozora cleanup). */
  const reread = useCallback(
    (read: ReadOptions) => {
      const cur = current.current;
      const { encoding: _, ...kept } = { ...textOptions.current, ...read };
      textOptions.current = kept;
      setSetting((s) => ({ ...s, nfkc: Boolean(kept.nfkc), aozora: Boolean(kept.aozora) }));
      if (cur) void load(cur.id, { ...cur.source, ...read });
    },
    [load, setSetting],
  );
  const setLanguage = useCallback(
    (language: CorpusLanguage | null) => setSetting((s) => ({ ...s, language })),
    [setSetting],
  );

  return { corpus: { ...state, language: setting.language }, pickBuiltin, pickFile, reread, setLanguage };
}
