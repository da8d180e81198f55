/**
 * A label's width in px for SVG text, estimated without measuring (d3 draws before layout):
 * about 0.62 em for Latin letters and digits, 1 em for CJK and other wide characters. Good
 * enough for `placeLabels` to keep labels apart; a little generous, so they never touch.
 */
export function labelWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const ch of text) em += /[\u1100-\uffdc]/u.test(ch) && !/[\u2000-\u206f]/u.test(ch) ? 1 : 0.62;
  return Math.ceil(em * fontPx) + 2;
}
