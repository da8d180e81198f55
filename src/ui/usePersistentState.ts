import { type Dispatch, type SetStateAction, useEffect, useState } from 'react';

const PREFIX = 'embedding-playground:';

/**
 * State that survives a reload: read once from localStorage (merged over the defaults, so a
 * setting added later gets its default), written back on every change. Settings are small JSON;
 * vectors and models go to IndexedDB elsewhere. Storage being unavailable (private mode, quota)
 * only means the settings are not remembered.
 *
 * Settings a shared link should reproduce belong in a URL settings group instead
 * (`urlGroup` + `useUrlState`, src/ui/url/): the same localStorage memory, plus the address bar.
 */
export function usePersistentState<T extends object>(
  key: string,
  defaults: T,
): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = localStorage.getItem(PREFIX + key);
      return raw ? { ...defaults, ...(JSON.parse(raw) as Partial<T>) } : defaults;
    } catch {
      return defaults;
    }
  });
  useEffect(() => {
    try {
      localStorage.setItem(PREFIX + key, JSON.stringify(value));
    } catch {
      // Not remembered; the session goes on.
    }
  }, [key, value]);
  return [value, setValue];
}
