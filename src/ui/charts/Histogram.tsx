import { max, scaleLinear, select } from 'd3';
import { useEffect, useRef } from 'react';
import { drawAxes } from './axes';

interface Props {
  /** Bin k covers [edges[k], edges[k+1]). */
  edges: number[];
  counts: number[];
  xLabel: string;
  /** A value to mark with a vertical line (e.g. the chosen maxlen). */
  marker?: { value: number; label: string };
  label: string;
  testId?: string;
}

const WIDTH = 560;
const HEIGHT = 200;
const M = { top: 12, right: 16, bottom: 40, left: 48 };
const FRAME = { width: WIDTH, height: HEIGHT, margin: M };

/** A histogram drawn by d3 into an SVG. */
export function Histogram({ edges, counts, xLabel, marker, label, testId }: Props) {
  const svg = useRef<SVGSVGElement>(null);
  useEffect(() => {
    if (svg.current === null || edges.length < 2) return;
    const root = select(svg.current);
    root.selectAll('*').remove();
    const hiX = Math.max(edges[edges.length - 1], marker?.value ?? 0);
    const x = scaleLinear()
      .domain([edges[0], hiX])
      .range([M.left, WIDTH - M.right]);
    const y = scaleLinear()
      .domain([0, max(counts) ?? 1])
      .nice()
      .range([HEIGHT - M.bottom, M.top]);
    root
      .append('g')
      .selectAll('rect')
      .data(counts)
      .join('rect')
      .attr('x', (_, i) => x(edges[i]) + 0.5)
      .attr('width', (_, i) => Math.max(0, x(edges[i + 1]) - x(edges[i]) - 1))
      .attr('y', (c) => y(c))
      .attr('height', (c) => y(0) - y(c))
      .attr('fill', 'var(--sky)');
    drawAxes(root, FRAME, x, y, { xLabel, xTicks: 8, yTicks: 4 });
    if (marker) {
      root
        .append('line')
        .attr('x1', x(marker.value))
        .attr('x2', x(marker.value))
        .attr('y1', M.top)
        .attr('y2', HEIGHT - M.bottom)
        .attr('stroke', 'var(--vermillion)')
        .attr('stroke-width', 2);
      root
        .append('text')
        .attr('x', x(marker.value) + 4)
        .attr('y', M.top + 10)
        .attr('class', 'legend')
        .text(marker.label);
    }
  }, [edges, counts, xLabel, marker]);
  return (
    <svg
      ref={svg}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="chart"
      role="img"
      aria-label={label}
      data-testid={testId}
    />
  );
}
