import { line, scaleLinear, select } from 'd3';
import { useEffect, useRef } from 'react';
import { drawAxes } from './axes';

export interface Series {
  name: string;
  /** A CSS colour (use the Okabe–Ito variables from styles.css). */
  color: string;
  dashed?: boolean;
  points: { x: number; y: number }[];
}

interface Props {
  series: Series[];
  xLabel: string;
  yLabel: string;
  /** Fixed x domain; defaults to the data's extent. */
  xDomain?: [number, number];
  /** Fixed y domain (e.g. [0, 1] for accuracy); defaults to the data's extent, padded. */
  yDomain?: [number, number];
  /** d3 tick format for the x axis. */
  xFormat?: string;
  label: string;
  testId?: string;
}

const WIDTH = 560;
const HEIGHT = 240;
const M = { top: 12, right: 16, bottom: 40, left: 56 };
const FRAME = { width: WIDTH, height: HEIGHT, margin: M };

/** Lines drawn by d3 into an SVG, with a legend; small data (hundreds of points) only. */
export function LineChart({
  series,
  xLabel,
  yLabel,
  xDomain,
  yDomain,
  xFormat = '~s',
  label,
  testId,
}: Props) {
  const svg = useRef<SVGSVGElement>(null);

  useEffect(() => {
    if (svg.current === null) return;
    const root = select(svg.current);
    root.selectAll('*').remove();
    const xs = series.flatMap((s) => s.points.map((p) => p.x));
    const ys = series.flatMap((s) => s.points.map((p) => p.y)).filter(Number.isFinite);
    const x = scaleLinear()
      .domain(xDomain ?? [Math.min(0, ...xs), Math.max(1, ...xs)])
      .range([M.left, WIDTH - M.right]);
    const lo = ys.length > 0 ? Math.min(...ys) : 0;
    const hi = ys.length > 0 ? Math.max(...ys) : 1;
    const pad = (hi - lo) * 0.05 || 0.05;
    const y = scaleLinear()
      .domain(yDomain ?? [Math.max(0, lo - pad), hi + pad])
      .nice()
      .range([HEIGHT - M.bottom, M.top]);
    drawAxes(root, FRAME, x, y, { xLabel, yLabel, xTicks: 6, yTicks: 5, xFormat });
    const path = line<{ x: number; y: number }>()
      .defined((p) => Number.isFinite(p.y))
      .x((p) => x(p.x))
      .y((p) => y(p.y));
    series.forEach((s, i) => {
      root
        .append('path')
        .datum(s.points)
        .attr('fill', 'none')
        .attr('stroke', s.color)
        .attr('stroke-width', 2)
        .attr('stroke-dasharray', s.dashed ? '6 4' : null)
        .attr('d', path);
      if (s.points.length === 1) {
        root
          .append('circle')
          .attr('cx', x(s.points[0].x))
          .attr('cy', y(s.points[0].y))
          .attr('r', 3)
          .attr('fill', s.color);
      }
      const legend = root
        .append('g')
        .attr('transform', `translate(${WIDTH - M.right - 150},${M.top + 4 + i * 16})`);
      legend
        .append('line')
        .attr('x2', 18)
        .attr('y1', 5)
        .attr('y2', 5)
        .attr('stroke', s.color)
        .attr('stroke-width', 2)
        .attr('stroke-dasharray', s.dashed ? '6 4' : null);
      legend.append('text').attr('x', 24).attr('y', 9).attr('class', 'legend').text(s.name);
    });
  }, [series, xLabel, yLabel, xDomain, yDomain, xFormat]);

  const points = series.reduce((n, s) => n + s.points.length, 0);
  return (
    <svg
      ref={svg}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="chart"
      role="img"
      aria-label={label}
      data-testid={testId}
      data-points={points}
    />
  );
}
