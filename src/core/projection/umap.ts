/**
 * UMAP through umap-js (MIT), seeded and steppable: the neighbour graph (NN-descent) and the
 * initial layout draw from the given seed, so the same rows, parameters and seed give the same
 * map. Rows are scaled to unit length first, so Euclidean neighbours rank like cosine ones.
 */
import { UMAP } from 'umap-js';
import { Rng } from '../rng.ts';

export interface UmapOptions {
  /** Size of the local neighbourhood, 2–200. Default 15. */
  neighbours?: number;
  /** Default 0.1. */
  minDist?: number;
  /** Optimisation epochs. Default: umap-js's choice (500 below 10,000 points, else 200). */
  epochs?: number;
  seed?: number;
}

export class UmapRun {
  readonly n: number;
  /** Epochs the optimisation runs in all. */
  readonly epochs: number;
  private readonly umap: UMAP;
  private done = 0;

  /** `data` is `n × dim` row-major. Builds the neighbour graph (the slow part for large n). */
  constructor(data: ArrayLike<number>, dim: number, opts: UmapOptions = {}) {
    const n = Math.floor(data.length / dim);
    if (n < 3) throw new RangeError('UMAP needs at least three points');
    this.n = n;
    const rng = new Rng(opts.seed ?? 1);
    this.umap = new UMAP({
      nComponents: 2,
      nNeighbors: Math.max(2, Math.min(opts.neighbours ?? 15, n - 1)),
      minDist: opts.minDist ?? 0.1,
      nEpochs: opts.epochs,
      random: () => rng.next(),
    });
    const rows: number[][] = new Array(n);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < dim; j++) s += data[i * dim + j] * data[i * dim + j];
      const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
      const r = new Array<number>(dim);
      for (let j = 0; j < dim; j++) r[j] = data[i * dim + j] * inv;
      rows[i] = r;
    }
    this.epochs = this.umap.initializeFit(rows);
  }

  get epoch(): number {
    return this.done;
  }

  /** One optimisation epoch; false once all epochs are done. */
  step(): boolean {
    if (this.done >= this.epochs) return false;
    this.umap.step();
    this.done++;
    return this.done < this.epochs;
  }

  /** The current layout, `n × 2` row-major. */
  coords(): Float32Array {
    const e = this.umap.getEmbedding();
    const out = new Float32Array(2 * this.n);
    for (let i = 0; i < this.n; i++) {
      out[2 * i] = e[i][0];
      out[2 * i + 1] = e[i][1];
    }
    return out;
  }
}
