import { type AxisScale, axisBottom, axisLeft, type Selection } from 'd3';

/** A chart's frame in SVG user units: the viewBox size and the margins the axes live in. */
export interface Frame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

interface AxesOptions {
  xLabel: string;
  /** Omitted: no label on the y axis. */
  yLabel?: string;
  xTicks: number;
  yTicks: number;
  /** d3-format specifiers, e.g. '~s'. */
  xFormat?: string;
  yFormat?: string;
}

/**
 * The x axis along the bottom margin and the y axis along the left one, with their labels (the y
 * label rotated), the same on every chart of the page so they read alike on a projector.
 */
export function drawAxes(
  root: Selection<SVGSVGElement, unknown, null, undefined>,
  frame: Frame,
  x: AxisScale<number>,
  y: AxisScale<number>,
  o: AxesOptions,
): void {
  const { width, height, margin: m } = frame;
  root
    .append('g')
    .attr('transform', `translate(0,${height - m.bottom})`)
    .call(axisBottom(x).ticks(o.xTicks, o.xFormat));
  root.append('g').attr('transform', `translate(${m.left},0)`).call(axisLeft(y).ticks(o.yTicks, o.yFormat));
  root
    .append('text')
    .attr('x', (m.left + width - m.right) / 2)
    .attr('y', height - 6)
    .attr('text-anchor', 'middle')
    .attr('class', 'axis-label')
    .text(o.xLabel);
  if (o.yLabel === undefined) return;
  root
    .append('text')
    .attr('transform', `translate(14,${(m.top + height - m.bottom) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .attr('class', 'axis-label')
    .text(o.yLabel);
}
