/**
 * Point colours for the map. Categories use the Okabe–Ito palette (distinguishable with the
 * common colour-vision deficiencies; its yellow is left out, too faint on white); frequency uses
 * six dark-to-light steps of viridis, the most frequent words darkest.
 */

import type { MapColumn, MapData } from '../../../workers/vectors.worker';
import { CATEGORY_PALETTE } from '../charts/palette';

export { CATEGORY_PALETTE };

const OTHER = '#999999';
export const FREQUENCY_PALETTE = ['#440154', '#414487', '#2a788e', '#22a884', '#5ec962', '#a5cf3a'];

export interface Colouring {
  codes: Uint8Array;
  palette: string[];
  /** `data` marks labels that are the data's own values (shown as they are, in any language). */
  legend: { colour: string; label: string; data: boolean }[];
}

/** The legend's own words, in the interface language. */
export interface LegendWords {
  /** "rank 1–10": frequency ranks from `lo` to `hi`. */
  rank: (lo: number, hi: number) => string;
  /** The category that gathers every value beyond the palette. */
  other: string;
}

export type ColourBy = 'none' | 'frequency' | `column:${string}`;

function byFrequency(map: MapData, words: LegendWords): Colouring {
  const n = map.rows.length;
  const maxRow = map.rows.reduce((m, r) => Math.max(m, r), 0);
  const steps = FREQUENCY_PALETTE.length;
  const codes = new Uint8Array(n);
  // Log-spaced rank bands: ranks 1–10, 10–100 … get their own colour on big vocabularies.
  const top = Math.log(maxRow + 2);
  for (let i = 0; i < n; i++)
    codes[i] = Math.min(steps - 1, Math.floor((steps * Math.log(map.rows[i] + 1)) / top));
  const legend = FREQUENCY_PALETTE.map((colour, k) => {
    const lo = Math.ceil(Math.exp((k * top) / steps));
    const hi = Math.floor(Math.exp(((k + 1) * top) / steps));
    return { colour, label: words.rank(lo, hi), data: false };
  });
  return { codes, palette: FREQUENCY_PALETTE, legend };
}

function byColumn(col: MapColumn, words: LegendWords): Colouring {
  const last = col.categories.length - 1;
  const isOther = (c: string, k: number) => c === 'other' && k === last;
  const palette = col.categories.map((c, k) =>
    isOther(c, k) ? OTHER : CATEGORY_PALETTE[k % CATEGORY_PALETTE.length],
  );
  return {
    codes: col.codes,
    palette,
    legend: col.categories.map((label, k) =>
      isOther(label, k)
        ? { colour: palette[k], label: words.other, data: false }
        : { colour: palette[k], label, data: true },
    ),
  };
}

export function colouring(map: MapData, by: ColourBy, words: LegendWords): Colouring {
  if (by === 'frequency') return byFrequency(map, words);
  if (by.startsWith('column:')) {
    const col = map.columns.find((c) => `column:${c.name}` === by);
    if (col) return byColumn(col, words);
  }
  return { codes: new Uint8Array(map.rows.length), palette: [CATEGORY_PALETTE[0]], legend: [] };
}
