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
  legend: { colour: string; label: string }[];
}

export type ColourBy = 'none' | 'frequency' | `column:${string}`;

function byFrequency(map: MapData): Colouring {
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
    return { colour, label: `rank ${lo.toLocaleString('en-US')}–${hi.toLocaleString('en-US')}` };
  });
  return { codes, palette: FREQUENCY_PALETTE, legend };
}

function byColumn(col: MapColumn): Colouring {
  const last = col.categories.length - 1;
  const palette = col.categories.map((c, k) =>
    c === 'other' && k === last ? OTHER : CATEGORY_PALETTE[k % CATEGORY_PALETTE.length],
  );
  return {
    codes: col.codes,
    palette,
    legend: col.categories.map((label, k) => ({ colour: palette[k], label })),
  };
}

export function colouring(map: MapData, by: ColourBy): Colouring {
  if (by === 'frequency') return byFrequency(map);
  if (by.startsWith('column:')) {
    const col = map.columns.find((c) => `column:${c.name}` === by);
    if (col) return byColumn(col);
  }
  return { codes: new Uint8Array(map.rows.length), palette: [CATEGORY_PALETTE[0]], legend: [] };
}
