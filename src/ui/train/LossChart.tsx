import { axisBottom, axisLeft, extent, line, scaleLinear, select } from 'd3';
import { useEffect, useRef } from 'react';
import type { LossPoint } from './useTrainer';

const WIDTH = 560;
const HEIGHT = 240;
const M = { top: 12, right: 16, bottom: 40, left: 56 };

/** Training loss against words processed, redrawn by d3 into an SVG as points arrive. */
export function LossChart({ points, totalWords }: { points: LossPoint[]; totalWords: number }) {
  const svg = useRef<SVGSVGElement>(null);

  useEffect(() => {
    if (svg.current === null) return;
    const root = select(svg.current);
    root.selectAll('*').remove();
    const x = scaleLinear()
      .domain([0, Math.max(totalWords, 1)])
      .range([M.left, WIDTH - M.right]);
    const [lo, hi] = extent(points, (p) => p.loss);
    const y = scaleLinear()
      .domain([Math.max(0, (lo ?? 0) * 0.95), (hi ?? 1) * 1.05])
      .nice()
      .range([HEIGHT - M.bottom, M.top]);
    root
      .append('g')
      .attr('transform', `translate(0,${HEIGHT - M.bottom})`)
      .call(axisBottom(x).ticks(6, '~s'));
    root.append('g').attr('transform', `translate(${M.left},0)`).call(axisLeft(y).ticks(5));
    root
      .append('text')
      .attr('x', (M.left + WIDTH - M.right) / 2)
      .attr('y', HEIGHT - 6)
      .attr('text-anchor', 'middle')
      .attr('class', 'axis-label')
      .text('words processed');
    root
      .append('text')
      .attr('transform', `translate(14,${(M.top + HEIGHT - M.bottom) / 2}) rotate(-90)`)
      .attr('text-anchor', 'middle')
      .attr('class', 'axis-label')
      .text('loss per pair');
    root
      .append('path')
      .datum(points)
      .attr('fill', 'none')
      .attr('stroke', 'var(--accent)')
      .attr('stroke-width', 2)
      .attr(
        'd',
        line<LossPoint>()
          .x((p) => x(p.words))
          .y((p) => y(p.loss)),
      );
  }, [points, totalWords]);

  return (
    <svg
      ref={svg}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="chart"
      role="img"
      aria-label={
        points.length > 0
          ? `Loss per training pair: ${points[0].loss.toFixed(3)} at the start, ${points[points.length - 1].loss.toFixed(3)} now.`
          : 'Loss per training pair: no data yet.'
      }
      data-testid="loss-chart"
      data-points={points.length}
    />
  );
}
