/**
 * The stored form of a vector set (what the vectors worker puts in IndexedDB) and back.
 *
 * Words are packed as one UTF-8 byte array plus end offsets instead of a `string[]`: one
 * structured-clone object instead of millions, so saving and loading 100k+ words is a couple of
 * buffer copies, and no separator character is reserved (any word survives).
 */
import { UserError } from '../errors.ts';
import type { Metadata } from './read.ts';
import type { VectorSet } from './types.ts';

/** Where a set came from: trained here, imported from a file, or a live training snapshot. */
export type VectorSource = 'trained' | 'imported' | 'snapshot';

/** What the list of saved sets shows; stored apart from the data so listing loads no vectors. */
export interface StoredInfo {
  id: string;
  name: string;
  words: number;
  dim: number;
  source: VectorSource;
  /** ms since the epoch. */
  savedAt: number;
  /** Bytes of the stored record (vectors + words), for the list. */
  bytes: number;
}

export interface StoredVectors {
  id: string;
  dim: number;
  /** UTF-8 bytes of all words, concatenated. */
  wordBytes: Uint8Array;
  /** `ends[i]` is the byte offset just past word i. */
  wordEnds: Uint32Array;
  /** `words × dim` float32 values. */
  data: Float32Array;
  counts?: Uint32Array;
  metadata?: Metadata;
}

export function packWords(words: readonly string[]): { bytes: Uint8Array; ends: Uint32Array } {
  const enc = new TextEncoder();
  const ends = new Uint32Array(words.length);
  let cap = 16;
  for (const w of words) cap += w.length * 3;
  const bytes = new Uint8Array(cap);
  let off = 0;
  for (let i = 0; i < words.length; i++) {
    off += enc.encodeInto(words[i], bytes.subarray(off)).written;
    ends[i] = off;
  }
  return { bytes: bytes.slice(0, off), ends };
}

export function unpackWords(bytes: Uint8Array, ends: Uint32Array): string[] {
  const dec = new TextDecoder();
  const out = new Array<string>(ends.length);
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    out[i] = dec.decode(bytes.subarray(start, ends[i]));
    start = ends[i];
  }
  return out;
}

export function toStored(id: string, set: VectorSet, metadata?: Metadata): StoredVectors {
  const { bytes, ends } = packWords(set.words);
  const rec: StoredVectors = { id, dim: set.dim, wordBytes: bytes, wordEnds: ends, data: set.data };
  if (set.counts) rec.counts = Uint32Array.from(set.counts);
  if (metadata) rec.metadata = metadata;
  return rec;
}

/** Checks the record's shape (storage can hold anything) and rebuilds the set. */
export function fromStored(rec: StoredVectors): { set: VectorSet; metadata?: Metadata } {
  const words = unpackWords(rec.wordBytes, rec.wordEnds);
  if (!(rec.data instanceof Float32Array) || rec.data.length !== words.length * rec.dim) {
    throw new UserError(
      'damaged-store',
      'This saved vector set is damaged (its size does not match its word count); delete it and import it again.',
    );
  }
  const set: VectorSet = { words, dim: rec.dim, data: rec.data };
  if (rec.counts && rec.counts.length === words.length) set.counts = rec.counts;
  return rec.metadata ? { set, metadata: rec.metadata } : { set };
}

/** Bytes a record takes (what the list shows as its size). */
export function storedBytes(rec: StoredVectors): number {
  return (
    rec.wordBytes.byteLength + rec.wordEnds.byteLength + rec.data.byteLength + (rec.counts?.byteLength ?? 0)
  );
}

/**
 * True for the errors browsers raise when storage is full or over quota (Chrome, Firefox and
 * Safari name them differently; some wrap them in a transaction's `error`).
 */
export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, message } = e as { name?: unknown; message?: unknown };
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  return typeof message === 'string' && /quota|disk.*full|no space/i.test(message);
}
