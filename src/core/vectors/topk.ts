/**
 * The k best (score, id) pairs of a stream, in O(n log k) with a binary min-heap of size k and no
 * allocation per item. Order is total: a higher score wins, and on equal scores the lower id wins,
 * so results are deterministic and equal a full sort by (score desc, id asc).
 *
 * Hot loops test `score > topk.threshold` inline before calling `push`, which skips almost every
 * item once the heap is full. (Equal scores with a lower id still get through `push` when they
 * are offered with `>=`; with continuous scores this does not matter.)
 */
export class TopK {
  readonly k: number;
  size = 0;
  private readonly scores: Float64Array;
  private readonly ids: Int32Array;

  constructor(k: number) {
    this.k = Math.max(0, Math.floor(k));
    this.scores = new Float64Array(this.k);
    this.ids = new Int32Array(this.k);
  }

  /** Score an item must beat to enter: -Infinity until the heap is full. */
  get threshold(): number {
    return this.size < this.k ? Number.NEGATIVE_INFINITY : this.scores[0];
  }

  reset(): void {
    this.size = 0;
  }

  /** a is worse than b in the total order. */
  private worse(sa: number, ia: number, sb: number, ib: number): boolean {
    return sa < sb || (sa === sb && ia > ib);
  }

  push(score: number, id: number): void {
    if (this.k === 0 || Number.isNaN(score)) return;
    const s = this.scores;
    const d = this.ids;
    if (this.size < this.k) {
      // Sift up from the new leaf.
      let i = this.size++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!this.worse(score, id, s[p], d[p])) break;
        s[i] = s[p];
        d[i] = d[p];
        i = p;
      }
      s[i] = score;
      d[i] = id;
      return;
    }
    if (!this.worse(s[0], d[0], score, id)) return;
    // Replace the root (the worst kept) and sift down.
    let i = 0;
    const n = this.size;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && this.worse(s[r], d[r], s[l], d[l]) ? r : l;
      if (!this.worse(s[c], d[c], score, id)) break;
      s[i] = s[c];
      d[i] = d[c];
      i = c;
    }
    s[i] = score;
    d[i] = id;
  }

  /** The kept items, best first. */
  sorted(): { ids: Int32Array; scores: Float64Array } {
    const order = Array.from({ length: this.size }, (_, i) => i);
    const s = this.scores;
    const d = this.ids;
    order.sort((a, b) => (s[b] !== s[a] ? s[b] - s[a] : d[a] - d[b]));
    const ids = new Int32Array(this.size);
    const scores = new Float64Array(this.size);
    for (let i = 0; i < order.length; i++) {
      ids[i] = d[order[i]];
      scores[i] = s[order[i]];
    }
    return { ids, scores };
  }
}
