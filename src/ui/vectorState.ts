/**
 * The current word-vector set, shared by the Train and Explore panels. The vectors themselves
 * live in the vectors worker; the page keeps only this description, in a tiny module-level store
 * read with `useSyncExternalStore`. `version` grows with every publication (each training
 * snapshot too), so maps and neighbour lists know when to refresh.
 */
import * as Comlink from 'comlink';
import { useSyncExternalStore } from 'react';
import type { PublishResult } from '../../workers/vectors.worker';
import type { Metadata, VectorSet } from '../core/vectors';
import { vectorsWorker } from './bridges';
import { failure, type Shown, said, worded } from './i18n/shown';

export interface VectorInfo {
  id: string;
  name: string;
  words: number;
  dim: number;
  source: 'trained' | 'imported' | 'snapshot';
  savedAt?: number;
  version: number;
}

/** A sentence about storage or the worker (not saved, worker restarted), or null. */
export type VectorNotice = Shown | null;

let current: VectorInfo | null = null;
let notice: VectorNotice = null;
let version = 0;
/** Bumped by every publication, so a slow restore never overwrites a newer set. */
let generation = 0;
/** The current corpus's vocabulary, when a panel has one to offer the importer. */
let corpusWords: readonly string[] | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const l of listeners) l();
}

function adopt(r: PublishResult): VectorInfo {
  current = { ...r.info, version: ++version };
  notice = r.storageWarning && worded(r.storageWarning);
  emit();
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  ensureStarted();
  return () => listeners.delete(listener);
}

let started = false;

/** On first use: bring back the set that was current before the page was reloaded. */
function ensureStarted(): void {
  if (started) return;
  started = true;
  vectorsWorker.onCrash((why) => {
    current = null;
    notice = said('vectors.workerStopped', { why });
    emit();
  });
  const gen = generation;
  vectorsWorker
    .api()
    .restore()
    .then((r) => {
      if (r && gen === generation) adopt(r);
    })
    .catch((e: unknown) => {
      notice = said('vectors.restoreFailed', {}, { why: failure(e) });
      emit();
    });
}

/**
 * Hands `set` to the vectors worker (its buffer is transferred: `set.data` is unusable here
 * afterwards) and makes it the current set. 'trained' and 'imported' sets are saved in
 * IndexedDB; 'snapshot' ones are only shown. `metadata` (e.g. each sentence's label) colours the map.
 */
export async function publishVectors(
  name: string,
  set: VectorSet,
  source: VectorInfo['source'],
  metadata?: Metadata,
): Promise<VectorInfo> {
  ensureStarted();
  generation++;
  const plain: VectorSet = { words: set.words, dim: set.dim, data: set.data };
  if (set.counts) plain.counts = set.counts;
  const r = await vectorsWorker
    .api()
    .publish(name, Comlink.transfer(plain, [set.data.buffer]), source, metadata);
  return adopt(r);
}

/** For the Explore panel after it imported or loaded a set in the worker itself. */
export function adoptPublished(r: PublishResult): VectorInfo {
  generation++;
  return adopt(r);
}

/** Dismisses the storage or worker notice. */
export function clearNotice(): void {
  notice = null;
  emit();
}

export function useCurrentVectors(): VectorInfo | null {
  return useSyncExternalStore(subscribe, () => current);
}

export function useVectorNotice(): VectorNotice {
  return useSyncExternalStore(subscribe, () => notice);
}

/** Offers the current corpus's vocabulary to the importer ("only words of the current corpus"). */
export function setCorpusWords(words: readonly string[] | null): void {
  corpusWords = words;
  emit();
}

export function useCorpusWords(): readonly string[] | null {
  return useSyncExternalStore(subscribe, () => corpusWords);
}
