/**
 * The queries a person sees, with the classroom word filter applied: a hidden word is never an
 * answer (neighbours, analogies, a map's points, completions, spelling suggestions) and is refused
 * as a question ("hidden by the classroom word filter", without repeating it). Wraps a VectorSpace
 * and passes hidden rows as its `exclude` list, so the search itself is the one every query uses.
 * Evaluation scores and exports use the VectorSpace directly: they show numbers and whole files,
 * not words picked for a class.
 */
import { UserError } from '../errors.ts';
import { matchRows, topRows } from '../projection/select.ts';
import type { AxisEnd, Neighbour, VectorSpace } from './query.ts';
import type { WordFilter } from './wordFilter.ts';

export class FilteredSpace {
  readonly space: VectorSpace;
  /** 1 for each hidden row; null when nothing is hidden. */
  readonly mask: Uint8Array | null;
  /** Hidden rows, ascending (the `exclude` list of every search). */
  readonly hiddenRows: readonly number[];

  constructor(space: VectorSpace, filter: WordFilter | null) {
    this.space = space;
    const { mask } = filter ? filter.hide(space.set.words) : { mask: null };
    this.mask = mask;
    const rows: number[] = [];
    if (mask) for (let i = 0; i < mask.length; i++) if (mask[i]) rows.push(i);
    this.hiddenRows = rows;
  }

  get hiddenCount(): number {
    return this.hiddenRows.length;
  }

  isHidden(row: number): boolean {
    return this.mask !== null && this.mask[row] === 1;
  }

  /** The row of a word a person asked about; refuses hidden and unknown words. */
  resolve(word: string): number {
    const row = this.space.indexOf(word);
    if (row >= 0) {
      if (this.isHidden(row)) throw hiddenWord();
      return row;
    }
    const close = this.suggest(word);
    if (close.length === 0) {
      throw new UserError(
        'oov-no-suggestion',
        `“${word}” is not in the vocabulary, and no word in it is spelt similarly.`,
        { word },
      );
    }
    const suggestions = close.map((w) => `“${w}”`).join(', ');
    throw new UserError('oov', `“${word}” is not in the vocabulary. Did you mean ${suggestions}?`, {
      word,
      suggestions,
    });
  }

  /** Closest visible spellings. */
  suggest(word: string, max = 5): string[] {
    const many = this.space.suggest(word, max + Math.min(50, this.hiddenCount));
    return many.filter((w) => !this.isHidden(this.space.indexOf(w))).slice(0, max);
  }

  nearest(word: string, k: number, metric: 'cosine' | 'euclidean' = 'cosine'): Neighbour[] {
    return this.space.nearest(this.resolve(word), { k, metric, exclude: this.hiddenRows });
  }

  analogy(a: string, b: string, c: string, method: '3CosAdd' | '3CosMul', k: number): Neighbour[] {
    const [ra, rb, rc] = [this.resolve(a), this.resolve(b), this.resolve(c)];
    return this.space.analogy(ra, rb, rc, { method, k, exclude: this.hiddenRows });
  }

  similarity(a: string, b: string): number {
    return this.space.similarity(this.resolve(a), this.resolve(b));
  }

  oddOneOut(words: readonly string[]): { word: string; index: number; similarities: number[] } {
    return this.space.oddOneOut(words.map((w) => this.resolve(w)));
  }

  /** Visible words starting with `prefix` (case-insensitive), most frequent first. */
  complete(prefix: string, max: number): string[] {
    const p = prefix.trim().toLowerCase();
    if (p === '') return [];
    const words = this.space.set.words;
    const out: string[] = [];
    for (let i = 0; i < words.length && out.length < max; i++) {
      if (!this.isHidden(i) && words[i].toLowerCase().startsWith(p)) out.push(words[i]);
    }
    return out;
  }

  /** The `n` most frequent visible rows (rows are in frequency order). */
  topRows(n: number): Int32Array {
    if (!this.mask) return topRows(this.space.n, n);
    return this.visible(topRows(this.space.n, n + this.hiddenCount), n);
  }

  /** Visible rows whose word contains `query` (or matches /regex/), at most `n`. */
  matchRows(query: string, n: number): Int32Array {
    return this.visible(matchRows(this.space.set.words, query, n + this.hiddenCount), n);
  }

  /** A visible word and its `n − 1` nearest visible neighbours. */
  neighbourRows(word: string, n: number): Int32Array {
    const centre = this.resolve(word);
    const near = this.space.nearest(centre, { k: n - 1, exclude: this.hiddenRows });
    return Int32Array.from([centre, ...near.map((x) => x.index)]);
  }

  /** Semantic-axis coordinates of `rows`; axis words are asked about, so hidden ones are refused. */
  semanticAxes(
    x: readonly [AxisEnd, AxisEnd],
    y: readonly [AxisEnd, AxisEnd],
    rows: ArrayLike<number>,
  ): Float32Array {
    for (const end of [...x, ...y]) for (const w of typeof end === 'string' ? [end] : end) this.resolve(w);
    return this.space.semanticAxes(x, y, { rows });
  }

  private visible(rows: Int32Array, n: number): Int32Array {
    if (!this.mask) return rows.length > n ? rows.slice(0, n) : rows;
    const out: number[] = [];
    for (const r of rows) {
      if (!this.isHidden(r)) out.push(r);
      if (out.length >= n) break;
    }
    return Int32Array.from(out);
  }
}

function hiddenWord(): UserError {
  return new UserError('word-hidden', 'A word you asked about is hidden by the classroom word filter.');
}
