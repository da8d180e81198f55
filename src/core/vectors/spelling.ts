/**
 * Closest spellings in a vocabulary, for "not in the vocabulary, did you mean …" messages.
 *
 * Distance: optimal string alignment (Levenshtein plus swaps of two adjacent characters, the
 * commonest typo) on lower-cased UTF-16 code units, bounded by `maxDistance`. Words are bucketed by
 * length, so only buckets within `maxDistance` of the query's length are visited, and each
 * comparison stops as soon as a whole DP row exceeds the bound. 100k words answer in a few
 * milliseconds.
 */
export class SpellingIndex {
  private readonly words: readonly string[];
  private readonly lower: string[];
  /** length → row indices of the words of that length, ascending (frequency order). */
  private readonly byLength = new Map<number, number[]>();
  private rows = new Int32Array(3 * 64);

  constructor(words: readonly string[]) {
    this.words = words;
    this.lower = words.map((w) => w.toLowerCase());
    for (let i = 0; i < this.lower.length; i++) {
      const len = this.lower[i].length;
      let bucket = this.byLength.get(len);
      if (!bucket) this.byLength.set(len, (bucket = []));
      bucket.push(i);
    }
  }

  /**
   * Up to `max` vocabulary words closest to `word`, nearest first, more frequent (lower row) first
   * among equals. The word itself (exact match) is never suggested. Default bound: 1 edit for
   * words up to 3 characters, 2 up to 7, else 3.
   */
  suggest(word: string, opts: { max?: number; maxDistance?: number } = {}): string[] {
    const max = opts.max ?? 5;
    const q = word.toLowerCase();
    const bound = opts.maxDistance ?? (q.length <= 3 ? 1 : q.length <= 7 ? 2 : 3);
    const found: { i: number; d: number }[] = [];
    for (let len = Math.max(0, q.length - bound); len <= q.length + bound; len++) {
      const bucket = this.byLength.get(len);
      if (!bucket) continue;
      for (const i of bucket) {
        if (this.words[i] === word) continue;
        const d = this.distance(q, this.lower[i], bound);
        if (d <= bound) found.push({ i, d });
      }
    }
    found.sort((a, b) => a.d - b.d || a.i - b.i);
    return found.slice(0, max).map((f) => this.words[f.i]);
  }

  /** OSA distance of a and b, or bound + 1 as soon as it is known to exceed `bound`. */
  distance(a: string, b: string, bound: number): number {
    const n = a.length;
    const m = b.length;
    if (Math.abs(n - m) > bound) return bound + 1;
    if (this.rows.length < 3 * (m + 1)) this.rows = new Int32Array(3 * (m + 1) * 2);
    const w = m + 1;
    // Three rolling rows in one buffer: prev2 (i-2), prev (i-1), cur (i).
    let prev2 = 0;
    let prev = w;
    let cur = 2 * w;
    const r = this.rows;
    for (let j = 0; j <= m; j++) r[prev + j] = j;
    let prevMin = 0;
    for (let i = 1; i <= n; i++) {
      r[cur] = i;
      let rowMin = i;
      const ai = a.charCodeAt(i - 1);
      for (let j = 1; j <= m; j++) {
        const bj = b.charCodeAt(j - 1);
        const cost = ai === bj ? 0 : 1;
        let v = r[prev + j - 1] + cost;
        const del = r[prev + j] + 1;
        if (del < v) v = del;
        const ins = r[cur + j - 1] + 1;
        if (ins < v) v = ins;
        if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
          const t = r[prev2 + j - 2] + 1;
          if (t < v) v = t;
        }
        r[cur + j] = v;
        if (v < rowMin) rowMin = v;
      }
      // Later rows build on this row (+0 or more) and, through a swap, on the previous one (+1).
      if (rowMin > bound && prevMin >= bound) return bound + 1;
      prevMin = rowMin;
      const t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return r[prev + m];
  }
}
