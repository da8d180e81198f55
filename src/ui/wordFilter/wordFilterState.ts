/**
 * The classroom word filter as a page setting: kept in the URL (a lesson link turns it on with
 * `filter=1`) and in localStorage like every other setting, and handed to every worker that shows
 * words — the vectors worker (Explore's queries and maps), the trainer (live neighbours), the
 * step-through and the corpus charts — so hidden words are dropped where they are computed and
 * never reach the page. A worker that starts later, or restarts after a crash, gets it at once
 * (`WorkerBridge.onStart`).
 */
import { useSyncExternalStore } from 'react';
import { DEFAULT_WORD_FILTER, type WordFilterSetting } from '../../core/vectors/wordFilter';
import { corpusWorker, stepperWorker, trainerWorker, vectorsWorker } from '../bridges';
import { bool, list, text } from '../url/codecs';
import { urlGroup, urlStore, useUrlState } from '../url/store';

/** One entry: no commas (the URL list's separator) and no spaces (words have none). */
const entry = text(60, { pattern: /[^,\s]+/u, samples: ['whale', 'zork*'] });

/** URL parameters: `filter` (on/off), `filter.builtIn`, `filter.words` (the teacher's own entries). */
export const WORD_FILTER = urlGroup<WordFilterSetting>('word-filter', DEFAULT_WORD_FILTER, {
  filter: ['enabled', bool],
  'filter.builtIn': ['builtIn', bool],
  'filter.words': ['words', list(entry, 200)],
});

/** Bumped whenever the filter changes, so views that show words ask their worker again. */
let version = 0;
const listeners = new Set<() => void>();

function send(setting: WordFilterSetting): void {
  // Only running workers: the others get it from onStart when they are first needed.
  if (vectorsWorker.running) void vectorsWorker.api().setWordFilter(setting);
  if (trainerWorker.running) void trainerWorker.api().setWordFilter(setting);
  if (corpusWorker.running) void corpusWorker.api().setWordFilter(setting);
  if (stepperWorker.running) void stepperWorker.api().setWordFilter(setting);
}

vectorsWorker.onStart((api) => void api.setWordFilter(urlStore.get(WORD_FILTER)));
trainerWorker.onStart((api) => void api.setWordFilter(urlStore.get(WORD_FILTER)));
corpusWorker.onStart((api) => void api.setWordFilter(urlStore.get(WORD_FILTER)));
stepperWorker.onStart((api) => void api.setWordFilter(urlStore.get(WORD_FILTER)));

let last = urlStore.get(WORD_FILTER);
urlStore.subscribe(WORD_FILTER, () => {
  const next = urlStore.get(WORD_FILTER);
  if (next === last) return;
  last = next;
  send(next);
  version++;
  for (const l of listeners) l();
});

/** `[setting, setSetting]`, like useState. */
export function useWordFilter() {
  return useUrlState(WORD_FILTER);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A number that changes whenever the filter does: put it in an effect's dependencies to re-ask. */
export function useWordFilterVersion(): number {
  return useSyncExternalStore(subscribe, () => version);
}
