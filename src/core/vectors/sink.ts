import { UserError } from '../errors.ts';
import type { VectorSet } from './types.ts';

export type KeepFilter = ((word: string) => boolean) | ReadonlySet<string>;

/**
 * Collects the kept rows of a reader. Memory is proportional to what is kept: storage starts
 * small and doubles up to `maxRows`, then `finish()` trims it. Decides which words are kept
 * (`keep` filter, first occurrence of a duplicate wins) and when a reader may stop (every word
 * of a `keep` Set found).
 */
export class RowSink {
  readonly dim: number;
  readonly words: string[] = [];
  data: Float32Array;
  /** Byte view of `data` for bulk copies of little-endian float32 from a file. */
  bytes: Uint8Array;
  duplicates = 0;
  private readonly maxRows: number;
  private readonly keepFn?: (word: string) => boolean;
  private readonly keepSet?: ReadonlySet<string>;
  private readonly seen = new Set<string>();

  constructor(dim: number, maxRows: number, keep?: KeepFilter) {
    this.dim = dim;
    if (keep instanceof Set) this.keepSet = keep;
    else if (typeof keep === 'function') this.keepFn = keep;
    this.maxRows = Math.min(maxRows, this.keepSet ? this.keepSet.size : maxRows);
    const initial = Math.min(this.maxRows, 1 << 14);
    this.data = this.alloc(initial);
    this.bytes = new Uint8Array(this.data.buffer);
  }

  get count(): number {
    return this.words.length;
  }

  /** True once every word of a `keep` Set has been found: the reader can stop. */
  get complete(): boolean {
    return this.keepSet !== undefined && this.words.length >= this.keepSet.size;
  }

  /**
   * Returns the row index to fill for `word`, or -1 when the word is filtered out or a duplicate.
   * The caller must write `dim` floats at `row * dim` before the next call.
   */
  accept(word: string): number {
    if (this.keepSet ? !this.keepSet.has(word) : this.keepFn ? !this.keepFn(word) : false) return -1;
    if (this.seen.has(word)) {
      this.duplicates++;
      return -1;
    }
    this.seen.add(word);
    const r = this.words.length;
    if ((r + 1) * this.dim > this.data.length) this.grow(r + 1);
    this.words.push(word);
    return r;
  }

  finish(): VectorSet {
    const n = this.words.length * this.dim;
    const data = n === this.data.length ? this.data : this.data.slice(0, n);
    return { words: this.words, dim: this.dim, data };
  }

  private grow(minRows: number): void {
    const cur = this.dim === 0 ? 0 : this.data.length / this.dim;
    let rows = Math.max(minRows, cur * 2, 16);
    if (Number.isFinite(this.maxRows)) rows = Math.max(minRows, Math.min(rows, this.maxRows));
    const next = this.alloc(rows);
    next.set(this.data);
    this.data = next;
    this.bytes = new Uint8Array(next.buffer);
  }

  private alloc(rows: number): Float32Array {
    const floats = rows * this.dim;
    try {
      return new Float32Array(floats);
    } catch {
      const gb = ((floats * 4) / 2 ** 30).toFixed(1);
      throw new UserError(
        'vectors-too-large',
        `Keeping ${rows.toLocaleString('en-US')} words × ${this.dim} dimensions needs ${gb} GB, more than can be held in memory here; read fewer words (the "first N words" option) or only the words of the corpus.`,
        { words: rows.toLocaleString('en-US'), dim: this.dim, gb },
      );
    }
  }
}
