/** Small helpers for generating the fused LSTM's WGSL. */

/**
 * `body(i)` for i = 0..n−1, joined by newlines: code unrolled at generation time, so that a tile's
 * values are separate named variables (registers) rather than arrays indexed at run time.
 */
export function each(n: number, body: (i: number) => string): string {
  return Array.from({ length: n }, (_, i) => body(i)).join('\n');
}

export const LANES = ['x', 'y', 'z', 'w'];
