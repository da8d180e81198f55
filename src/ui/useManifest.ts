import { useEffect, useState } from 'react';
import type { CorpusMeta } from '../core/corpus/metadata';

/** The built-in corpora's cards (public/corpora/manifest.json, written at build time). */
export function useManifest() {
  const [manifest, setManifest] = useState<CorpusMeta[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    fetch(`${import.meta.env.BASE_URL}corpora/manifest.json`)
      .then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.json() as Promise<{ corpora: CorpusMeta[] }>;
      })
      .then((m) => live && setManifest(m.corpora))
      .catch(
        () =>
          live && setError('The list of built-in corpora could not be loaded; you can still drop a file.'),
      );
    return () => {
      live = false;
    };
  }, []);
  return { manifest, error };
}
