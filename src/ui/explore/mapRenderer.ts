/**
 * Draws a word map on a <canvas> with d3 scales and d3-zoom. Per frame: every point's screen
 * position (2 multiply-adds each), one path of circles per colour up to 5,000 points, above that
 * squares written straight into the pixel buffer, emphasised points on top, then labels placed greedily without overlap, most important
 * first. Hover uses a d3 quadtree over the data coordinates, built once per map.
 *
 * Units: data coordinates are the projection's; screen coordinates are CSS pixels.
 */
import { type D3ZoomEvent, type Quadtree, quadtree, select, type ZoomBehavior, zoom, zoomIdentity } from 'd3';
import { type PlacedLabel, placeLabels } from '../../core/projection/labels';
import type { View } from '../../core/projection/svg';
import { OKABE_ITO } from '../charts/palette';
import { FONT_STACK } from '../fonts';

export const LABEL_FONT_SIZE = 12;
/** The page's own font stack, so Japanese (and Chinese, Korean) labels render as in the lists. */
export const LABEL_FONT = `${LABEL_FONT_SIZE}px ${FONT_STACK}`;
const LABEL_HEIGHT = LABEL_FONT_SIZE + 3;
const MARGIN = 24;
/** Above this many points, points are rasterised by hand instead of drawn as canvas paths. */
const RASTER_ABOVE = 5000;

/** `#rrggbb` blended over white at `alpha`, as one RGBA pixel in the platform's byte order. */
function packedOnWhite(hex: string, alpha: number): number {
  const v = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(255 - alpha * (255 - c));
  const bytes = new Uint8Array([mix((v >> 16) & 255), mix((v >> 8) & 255), mix(v & 255), 255]);
  return new Uint32Array(bytes.buffer)[0];
}

export interface MapCallbacks {
  /** Point under the pointer (or null), with its screen position. */
  onHover: (index: number | null, x: number, y: number) => void;
  onSelect: (index: number | null) => void;
}

export class MapRenderer {
  /** Milliseconds the last frame took to draw (for the status line and measurements). */
  lastFrameMs = 0;
  private readonly ctx: CanvasRenderingContext2D;
  private readonly zoomer: ZoomBehavior<HTMLCanvasElement, unknown>;
  private width = 600;
  private height = 400;
  private words: string[] = [];
  private coords: Float32Array = new Float32Array(0);
  /** data → base screen: x' = a·x + b (before the zoom transform). */
  private base = { ax: 1, bx: 0, ay: -1, by: 0 };
  private transform = zoomIdentity;
  private sx = new Float32Array(0);
  private sy = new Float32Array(0);
  private widths = new Float32Array(0);
  private codes: Uint8Array = new Uint8Array(0);
  private palette: string[] = [OKABE_ITO.blue];
  /** Point indices grouped by colour: colour c owns byColour[start[c] … start[c+1]). */
  private byColour = new Int32Array(0);
  private colourStart = new Int32Array(2);
  private emphasis = new Set<number>();
  private neighbours = new Set<number>();
  private selected: number | null = null;
  private rankOrder = new Int32Array(0);
  private labelOrder = new Int32Array(0);
  private tree: Quadtree<number> | null = null;
  private frame = 0;
  private labels: PlacedLabel[] = [];
  private axisTitles: { x: string; y: string } | null = null;
  private image: ImageData | null = null;
  private pixels: Uint32Array | null = null;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly callbacks: MapCallbacks,
  ) {
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('2-D canvas is not available');
    this.ctx = ctx;
    this.zoomer = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([0.5, 400])
      .on('zoom', (ev: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
        this.transform = ev.transform;
        this.requestDraw();
      });
    select(canvas).call(this.zoomer);
    canvas.addEventListener('pointermove', this.onMove);
    canvas.addEventListener('pointerleave', this.onLeave);
    canvas.addEventListener('click', this.onClick);
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    select(this.canvas).on('.zoom', null);
    this.canvas.removeEventListener('pointermove', this.onMove);
    this.canvas.removeEventListener('pointerleave', this.onLeave);
    this.canvas.removeEventListener('click', this.onClick);
  }

  resize(width: number, height: number): void {
    const dpr = globalThis.devicePixelRatio || 1;
    this.width = width;
    this.height = height;
    this.canvas.width = Math.round(width * dpr);
    this.canvas.height = Math.round(height * dpr);
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    this.ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    this.fitBase();
    this.requestDraw();
  }

  /**
   * New points. `rows` gives each point's frequency rank (lower = more frequent); `keepView`
   * keeps the zoom (a training snapshot or a projection preview of the same words).
   */
  setData(words: string[], coords: Float32Array, rows: Int32Array, keepView: boolean): void {
    const n = words.length;
    this.words = words;
    this.coords = coords;
    if (this.sx.length !== n) {
      this.sx = new Float32Array(n);
      this.sy = new Float32Array(n);
    }
    if (!keepView || this.widths.length !== n) this.widths = new Float32Array(n).fill(Number.NaN);
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => rows[a] - rows[b]);
    this.rankOrder = Int32Array.from(order);
    if (this.codes.length !== n) this.setColours(new Uint8Array(n), this.palette);
    this.tree = quadtree<number>()
      .x((i) => coords[2 * i])
      .y((i) => coords[2 * i + 1])
      .addAll(order);
    this.fitBase();
    if (!keepView) {
      this.transform = zoomIdentity;
      select(this.canvas).call(this.zoomer.transform, zoomIdentity);
    }
    this.rebuildLabelOrder();
    this.requestDraw();
  }

  setColours(codes: Uint8Array, palette: string[]): void {
    this.codes = codes;
    this.palette = palette;
    const k = palette.length;
    const count = new Int32Array(k + 1);
    for (let i = 0; i < codes.length; i++) count[Math.min(codes[i], k - 1) + 1]++;
    for (let c = 0; c < k; c++) count[c + 1] += count[c];
    this.colourStart = count.slice();
    const fill = count.slice(0, k);
    this.byColour = new Int32Array(codes.length);
    for (let i = 0; i < codes.length; i++) this.byColour[fill[Math.min(codes[i], k - 1)]++] = i;
    this.requestDraw();
  }

  /** Search hits (drawn on top, labelled first), the selected point and its neighbours. */
  setEmphasis(hits: Iterable<number>, selected: number | null, neighbours: Iterable<number>): void {
    this.emphasis = new Set(hits);
    this.selected = selected;
    this.neighbours = new Set(neighbours);
    this.rebuildLabelOrder();
    this.requestDraw();
  }

  setAxisTitles(t: { x: string; y: string } | null): void {
    this.axisTitles = t;
    this.requestDraw();
  }

  /** Zoom by a factor around the centre (keyboard and buttons). */
  zoomBy(factor: number): void {
    select(this.canvas).call(this.zoomer.scaleBy, factor);
  }

  panBy(dx: number, dy: number): void {
    select(this.canvas).call(this.zoomer.translateBy, dx / this.transform.k, dy / this.transform.k);
  }

  resetView(): void {
    select(this.canvas).call(this.zoomer.transform, zoomIdentity);
  }

  /** data → screen of the current view, in CSS pixels. */
  view(): View {
    const t = this.transform;
    return {
      ax: t.k * this.base.ax,
      bx: t.k * this.base.bx + t.x,
      ay: t.k * this.base.ay,
      by: t.k * this.base.by + t.y,
    };
  }

  /** Labels of the last frame, with their words. */
  placedLabels(): { text: string; x: number; y: number; strong: boolean }[] {
    return this.labels.map((l) => ({
      text: this.words[l.index],
      x: l.x,
      y: l.y,
      strong: this.emphasis.has(l.index) || l.index === this.selected,
    }));
  }

  colourCodes(): Uint8Array {
    return this.codes;
  }

  colours(): string[] {
    return this.palette;
  }

  pointRadius(): number {
    return Math.min(5, Math.max(1.5, 1.5 * Math.sqrt(this.transform.k)));
  }

  size(): { width: number; height: number } {
    return { width: this.width, height: this.height };
  }

  /** Draws now (not on the next animation frame): for exports and measurements. */
  drawNow(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.draw();
  }

  private requestDraw(): void {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  /** Fits the data's bounding box in the canvas with equal units on both axes. */
  private fitBase(): void {
    const n = this.words.length;
    if (n === 0) return;
    let x0 = Number.POSITIVE_INFINITY;
    let x1 = Number.NEGATIVE_INFINITY;
    let y0 = Number.POSITIVE_INFINITY;
    let y1 = Number.NEGATIVE_INFINITY;
    const c = this.coords;
    for (let i = 0; i < n; i++) {
      x0 = Math.min(x0, c[2 * i]);
      x1 = Math.max(x1, c[2 * i]);
      y0 = Math.min(y0, c[2 * i + 1]);
      y1 = Math.max(y1, c[2 * i + 1]);
    }
    const spanX = Math.max(x1 - x0, 1e-9);
    const spanY = Math.max(y1 - y0, 1e-9);
    const s = Math.min((this.width - 2 * MARGIN) / spanX, (this.height - 2 * MARGIN) / spanY);
    this.base = {
      ax: s,
      bx: this.width / 2 - (s * (x0 + x1)) / 2,
      ay: -s,
      by: this.height / 2 + (s * (y0 + y1)) / 2,
    };
  }

  private rebuildLabelOrder(): void {
    const n = this.words.length;
    const seen = new Uint8Array(n);
    const out = new Int32Array(n);
    let k = 0;
    const add = (i: number) => {
      if (i >= 0 && i < n && !seen[i]) {
        seen[i] = 1;
        out[k++] = i;
      }
    };
    if (this.selected !== null) add(this.selected);
    for (const i of this.neighbours) add(i);
    for (const i of this.emphasis) add(i);
    for (const i of this.rankOrder) add(i);
    this.labelOrder = out;
  }

  private draw(): void {
    const t0 = performance.now();
    const ctx = this.ctx;
    const W = this.width;
    const H = this.height;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, W, H);
    const n = this.words.length;
    if (n === 0) return;
    const v = this.view();
    const sx = this.sx;
    const sy = this.sy;
    for (let i = 0; i < n; i++) {
      sx[i] = v.ax * this.coords[2 * i] + v.bx;
      sy[i] = v.ay * this.coords[2 * i + 1] + v.by;
    }
    const r = this.pointRadius();
    const dim = this.emphasis.size > 0 || this.selected !== null;
    const alpha = dim ? 0.35 : 0.85;
    if (n > RASTER_ABOVE) this.rasterPoints(r, alpha);
    else {
      ctx.globalAlpha = alpha;
      for (let c = 0; c < this.palette.length; c++) {
        ctx.beginPath();
        for (let k = this.colourStart[c]; k < this.colourStart[c + 1]; k++) {
          const i = this.byColour[k];
          const x = sx[i];
          const y = sy[i];
          if (x < -r || x > W + r || y < -r || y > H + r) continue;
          ctx.moveTo(x + r, y);
          ctx.arc(x, y, r, 0, 2 * Math.PI);
        }
        ctx.fillStyle = this.palette[c];
        ctx.fill();
      }
    }
    ctx.globalAlpha = 1;
    this.drawEmphasis(r);
    this.drawLabels();
    this.drawAxisTitles();
    this.lastFrameMs = performance.now() - t0;
    this.canvas.dataset.frameMs = this.lastFrameMs.toFixed(1);
  }

  /**
   * Many points: squares written straight into the pixel buffer (device pixels), one opaque
   * colour per palette entry pre-blended with the white background at `alpha`. Canvas paths
   * cost about 1 µs per point on a CPU-rasterised canvas; this costs a few nanoseconds.
   */
  private rasterPoints(r: number, alpha: number): void {
    const cw = this.canvas.width;
    const ch = this.canvas.height;
    if (!this.image || this.image.width !== cw || this.image.height !== ch) {
      this.image = this.ctx.createImageData(cw, ch);
      this.pixels = new Uint32Array(this.image.data.buffer);
    }
    const px = this.pixels!;
    px.fill(0xffffffff);
    const scale = cw / this.width;
    const size = Math.max(1, Math.round(2 * r * scale));
    const half = size / 2;
    for (let c = 0; c < this.palette.length; c++) {
      const colour = packedOnWhite(this.palette[c], alpha);
      for (let k = this.colourStart[c]; k < this.colourStart[c + 1]; k++) {
        const i = this.byColour[k];
        const x0 = Math.round(this.sx[i] * scale - half);
        const y0 = Math.round(this.sy[i] * scale - half);
        if (x0 + size <= 0 || y0 + size <= 0 || x0 >= cw || y0 >= ch) continue;
        const xa = Math.max(0, x0);
        const xb = Math.min(cw, x0 + size);
        const yb = Math.min(ch, y0 + size);
        for (let y = Math.max(0, y0); y < yb; y++) px.fill(colour, y * cw + xa, y * cw + xb);
      }
    }
    this.ctx.putImageData(this.image, 0, 0);
  }

  private drawEmphasis(r: number): void {
    const ctx = this.ctx;
    const ring = (set: Iterable<number>, radius: number, fill: string) => {
      ctx.beginPath();
      for (const i of set) {
        ctx.moveTo(this.sx[i] + radius, this.sy[i]);
        ctx.arc(this.sx[i], this.sy[i], radius, 0, 2 * Math.PI);
      }
      ctx.fillStyle = fill;
      ctx.fill();
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = '#1a1a1a';
      ctx.stroke();
    };
    if (this.neighbours.size > 0) ring(this.neighbours, r + 2, OKABE_ITO.sky);
    if (this.emphasis.size > 0) ring(this.emphasis, r + 2, OKABE_ITO.vermillion);
    if (this.selected !== null) ring([this.selected], r + 4, OKABE_ITO.orange);
  }

  private drawLabels(): void {
    const ctx = this.ctx;
    ctx.font = LABEL_FONT;
    ctx.textBaseline = 'top';
    const widths = this.widths;
    this.labels = placeLabels({
      x: this.sx,
      y: this.sy,
      order: this.labelOrder,
      width: (i) => {
        if (Number.isNaN(widths[i])) widths[i] = ctx.measureText(this.words[i]).width;
        return widths[i];
      },
      height: LABEL_HEIGHT,
      viewWidth: this.width,
      viewHeight: this.height,
      maxLabels: Math.round((this.width * this.height) / 2500),
    });
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    for (const l of this.labels) {
      const strong = this.emphasis.has(l.index) || l.index === this.selected;
      ctx.font = strong ? `bold ${LABEL_FONT}` : LABEL_FONT;
      ctx.strokeText(this.words[l.index], l.x, l.y + 1);
      ctx.fillStyle = strong ? '#000000' : '#1a1a1a';
      ctx.fillText(this.words[l.index], l.x, l.y + 1);
    }
  }

  private drawAxisTitles(): void {
    const t = this.axisTitles;
    if (!t) return;
    const ctx = this.ctx;
    ctx.font = `bold ${LABEL_FONT}`;
    ctx.fillStyle = '#4a4a4a';
    ctx.textBaseline = 'bottom';
    ctx.textAlign = 'right';
    ctx.fillText(`x: ${t.x}`, this.width - 6, this.height - 4);
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    ctx.fillText(`y: ${t.y}`, 6, 4);
  }

  private pick(ev: MouseEvent): number | null {
    if (!this.tree) return null;
    const rect = this.canvas.getBoundingClientRect();
    const v = this.view();
    const px = ev.clientX - rect.left;
    const py = ev.clientY - rect.top;
    const found = this.tree.find((px - v.bx) / v.ax, (py - v.by) / v.ay, 8 / Math.abs(v.ax));
    return found ?? null;
  }

  private readonly onMove = (ev: PointerEvent) => {
    const i = this.pick(ev);
    this.callbacks.onHover(i, i === null ? 0 : this.sx[i], i === null ? 0 : this.sy[i]);
  };

  private readonly onLeave = () => this.callbacks.onHover(null, 0, 0);

  private readonly onClick = (ev: MouseEvent) => {
    // A drag that pans the map ends with a click: only a click on a point selects.
    const i = this.pick(ev);
    if (i !== null) this.callbacks.onSelect(i);
  };
}
