/**
 * The vectors worker owns the current word-vector set and everything done with it: queries,
 * map projections, file import and export, evaluation, and the IndexedDB library of saved sets.
 * The page only sends words and parameters and draws what comes back.
 *
 * Long jobs take a job number and a progress callback (a comlink proxy, called at most about ten
 * times a second); `cancel(job)` stops them at their next check, which async loops reach at least
 * every 50 ms because they yield to the event loop.
 */
import * as Comlink from 'comlink';
import '../src/bridge/errors';
import { type Phrase, phrase, UserError } from '../src/core/errors';
import { mapSvg, type SvgMapInput } from '../src/core/projection/svg';
import { Tsne } from '../src/core/projection/tsne';
import { UmapRun } from '../src/core/projection/umap';
import {
  evaluateWordAnalogies,
  evaluateWordPairs,
  type Metadata,
  type Neighbour,
  pca,
  readVectors,
  type VectorSet,
  VectorSpace,
  word2vecBinaryChunks,
  word2vecTextChunks,
  writeCoordinatesCsv,
  writeProjector,
} from '../src/core/vectors';
import { FilteredSpace } from '../src/core/vectors/filteredSpace';
import {
  fromStored,
  isQuotaError,
  type StoredInfo,
  type StoredVectors,
  storedBytes,
  toStored,
  type VectorSource,
} from '../src/core/vectors/store';
import { WordFilter, type WordFilterSetting } from '../src/core/vectors/wordFilter';

/** The current set as the page knows it (the page adds its own version counter). */
export interface SetInfo {
  id: string;
  name: string;
  words: number;
  dim: number;
  source: VectorSource;
  savedAt?: number;
}

export interface PublishResult {
  info: SetInfo;
  /** Why the set could not be saved (full disk, no IndexedDB); it stays usable in this session. */
  storageWarning: Phrase | null;
}

export interface ImportRequest {
  vectors: File;
  /** Projector metadata.tsv, read with a vectors.tsv. */
  metadata?: File;
  /** Keep at most the first N words of the file. */
  limit?: number;
  /** Keep only these words (for example the current corpus's vocabulary). */
  keep?: string[];
}

export interface ImportReport {
  format: string;
  recordsRead: number;
  duplicates: number;
  stoppedEarly: boolean;
  bytesRead: number;
  seconds: number;
}

export interface JobProgress {
  /** What is being done, for the page to show ("Reading", "Neighbour graph", "Optimising"). */
  phase: Phrase;
  /** 0–1 within the whole job. */
  fraction: number;
  /** A preview of the layout while it is being optimised (`rows × 2`). */
  coords?: Float32Array;
  /** With the first preview: the words and rows the preview's points are. */
  words?: string[];
  rows?: Int32Array;
}

export type ProgressFn = (p: JobProgress) => void;

/** Which words a map shows. */
export type MapSelection =
  | { kind: 'top'; n: number }
  | { kind: 'search'; query: string; n: number }
  | { kind: 'neighbours'; word: string; n: number };

export interface MapParams {
  method: 'pca' | 'umap' | 'tsne' | 'axes';
  select: MapSelection;
  seed: number;
  /** t-SNE. */
  perplexity: number;
  /** UMAP. */
  neighbours: number;
  /** t-SNE iterations / UMAP epochs. */
  iterations: number;
  /** Semantic axes: x from x[0] to x[1], y likewise. */
  axes?: { x: [string, string]; y: [string, string] };
}

/** A categorical colouring column for the map: `codes[i]` indexes `categories` (last is "other"). */
export interface MapColumn {
  name: string;
  categories: string[];
  codes: Uint8Array;
}

export interface MapData {
  /** Id and version-free description of the set it was computed from. */
  setId: string;
  title: Phrase;
  method: MapParams['method'];
  words: string[];
  /** Row of each point in the vector set (0 = most frequent). */
  rows: Int32Array;
  /** `words.length × 2` row-major. */
  coords: Float32Array;
  /** Corpus counts when the set has them. */
  counts?: Float64Array;
  columns: MapColumn[];
  axisTitles?: { x: string; y: string };
  /** One line about the result, e.g. PCA's explained variance. */
  note: Phrase;
  seconds: number;
}

export interface EvalReport {
  kind: 'analogies' | 'pairs';
  fileName: string;
  /** Analogies: per section. */
  sections?: { section: string; correct: number; incorrect: number; accuracy: number }[];
  total?: { correct: number; incorrect: number; accuracy: number };
  spearman?: number;
  pearson?: number;
  /** Items with every word known / all items. */
  coverage: number;
  items: number;
  oov: number;
  seconds: number;
}

interface Current {
  info: SetInfo;
  set: VectorSet;
  space: VectorSpace;
  metadata?: Metadata;
}

/** Most points each method accepts (t-SNE's neighbour search is O(n²); UMAP's graph is heavy). */
const MAX_POINTS = { pca: 200_000, axes: 200_000, umap: 20_000, tsne: 10_000 } as const;

/** "PCA of 2,000 words from <set>": one sentence per method, so each has its own translation. */
function mapTitle(method: MapParams['method'], words: string, name: string): Phrase {
  const params = { words, name };
  switch (method) {
    case 'pca':
      return phrase('map-title-pca', `PCA of ${words} words from ${name}`, params);
    case 'umap':
      return phrase('map-title-umap', `UMAP of ${words} words from ${name}`, params);
    case 'tsne':
      return phrase('map-title-tsne', `t-SNE of ${words} words from ${name}`, params);
    case 'axes':
      return phrase('map-title-axes', `Semantic axes of ${words} words from ${name}`, params);
  }
}

/** Most categories a colouring column keeps; the rest become "other". */
const MAX_CATEGORIES = 7;

let current: Current | null = null;
let lastMap: MapData | null = null;
/** The classroom word filter the page set, and the current set seen through it (built on demand). */
let wordFilter: WordFilter | null = null;
let filtered: { cur: Current; view: FilteredSpace } | null = null;

/** What a person may see of `cur`: every query the page makes goes through this. */
function visible(cur: Current): FilteredSpace {
  if (filtered?.cur !== cur) filtered = { cur, view: new FilteredSpace(cur.space, wordFilter) };
  return filtered.view;
}
const cancelled = new Set<number>();

function requireCurrent(): Current {
  if (!current) {
    throw new UserError(
      'no-vectors',
      'There are no word vectors yet: train some, import a file or load a saved set.',
    );
  }
  return current;
}

function abortError(): Error {
  const e = new Error('Cancelled.');
  e.name = 'AbortError';
  return e;
}

function checkCancelled(job: number): void {
  if (cancelled.has(job)) {
    cancelled.delete(job);
    throw abortError();
  }
}

const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Calls `fn` at most every `ms` milliseconds, except when forced. */
function throttle(fn: ProgressFn, ms = 100): (p: JobProgress, force?: boolean) => void {
  let last = 0;
  return (p, force = false) => {
    const now = performance.now();
    if (!force && now - last < ms) return;
    last = now;
    fn(p);
  };
}

// ---------------------------------------------------------------- IndexedDB library

const DB_NAME = 'embedding-playground-vectors';
let dbPromise: Promise<IDBDatabase> | null = null;

function openDb(): Promise<IDBDatabase> {
  dbPromise ??= new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new UserError('no-storage', 'This browser offers no storage (IndexedDB) to this page.'));
      return;
    }
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => {
      const db = req.result;
      db.createObjectStore('info', { keyPath: 'id' });
      db.createObjectStore('data', { keyPath: 'id' });
      db.createObjectStore('state');
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  dbPromise.catch(() => {
    dbPromise = null;
  });
  return dbPromise;
}

function requestResult<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

async function saveSet(info: StoredInfo, rec: StoredVectors): Promise<void> {
  const db = await openDb();
  const tx = db.transaction(['info', 'data', 'state'], 'readwrite');
  tx.objectStore('data').put(rec);
  tx.objectStore('info').put(info);
  tx.objectStore('state').put(info.id, 'current');
  await transactionDone(tx);
}

async function setCurrentId(id: string): Promise<void> {
  const db = await openDb();
  const tx = db.transaction('state', 'readwrite');
  tx.objectStore('state').put(id, 'current');
  await transactionDone(tx);
}

function storageWarning(e: unknown): Phrase {
  if (isQuotaError(e)) {
    return phrase(
      'vectors-storage-full',
      'The browser’s storage for this page is full, so these vectors were not saved: they stay usable until you close or reload the page. Delete saved sets to make room.',
    );
  }
  const detail = e instanceof Error ? e.message : String(e);
  return phrase(
    'vectors-not-saved',
    `These vectors could not be saved in the browser’s storage (${detail}); they stay usable until you close or reload the page.`,
    { detail },
  );
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `set-${Date.now()}-${Math.floor(Math.random() * 1e9)}`;
}

/** Makes `set` the current one; saves it unless it is a training snapshot. */
async function install(
  name: string,
  set: VectorSet,
  source: VectorSource,
  metadata?: Metadata,
): Promise<PublishResult> {
  const space = new VectorSpace(set);
  const id = source === 'snapshot' ? `snapshot:${name}` : newId();
  const info: SetInfo = { id, name, words: set.words.length, dim: set.dim, source };
  current = { info, set, space, metadata };
  if (source === 'snapshot') return { info, storageWarning: null };
  const rec = toStored(id, set, metadata);
  const savedAt = Date.now();
  const stored: StoredInfo = { ...info, savedAt, bytes: storedBytes(rec) };
  try {
    await saveSet(stored, rec);
    info.savedAt = savedAt;
    return { info, storageWarning: null };
  } catch (e) {
    return { info, storageWarning: storageWarning(e) };
  }
}

async function loadSaved(id: string): Promise<PublishResult> {
  const db = await openDb();
  const tx = db.transaction(['info', 'data'], 'readonly');
  const [stored, rec] = await Promise.all([
    requestResult(tx.objectStore('info').get(id) as IDBRequest<StoredInfo | undefined>),
    requestResult(tx.objectStore('data').get(id) as IDBRequest<StoredVectors | undefined>),
  ]);
  if (!stored || !rec) throw new UserError('not-saved', 'This vector set is no longer saved in the browser.');
  const { set, metadata } = fromStored(rec);
  const info: SetInfo = {
    id,
    name: stored.name,
    words: set.words.length,
    dim: set.dim,
    source: stored.source,
    savedAt: stored.savedAt,
  };
  current = { info, set, space: new VectorSpace(set), metadata };
  return { info, storageWarning: null };
}

// ---------------------------------------------------------------- maps

function selectRows(cur: Current, sel: MapSelection, max: number): Int32Array {
  const n = Math.max(1, Math.min(Math.floor(sel.n), max));
  if (sel.kind === 'top') return visible(cur).topRows(n);
  if (sel.kind === 'search') {
    const rows = visible(cur).matchRows(sel.query, n);
    if (rows.length === 0)
      throw new UserError('no-match', `No word contains “${sel.query.trim()}”.`, { query: sel.query.trim() });
    return rows;
  }
  return visible(cur).neighbourRows(sel.word.trim(), n);
}

/** The selected rows' vectors, `rows × dim`. */
function gather(set: VectorSet, rows: Int32Array): Float32Array {
  const d = set.dim;
  const out = new Float32Array(rows.length * d);
  for (let i = 0; i < rows.length; i++) out.set(set.data.subarray(rows[i] * d, (rows[i] + 1) * d), i * d);
  return out;
}

/** Categorical colouring columns from a Projector metadata file (all columns but the word). */
function mapColumns(cur: Current, rows: Int32Array): MapColumn[] {
  const meta = cur.metadata;
  if (!meta || meta.columns.length < 2) return [];
  const out: MapColumn[] = [];
  for (let c = 1; c < meta.columns.length; c++) {
    const tally = new Map<string, number>();
    for (const r of rows) {
      const v = meta.rows[r]?.[c] ?? '';
      tally.set(v, (tally.get(v) ?? 0) + 1);
    }
    const ranked = [...tally.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const keep = ranked.length <= MAX_CATEGORIES + 1 ? ranked : ranked.slice(0, MAX_CATEGORIES);
    const categories = keep.map(([v]) => v || '(empty)');
    const index = new Map(keep.map(([v], i) => [v, i]));
    const other = ranked.length > keep.length;
    if (other) categories.push('other');
    const codes = new Uint8Array(rows.length);
    rows.forEach((r, i) => {
      codes[i] = index.get(meta.rows[r]?.[c] ?? '') ?? categories.length - 1;
    });
    out.push({ name: meta.columns[c], categories, codes });
  }
  return out;
}

async function runTsne(
  data: Float32Array,
  dim: number,
  p: MapParams,
  job: number,
  report: (x: JobProgress, force?: boolean) => void,
): Promise<Float32Array> {
  const t = new Tsne(data, dim, {
    perplexity: p.perplexity,
    seed: p.seed,
    onAffinityProgress: (f) =>
      report({ phase: phrase('phase-neighbours', 'Finding neighbours'), fraction: 0.2 * f }),
  });
  const total = Math.max(1, Math.floor(p.iterations));
  let preview = 0;
  while (t.iteration < total) {
    const t0 = performance.now();
    while (t.iteration < total && performance.now() - t0 < 50) t.step();
    const now = performance.now();
    const withCoords = now - preview > 250;
    if (withCoords) preview = now;
    report(
      {
        phase: phrase('phase-tsne', `Optimising (iteration ${t.iteration} of ${total})`, {
          iteration: t.iteration,
          total,
        }),
        fraction: 0.2 + (0.8 * t.iteration) / total,
        coords: withCoords ? t.coords() : undefined,
      },
      withCoords,
    );
    await yieldToEvents();
    checkCancelled(job);
  }
  return t.coords();
}

async function runUmap(
  data: Float32Array,
  dim: number,
  p: MapParams,
  job: number,
  report: (x: JobProgress, force?: boolean) => void,
): Promise<Float32Array> {
  report({ phase: phrase('phase-graph', 'Building the neighbour graph'), fraction: 0 }, true);
  await yieldToEvents();
  const u = new UmapRun(data, dim, { neighbours: p.neighbours, epochs: p.iterations, seed: p.seed });
  checkCancelled(job);
  let preview = 0;
  let more = true;
  while (more) {
    const t0 = performance.now();
    while (more && performance.now() - t0 < 50) more = u.step();
    const now = performance.now();
    const withCoords = now - preview > 250;
    if (withCoords) preview = now;
    report(
      {
        phase: phrase('phase-umap', `Optimising (epoch ${u.epoch} of ${u.epochs})`, {
          epoch: u.epoch,
          epochs: u.epochs,
        }),
        fraction: 0.2 + (0.8 * u.epoch) / u.epochs,
        coords: withCoords ? u.coords() : undefined,
      },
      withCoords,
    );
    await yieldToEvents();
    checkCancelled(job);
  }
  return u.coords();
}

function fmtShare(x: number): string {
  return `${(100 * x).toFixed(1)} %`;
}

async function project(p: MapParams, job: number, onProgress: ProgressFn): Promise<MapData> {
  const cur = requireCurrent();
  const t0 = performance.now();
  const reportRaw = throttle(onProgress);
  reportRaw({ phase: phrase('phase-choosing', 'Choosing words'), fraction: 0 }, true);
  const rows = selectRows(cur, p.select, MAX_POINTS[p.method]);
  if (rows.length < (p.method === 'axes' ? 1 : 4)) {
    throw new UserError('too-few-points', 'A map needs at least four words: choose more.');
  }
  const words = Array.from(rows, (r) => cur.set.words[r]);
  // The first layout preview carries the words, so the page can draw it before the result.
  let named = false;
  const report = (x: JobProgress, force?: boolean) => {
    if (x.coords && !named) {
      named = true;
      reportRaw({ ...x, words, rows }, true);
    } else reportRaw(x, force);
  };
  let coords: Float32Array;
  let note: Phrase;
  let axisTitles: MapData['axisTitles'];
  if (p.method === 'axes') {
    const ax = p.axes;
    if (!ax || [...ax.x, ...ax.y].some((w) => w.trim() === '')) {
      throw new UserError('axes-words', 'Give two words for each axis, such as “man” → “woman”.');
    }
    const clean = (pair: [string, string]) => [pair[0].trim(), pair[1].trim()] as const;
    coords = visible(cur).semanticAxes(clean(ax.x), clean(ax.y), rows);
    axisTitles = { x: `${ax.x[0]} → ${ax.x[1]}`, y: `${ax.y[0]} → ${ax.y[1]}` };
    note = phrase('map-note-axes', 'Each word’s cosine with the two axis directions.');
  } else {
    const data = gather(cur.set, rows);
    if (p.method === 'pca') {
      const r = pca(
        { data, dim: cur.set.dim },
        {
          seed: p.seed,
          onProgress: (f) => report({ phase: phrase('phase-covariance', 'Covariance'), fraction: 0.9 * f }),
        },
      );
      coords = r.coords;
      const [a, b] = r.explainedVarianceRatio;
      note = phrase(
        'map-note-pca',
        `The two axes explain ${fmtShare(a)} and ${fmtShare(b ?? 0)} of the variance.`,
        { x: fmtShare(a), y: fmtShare(b ?? 0) },
      );
    } else if (p.method === 'umap') {
      coords = await runUmap(data, cur.set.dim, p, job, report);
      const neighbours = Math.min(p.neighbours, rows.length - 1);
      note = phrase('map-note-umap', `UMAP, ${neighbours} neighbours, seed ${p.seed}.`, {
        neighbours,
        seed: p.seed,
      });
    } else {
      coords = await runTsne(data, cur.set.dim, p, job, report);
      const perplexity = Math.min(p.perplexity, (rows.length - 1) / 3).toFixed(0);
      note = phrase('map-note-tsne', `t-SNE, perplexity ${perplexity}, seed ${p.seed}.`, {
        perplexity,
        seed: p.seed,
      });
    }
  }
  report({ phase: phrase('phase-done', 'Done'), fraction: 1 }, true);
  const counts = cur.set.counts ? Float64Array.from(rows, (r) => Number(cur.set.counts![r])) : undefined;
  const map: MapData = {
    setId: cur.info.id,
    title: mapTitle(p.method, words.length.toLocaleString('en-US'), cur.info.name),
    method: p.method,
    words,
    rows,
    coords,
    counts,
    columns: mapColumns(cur, rows),
    axisTitles,
    note,
    seconds: (performance.now() - t0) / 1000,
  };
  lastMap = map;
  return map;
}

// ---------------------------------------------------------------- export

type Part = Uint8Array<ArrayBuffer> | string;

function blobOf(parts: Iterable<Uint8Array>, type: string): Blob {
  return new Blob([...parts] as Part[], { type });
}

function baseName(name: string): string {
  return (
    name
      .replace(/\.[A-Za-z0-9]{1,5}$/, '')
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .slice(0, 60) || 'vectors'
  );
}

// ---------------------------------------------------------------- the API

const api = {
  /**
   * Makes `set` current (its buffer is transferred here) and saves it unless it is a snapshot.
   * `metadata` (Projector columns, row i for set.words[i]) colours the map and goes into exports.
   */
  publish(name: string, set: VectorSet, source: VectorSource, metadata?: Metadata): Promise<PublishResult> {
    return install(name, set, source, metadata);
  },

  /** After a page load: the set that was current last time, or null. Keeps a set published meanwhile. */
  async restore(): Promise<PublishResult | null> {
    const already = (): PublishResult | null =>
      current ? { info: current.info, storageWarning: null } : null;
    if (current) return already();
    const db = await openDb();
    const id = await requestResult(db.transaction('state').objectStore('state').get('current'));
    // A set published while storage was being read wins over the remembered one.
    if (typeof id !== 'string' || already()) return already();
    try {
      return await loadSaved(id);
    } catch (e) {
      if (e instanceof UserError && e.code === 'not-saved') return null;
      throw e;
    }
  },

  /** Saved sets, newest first. */
  async list(): Promise<StoredInfo[]> {
    const db = await openDb();
    const all = await requestResult(
      db.transaction('info').objectStore('info').getAll() as IDBRequest<StoredInfo[]>,
    );
    return all.sort((a, b) => b.savedAt - a.savedAt);
  },

  async load(id: string): Promise<PublishResult> {
    const r = await loadSaved(id);
    await setCurrentId(id).catch(() => undefined);
    return r;
  },

  /** Deletes a saved set; the current set stays usable in memory even if it was that one. */
  async remove(id: string): Promise<void> {
    const db = await openDb();
    const tx = db.transaction(['info', 'data', 'state'], 'readwrite');
    tx.objectStore('info').delete(id);
    tx.objectStore('data').delete(id);
    const state = tx.objectStore('state');
    const cur = await requestResult(state.get('current'));
    if (cur === id) state.delete('current');
    await transactionDone(tx);
  },

  /** Reads a vector file (streamed from the File) and makes it current. */
  async importFiles(
    req: ImportRequest,
    job: number,
    onProgress: ProgressFn,
  ): Promise<PublishResult & { report: ImportReport }> {
    const t0 = performance.now();
    const report = throttle(onProgress);
    const size = req.vectors.size;
    const signal = {
      get aborted() {
        return cancelled.has(job);
      },
      get reason() {
        return abortError();
      },
    };
    let result: Awaited<ReturnType<typeof readVectors>>;
    try {
      result = await readVectors(req.vectors.stream(), {
        limit: req.limit,
        keep: req.keep ? new Set(req.keep) : undefined,
        metadata: req.metadata?.stream(),
        signal,
        onProgress: (bytes) =>
          report({
            phase: phrase('phase-reading', `Reading ${req.vectors.name}`, { name: req.vectors.name }),
            fraction: size > 0 ? Math.min(1, bytes / size) : 0,
          }),
      });
    } finally {
      cancelled.delete(job);
    }
    if (result.vectors.words.length === 0) {
      if (req.keep) {
        throw new UserError(
          'no-corpus-words-in-vectors',
          `None of the words of the current corpus is in ${req.vectors.name}.`,
          { name: req.vectors.name },
        );
      }
      throw new UserError('no-vectors-kept', `${req.vectors.name} holds no word vectors.`, {
        name: req.vectors.name,
      });
    }
    report({ phase: phrase('phase-saving', 'Saving'), fraction: 1 }, true);
    const published = await install(req.vectors.name, result.vectors, 'imported', result.metadata);
    return {
      ...published,
      report: {
        format: result.format,
        recordsRead: result.recordsRead,
        duplicates: result.duplicates,
        stoppedEarly: result.stoppedEarly,
        bytesRead: result.bytesRead,
        seconds: (performance.now() - t0) / 1000,
      },
    };
  },

  cancel(job: number): void {
    cancelled.add(job);
  },

  neighbours(word: string, k: number, metric: 'cosine' | 'euclidean'): Neighbour[] {
    return visible(requireCurrent()).nearest(word.trim(), k, metric);
  },

  analogy(a: string, b: string, c: string, method: '3CosAdd' | '3CosMul', k: number): Neighbour[] {
    return visible(requireCurrent()).analogy(a.trim(), b.trim(), c.trim(), method, k);
  },

  similarity(a: string, b: string): number {
    return visible(requireCurrent()).similarity(a.trim(), b.trim());
  },

  oddOneOut(words: string[]): { word: string; similarities: number[] } {
    const r = visible(requireCurrent()).oddOneOut(words);
    return { word: r.word, similarities: r.similarities };
  },

  /** Words of the current set starting with `prefix`, most frequent first (for the search box). */
  complete(prefix: string, max: number): string[] {
    return visible(requireCurrent()).complete(prefix, max);
  },

  /**
   * The classroom word filter for every later query. The last map is forgotten (its words were
   * chosen without this filter), so its exports wait for a map computed with it. Returns how many
   * words of the current set it hides.
   */
  setWordFilter(setting: WordFilterSetting): { hidden: number } {
    wordFilter = WordFilter.from(setting);
    filtered = null;
    lastMap = null;
    return { hidden: current ? visible(current).hiddenCount : 0 };
  },

  /** How many words of the current set the filter hides. */
  hiddenWords(): number {
    return current ? visible(current).hiddenCount : 0;
  },

  project(params: MapParams, job: number, onProgress: ProgressFn): Promise<MapData> {
    return project(params, job, onProgress).finally(() => cancelled.delete(job));
  },

  /** The current set as files to download: word2vec text or binary, or the Projector's three files. */
  exportVectors(format: 'word2vec-text' | 'word2vec-binary' | 'projector'): { name: string; blob: Blob }[] {
    const cur = requireCurrent();
    const base = baseName(cur.info.name);
    if (format === 'word2vec-text')
      return [{ name: `${base}.txt`, blob: blobOf(word2vecTextChunks(cur.set), 'text/plain') }];
    if (format === 'word2vec-binary') {
      return [
        { name: `${base}.bin`, blob: blobOf(word2vecBinaryChunks(cur.set), 'application/octet-stream') },
      ];
    }
    const meta = cur.metadata;
    const extraColumns =
      meta && meta.columns.length > 1
        ? meta.columns.slice(1).map((name, c) => ({ name, values: meta.rows.map((r) => r[c + 1] ?? '') }))
        : undefined;
    const files = writeProjector(cur.set, {
      extraColumns,
      tensorName: cur.info.name,
      vectorsPath: `${base}_vectors.tsv`,
      metadataPath: `${base}_metadata.tsv`,
    });
    return [
      { name: `${base}_vectors.tsv`, blob: blobOf([files.vectorsTsv], 'text/tab-separated-values') },
      { name: `${base}_metadata.tsv`, blob: blobOf([files.metadataTsv], 'text/tab-separated-values') },
      {
        name: `${base}_projector_config.json`,
        blob: new Blob([files.configJson], { type: 'application/json' }),
      },
    ];
  },

  /** The last map's coordinates as CSV: word, x, y, rank (1 = most frequent), count, metadata. */
  exportCoordinates(): { name: string; blob: Blob } {
    const map = lastMap;
    if (!map) throw new UserError('no-map', 'Compute a map first.');
    const extraColumns = [{ name: 'rank', values: Array.from(map.rows, (r) => r + 1) }];
    if (map.counts) extraColumns.push({ name: 'count', values: Array.from(map.counts) });
    const cols = map.columns.map((c) => ({
      name: c.name,
      values: Array.from(c.codes, (k) => c.categories[k]),
    }));
    const bytes = writeCoordinatesCsv(map.words, map.coords, { extraColumns: [...extraColumns, ...cols] });
    return {
      name: `${baseName(current?.info.name ?? 'map')}_${map.method}_coordinates.csv`,
      blob: blobOf([bytes], 'text/csv'),
    };
  },

  /** The last map as SVG, drawn with the page's view, colours and placed labels. */
  exportSvg(input: Omit<SvgMapInput, 'coords'>): { name: string; blob: Blob } {
    const map = lastMap;
    if (!map) throw new UserError('no-map', 'Compute a map first.');
    const svg = mapSvg({ ...input, coords: map.coords, title: input.title ?? map.title.text });
    return {
      name: `${baseName(current?.info.name ?? 'map')}_${map.method}.svg`,
      blob: new Blob([svg], { type: 'image/svg+xml' }),
    };
  },

  /** Scores the current set on an analogy file (questions-words) or a word-pair file. */
  async evaluate(file: File, kind: 'analogies' | 'pairs', onProgress: ProgressFn): Promise<EvalReport> {
    const cur = requireCurrent();
    const t0 = performance.now();
    const report = throttle(onProgress);
    report(
      { phase: phrase('phase-reading', `Reading ${file.name}`, { name: file.name }), fraction: 0 },
      true,
    );
    const text = await file.text();
    if (kind === 'pairs') {
      const r = evaluateWordPairs(cur.space, text);
      return {
        kind,
        fileName: file.name,
        spearman: r.spearman,
        pearson: r.pearson,
        coverage: r.coverage,
        items: r.pairs,
        oov: r.oov,
        seconds: (performance.now() - t0) / 1000,
      };
    }
    const r = evaluateWordAnalogies(cur.space, text, {
      onProgress: (done, total) =>
        report({
          phase: phrase('phase-question', `Question ${done} of ${total}`, { done, total }),
          fraction: done / total,
        }),
    });
    report({ phase: phrase('phase-done', 'Done'), fraction: 1 }, true);
    return {
      kind,
      fileName: file.name,
      sections: r.sections,
      total: r.total,
      coverage: r.coverage,
      items: r.questions,
      oov: r.oov,
      seconds: (performance.now() - t0) / 1000,
    };
  },
};

export type VectorsApi = typeof api;
Comlink.expose(api);
