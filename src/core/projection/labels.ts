/**
 * Greedy label placement for the map: candidates are tried in priority order (most frequent
 * word first, after anything the caller wants first, such as search hits), each at four spots
 * around its point (right, left, above, below); a label is placed at the first spot whose box
 * lies inside the view and overlaps no placed label. Overlap is checked against a uniform grid of
 * cells one label-height square, so each test touches only the few boxes in the cells it covers:
 * placing a few hundred labels among 50,000 points costs well under a millisecond plus the
 * `width` calls, which the caller should cache.
 */

export interface LabelRequest {
  /** Screen x of every point (px); indexed by the numbers in `order`. */
  x: ArrayLike<number>;
  /** Screen y of every point (px). */
  y: ArrayLike<number>;
  /** Point indices to label, most important first. */
  order: ArrayLike<number>;
  /** Rendered width of point i's label (px). Called only for on-screen candidates. */
  width: (i: number) => number;
  /** Label box height (px). */
  height: number;
  viewWidth: number;
  viewHeight: number;
  /** Stop after placing this many. Default 300. */
  maxLabels?: number;
  /** Stop after trying this many on-screen candidates. Default 5000. */
  maxTries?: number;
  /** Distance between a point and its label (px). Default 4. */
  gap?: number;
}

/** A placed label: the box's top-left corner and width (px); its height is the request's. */
export interface PlacedLabel {
  index: number;
  x: number;
  y: number;
  width: number;
}

export function placeLabels(req: LabelRequest): PlacedLabel[] {
  const h = req.height;
  const gap = req.gap ?? 4;
  const maxLabels = req.maxLabels ?? 300;
  const maxTries = req.maxTries ?? 5000;
  const W = req.viewWidth;
  const H = req.viewHeight;
  const cell = Math.max(4, h);
  const cols = Math.max(1, Math.ceil(W / cell));
  const rows = Math.max(1, Math.ceil(H / cell));
  const grid: number[][] = Array.from({ length: cols * rows }, () => []);
  const placed: PlacedLabel[] = [];
  const spot = { x: 0, y: 0 };
  let tries = 0;

  const fits = (x0: number, y0: number, w: number): boolean => {
    if (x0 < 0 || y0 < 0 || x0 + w > W || y0 + h > H) return false;
    const c0 = Math.floor(x0 / cell);
    const c1 = Math.min(cols - 1, Math.floor((x0 + w) / cell));
    const r0 = Math.floor(y0 / cell);
    const r1 = Math.min(rows - 1, Math.floor((y0 + h) / cell));
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        for (const k of grid[r * cols + c]) {
          const p = placed[k];
          if (x0 < p.x + p.width && p.x < x0 + w && y0 < p.y + h && p.y < y0 + h) return false;
        }
      }
    }
    return true;
  };

  const candidate = (k: number, px: number, py: number, w: number): boolean => {
    switch (k) {
      case 0:
        spot.x = px + gap;
        spot.y = py - h / 2;
        break;
      case 1:
        spot.x = px - gap - w;
        spot.y = py - h / 2;
        break;
      case 2:
        spot.x = px - w / 2;
        spot.y = py - gap - h;
        break;
      default:
        spot.x = px - w / 2;
        spot.y = py + gap;
    }
    return fits(spot.x, spot.y, w);
  };

  for (let o = 0; o < req.order.length && placed.length < maxLabels && tries < maxTries; o++) {
    const i = req.order[o];
    const px = req.x[i];
    const py = req.y[i];
    if (!(px >= 0 && px <= W && py >= 0 && py <= H)) continue;
    tries++;
    const w = req.width(i);
    for (let k = 0; k < 4; k++) {
      if (!candidate(k, px, py, w)) continue;
      const id = placed.length;
      placed.push({ index: i, x: spot.x, y: spot.y, width: w });
      const c0 = Math.floor(spot.x / cell);
      const c1 = Math.min(cols - 1, Math.floor((spot.x + w) / cell));
      const r0 = Math.floor(spot.y / cell);
      const r1 = Math.min(rows - 1, Math.floor((spot.y + h) / cell));
      for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) grid[r * cols + c].push(id);
      break;
    }
  }
  return placed;
}
