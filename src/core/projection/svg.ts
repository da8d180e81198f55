/**
 * The map as a standalone SVG document, built from the same data coordinates, view and labels
 * the canvas draws: one `<path>` of circles per colour (so 50,000 points stay a few MB), then the
 * labels as `<text>`. Points outside the view are left out.
 */

/** Data → screen: sx = ax·x + bx, sy = ay·y + by (px). */
export interface View {
  ax: number;
  bx: number;
  ay: number;
  by: number;
}

export interface SvgLabel {
  text: string;
  /** Top-left of the label box (px). */
  x: number;
  y: number;
  /** Emphasised (search hit, selection): drawn bold. */
  strong?: boolean;
}

export interface SvgMapInput {
  width: number;
  height: number;
  /** `m × 2` data coordinates, row-major. */
  coords: ArrayLike<number>;
  view: View;
  /** Palette index of each point. */
  colour: ArrayLike<number>;
  palette: readonly string[];
  /** Point radius (px). */
  radius: number;
  labels: readonly SvgLabel[];
  /** Label font size (px). */
  fontSize: number;
  fontFamily: string;
  background?: string;
  title?: string;
}

export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const fmt = (v: number) => String(Math.round(v * 10) / 10);

export function mapSvg(m: SvgMapInput): string {
  const { width: W, height: H, view, radius: r } = m;
  const n = Math.floor(m.coords.length / 2);
  const paths: string[][] = m.palette.map(() => []);
  const arc = `a${fmt(r)},${fmt(r)} 0 1,0 ${fmt(2 * r)},0a${fmt(r)},${fmt(r)} 0 1,0 ${fmt(-2 * r)},0`;
  for (let i = 0; i < n; i++) {
    const x = view.ax * m.coords[2 * i] + view.bx;
    const y = view.ay * m.coords[2 * i + 1] + view.by;
    if (!(x >= -r && x <= W + r && y >= -r && y <= H + r)) continue;
    const list = paths[m.colour[i]];
    if (list) list.push(`M${fmt(x - r)},${fmt(y)}${arc}`);
  }
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`,
  ];
  if (m.title) out.push(`<title>${escapeXml(m.title)}</title>`);
  out.push(`<rect width="${W}" height="${H}" fill="${escapeXml(m.background ?? '#ffffff')}"/>`);
  paths.forEach((list, k) => {
    if (list.length > 0) out.push(`<path fill="${escapeXml(m.palette[k])}" d="${list.join('')}"/>`);
  });
  out.push(
    `<g font-family="${escapeXml(m.fontFamily)}" font-size="${m.fontSize}" fill="#1a1a1a" dominant-baseline="hanging">`,
  );
  for (const l of m.labels) {
    const weight = l.strong ? ' font-weight="bold"' : '';
    out.push(`<text x="${fmt(l.x)}" y="${fmt(l.y)}"${weight}>${escapeXml(l.text)}</text>`);
  }
  out.push('</g>', '</svg>');
  return out.join('\n') + '\n';
}
