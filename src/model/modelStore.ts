/**
 * Saved classifiers. The network goes through TensorFlow.js's own IndexedDB handler
 * (`indexeddb://`), and beside it, in a small database of ours, everything a prediction needs to
 * be reproduced: the tokenizer's word index, the cleaning options, padding, maxlen and classes.
 * Works in workers (IndexedDB exists there). Download produces the standard TensorFlow.js files
 * (`model.json` + `weights.bin`) plus `classifier.json` with the same metadata.
 */

import type { TokenizerJSON } from '../core/classify/tokenizer';
import { type Phrase, UserError } from '../core/errors';
import type { CleanOptions } from '../core/text/clean';
import { tf, tfl } from './tf';

export interface ClassifierMeta {
  format: 'embedding-playground/classifier';
  version: 1;
  name: string;
  savedAt: number;
  classes: string[];
  maxlen: number;
  padding: 'pre' | 'post';
  truncating: 'pre' | 'post';
  clean: Partial<CleanOptions>;
  tokenizer: TokenizerJSON;
  /** What the page shows in the list. */
  /** A Phrase (see src/core/errors.ts); models saved before it was one keep an English string. */
  description: Phrase | string;
  testAccuracy: number | null;
}

const DB = 'embedding-playground-models';
const STORE = 'classifiers';
const modelUrl = (name: string) => `indexeddb://embedding-playground/classifier/${name}`;

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'name' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function tx<T>(mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const t = db.transaction(STORE, mode);
      const req = work(t.objectStore(STORE));
      t.oncomplete = () => resolve(req.result);
      t.onerror = () => reject(t.error);
      t.onabort = () => reject(t.error);
    });
  } finally {
    db.close();
  }
}

function storageError(e: unknown): UserError {
  if (e instanceof DOMException && e.name === 'QuotaExceededError') {
    return new UserError(
      'storage-full',
      'The model could not be saved: the browser’s storage for this page is full. Delete saved models or vectors and try again; the trained model stays in memory.',
    );
  }
  const detail = e instanceof Error ? e.message : String(e);
  return new UserError('storage-failed', `The model could not be saved (${detail}); it stays in memory.`, {
    detail,
  });
}

export async function saveClassifier(model: tfl.LayersModel, meta: ClassifierMeta): Promise<void> {
  if (!/^[\p{L}\p{N} _.-]{1,80}$/u.test(meta.name)) {
    throw new UserError(
      'bad-name',
      'A model name may use letters, digits, spaces, dots, dashes and underscores (1–80 characters).',
    );
  }
  try {
    await model.save(modelUrl(meta.name));
    await tx('readwrite', (s) => s.put(meta));
  } catch (e) {
    throw storageError(e);
  }
}

export async function listClassifiers(): Promise<ClassifierMeta[]> {
  const all = await tx<ClassifierMeta[]>('readonly', (s) => s.getAll() as IDBRequest<ClassifierMeta[]>);
  return all.sort((a, b) => b.savedAt - a.savedAt);
}

export async function loadClassifier(
  name: string,
): Promise<{ model: tfl.LayersModel; meta: ClassifierMeta }> {
  const meta = await tx<ClassifierMeta | undefined>(
    'readonly',
    (s) => s.get(name) as IDBRequest<ClassifierMeta | undefined>,
  );
  if (!meta) throw new UserError('no-such-model', `There is no saved model called “${name}”.`, { name });
  const model = await tfl.loadLayersModel(modelUrl(name));
  return { model, meta };
}

export async function deleteClassifier(name: string): Promise<void> {
  await tx('readwrite', (s) => s.delete(name));
  try {
    await tf.io.removeModel(modelUrl(name));
  } catch {
    // The metadata is gone; a missing network entry is not worth an error.
  }
}

export interface DownloadFile {
  name: string;
  blob: Blob;
}

/** TensorFlow.js's standard files (model.json + weights.bin) and classifier.json beside them. */
export async function classifierFiles(model: tfl.LayersModel, meta: ClassifierMeta): Promise<DownloadFile[]> {
  let files: DownloadFile[] = [];
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const weights =
        artifacts.weightData instanceof ArrayBuffer
          ? artifacts.weightData
          : tf.io.concatenateArrayBuffers(artifacts.weightData ?? []);
      const json = {
        modelTopology: artifacts.modelTopology,
        format: artifacts.format,
        generatedBy: artifacts.generatedBy,
        convertedBy: artifacts.convertedBy,
        weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs ?? [] }],
      };
      files = [
        { name: 'model.json', blob: new Blob([JSON.stringify(json)], { type: 'application/json' }) },
        { name: 'weights.bin', blob: new Blob([weights], { type: 'application/octet-stream' }) },
        {
          name: 'classifier.json',
          blob: new Blob([JSON.stringify(meta, null, 1)], { type: 'application/json' }),
        },
      ];
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  return files;
}
