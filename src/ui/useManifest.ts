import { useEffect, useState } from 'react';
import type { CorpusMeta } from '../core/corpus/metadata';
import { type Shown, said } from './i18n/shown';

/** The built-in corpora's cards (public/corpora/manifest.json, written at build time). */
export function useManifest() {
  const [manifest, setManifest] = useState<CorpusMeta[] | null>(null);
  const [error, setError] = useState<Shown | null>(null);
  useEffect(() => {
    let live = true;
    fetch(`${import.meta.env.BASE_URL}corpora/manifest.json`)
      .then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.json() as Promise<{ corpora: CorpusMeta[] }>;
      })
      .then((m) => live && setManifest(m.corpora))
      .catch(() => live && setError(said('corpus.listFailed')));
    return () => {
      live = false;
    };
  }, []);
  return { manifest, error };
}
