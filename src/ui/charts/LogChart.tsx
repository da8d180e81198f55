import { line, type ScaleContinuousNumeric, scaleLinear, scaleLog, select } from 'd3';
import { useEffect, useRef } from 'react';
import { placeLabels } from '../../core/projection/labels';
import { drawAxes } from './axes';
import { labelWidth } from './labelWidth';

export interface ChartSeries {
  name: string;
  /** A CSS colour (palette.ts's SERIES_COLOURS); a dashed series differs by more than colour. */
  color: string;
  dashed?: boolean;
  points: { x: number; y: number }[];
}

/** A named point drawn as a dot with its label (a word on the keep-probability curve). */
export interface ChartMark {
  x: number;
  y: number;
  label: string;
}

interface Props {
  series: ChartSeries[];
  marks?: ChartMark[];
  /** A dotted vertical line with a label (the subsampling threshold). */
  rule?: { x: number; label: string };
  xLabel: string;
  yLabel: string;
  xLog?: boolean;
  yLog?: boolean;
  /** Fixed y domain; defaults to the data's extent. */
  yDomain?: [number, number];
  /** d3 tick formats. */
  xFormat?: string;
  yFormat?: string;
  label: string;
  testId?: string;
}

const WIDTH = 560;
const HEIGHT = 260;
const M = { top: 12, right: 16, bottom: 42, left: 60 };
const FRAME = { width: WIDTH, height: HEIGHT, margin: M };
/** Font size of mark labels (the `.legend` class). */
const MARK_FONT_PX = 11;

/** Lines, dots and a rule drawn by d3 into an SVG, on linear or log axes; hundreds of points. */
export function LogChart({
  series,
  marks = [],
  rule,
  xLabel,
  yLabel,
  xLog = false,
  yLog = false,
  yDomain,
  xFormat = '~g',
  yFormat = '~g',
  label,
  testId,
}: Props) {
  const svg = useRef<SVGSVGElement>(null);

  useEffect(() => {
    if (svg.current === null) return;
    const root = select(svg.current);
    root.selectAll('*').remove();
    const usable = (v: number, log: boolean) => Number.isFinite(v) && (!log || v > 0);
    const pts = series.flatMap((s) => s.points).concat(marks);
    const xs = pts.map((p) => p.x).filter((v) => usable(v, xLog));
    const ys = pts.map((p) => p.y).filter((v) => usable(v, yLog));
    const extent = (vs: number[], log: boolean): [number, number] => {
      if (vs.length === 0) return log ? [1, 10] : [0, 1];
      let lo = Math.min(...vs);
      let hi = Math.max(...vs);
      if (lo === hi) [lo, hi] = log ? [lo / 2, hi * 2] : [lo - 0.5, hi + 0.5];
      return [lo, hi];
    };
    const x: ScaleContinuousNumeric<number, number> = (xLog ? scaleLog() : scaleLinear())
      .domain(extent(xs, xLog))
      .range([M.left, WIDTH - M.right]);
    const y: ScaleContinuousNumeric<number, number> = (yLog ? scaleLog() : scaleLinear())
      .domain(yDomain ?? extent(ys, yLog))
      .range([HEIGHT - M.bottom, M.top]);
    if (!yDomain) y.nice();
    drawAxes(root, FRAME, x, y, { xLabel, yLabel, xTicks: 6, yTicks: 5, xFormat, yFormat });
    if (rule && usable(rule.x, xLog)) {
      const rx = x(rule.x);
      root
        .append('line')
        .attr('x1', rx)
        .attr('x2', rx)
        .attr('y1', M.top)
        .attr('y2', HEIGHT - M.bottom)
        .attr('stroke', 'var(--muted)')
        .attr('stroke-dasharray', '2 3');
      root
        .append('text')
        .attr('x', rx + 4)
        .attr('y', HEIGHT - M.bottom - 6)
        .attr('class', 'legend')
        .text(rule.label);
    }
    const path = line<{ x: number; y: number }>()
      .defined((p) => usable(p.x, xLog) && usable(p.y, yLog))
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
      // One series needs no legend: the axis title names it.
      if (series.length < 2) return;
      const legend = root
        .append('g')
        .attr('transform', `translate(${WIDTH - M.right - 190},${M.top + 4 + i * 16})`);
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
    const shown = marks.filter((m) => usable(m.x, xLog) && usable(m.y, yLog));
    const mx = shown.map((m) => x(m.x));
    const my = shown.map((m) => y(m.y));
    const dots = root.append('g');
    for (let i = 0; i < shown.length; i++) {
      dots.append('circle').attr('cx', mx[i]).attr('cy', my[i]).attr('r', 4).attr('fill', 'var(--fg)');
    }
    // Labels where they overlap neither each other nor the chart's edges; the rest stay dots.
    const placed = placeLabels({
      x: mx,
      y: my,
      order: shown.map((_, i) => i),
      width: (i) => labelWidth(shown[i].label, MARK_FONT_PX),
      height: MARK_FONT_PX + 2,
      viewWidth: WIDTH,
      viewHeight: HEIGHT - M.bottom,
    });
    for (const p of placed) {
      dots
        .append('text')
        .attr('x', p.x)
        .attr('y', p.y + MARK_FONT_PX - 1)
        .attr('class', 'legend chart-mark')
        .text(shown[p.index].label);
    }
  }, [series, marks, rule, xLabel, yLabel, xLog, yLog, yDomain, xFormat, yFormat]);

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
