import { scaleLinear, select } from 'd3';
import { useEffect, useRef } from 'react';
import type { StepInfo } from '../../../workers/stepper.worker';
import { placeLabels } from '../../core/projection/labels';
import type { Point, StepView } from '../../core/w2v/stepSession';
import { labelWidth } from '../charts/labelWidth';
import { useI18n } from '../i18n/I18n';

const SIZE = 440;
const PAD = 28;
/** Label font size (px) of `.step-label`. */
const FONT_PX = 11;

/** A label to place: its anchor point (px), text and class; placed in the order given. */
interface Label {
  x: number;
  y: number;
  text: string;
  className: string;
  fill?: string;
}

/**
 * Every word's input vector as a dot, and the current pair on top: the context word's input
 * vector (skip-gram) or the window's mean and its words (CBOW) as blue circles, the output vectors
 * of the positive (green square) and the negatives (vermillion diamonds), each with an arrow from
 * before to after the update. Both axes share one scale, so angles and lengths — what a dot
 * product sees — are true when the vectors have two dimensions.
 */
export function StepPlane({ info, view }: { info: StepInfo; view: StepView }) {
  const { t } = useI18n();
  const svg = useRef<SVGSVGElement>(null);

  useEffect(() => {
    if (svg.current === null) return;
    const root = select(svg.current);
    root.selectAll('*').remove();
    const words = info.words;
    const v = words.length;
    const pts = view.points;
    const last = view.last;
    const all: Point[] = [];
    for (let i = 1; i < v; i++) all.push([pts[2 * i], pts[2 * i + 1]]);
    if (last) {
      const p = last.plane;
      if (p.hidden) all.push(p.hidden);
      for (const x of [...p.inputs, ...p.outputs]) if (x) all.push(x.before, x.after);
    }
    let lo = Math.min(...all.map((p) => Math.min(p[0], p[1])), view.projection === 'raw' ? 0 : Infinity);
    let hi = Math.max(...all.map((p) => Math.max(p[0], p[1])), view.projection === 'raw' ? 0 : -Infinity);
    if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo === hi) [lo, hi] = [-1, 1];
    const margin = (hi - lo) * 0.06;
    // One scale for both axes keeps angles true.
    const s = scaleLinear()
      .domain([lo - margin, hi + margin])
      .range([PAD, SIZE - PAD]);
    const sy = scaleLinear()
      .domain([lo - margin, hi + margin])
      .range([SIZE - PAD, PAD]);
    const px = (p: Point) => s(p[0]);
    const py = (p: Point) => sy(p[1]);

    const defs = root.append('defs');
    for (const [id, colour] of [
      ['arrow-in', 'var(--accent)'],
      ['arrow-pos', 'var(--green-dark)'],
      ['arrow-neg', 'var(--vermillion)'],
    ] as const) {
      defs
        .append('marker')
        .attr('id', `step-${id}`)
        .attr('viewBox', '0 0 10 10')
        .attr('refX', 9)
        .attr('refY', 5)
        .attr('markerWidth', 7)
        .attr('markerHeight', 7)
        .attr('orient', 'auto-start-reverse')
        .append('path')
        .attr('d', 'M0,0 L10,5 L0,10 z')
        .attr('fill', colour);
    }

    if (view.projection === 'raw') {
      const axes = root.append('g').attr('stroke', 'var(--line)');
      axes
        .append('line')
        .attr('x1', PAD)
        .attr('x2', SIZE - PAD)
        .attr('y1', py([0, 0]))
        .attr('y2', py([0, 0]));
      axes
        .append('line')
        .attr('y1', PAD)
        .attr('y2', SIZE - PAD)
        .attr('x1', px([0, 0]))
        .attr('x2', px([0, 0]));
    }

    const involved = new Set<number>();
    if (last) {
      involved.add(last.trace.word);
      for (const c of last.trace.context) involved.add(c);
      for (const o of last.trace.outputs) if (o.kind !== 'node') involved.add(o.row);
    }
    const dots = root.append('g');
    // The pair's labels first, then the other words by frequency; a label that would overlap
    // another is left out (its dot stays).
    const first: Label[] = [];
    const rest: Label[] = [];
    for (let i = 1; i < v; i++) {
      const p: Point = [pts[2 * i], pts[2 * i + 1]];
      dots.append('circle').attr('cx', px(p)).attr('cy', py(p)).attr('r', 3).attr('fill', 'var(--muted)');
      const w = words[i];
      if (w === null) continue;
      const strong = involved.has(i);
      (strong ? first : rest).push({
        x: px(p),
        y: py(p),
        text: w,
        className: strong ? 'step-label step-label-strong' : 'step-label',
      });
    }
    const drawLabels = () => {
      const labels = [...first, ...rest];
      const placed = placeLabels({
        x: labels.map((l) => l.x),
        y: labels.map((l) => l.y),
        order: labels.map((_, i) => i),
        width: (i) => labelWidth(labels[i].text, FONT_PX),
        height: FONT_PX + 2,
        viewWidth: SIZE,
        viewHeight: SIZE,
      });
      const g = root.append('g');
      for (const p of placed) {
        const l = labels[p.index];
        g.append('text')
          .attr('x', p.x)
          .attr('y', p.y + FONT_PX - 1)
          .attr('class', l.className)
          .attr('fill', l.fill ?? null)
          .text(l.text);
      }
    };

    if (!last) {
      drawLabels();
      return;
    }
    const pair = root.append('g');
    const arrow = (a: Point, b: Point, id: string, colour: string) => {
      pair
        .append('line')
        .attr('x1', px(a))
        .attr('y1', py(a))
        .attr('x2', px(b))
        .attr('y2', py(b))
        .attr('stroke', colour)
        .attr('stroke-width', 2)
        .attr('marker-end', `url(#step-${id})`);
    };
    const { trace, plane } = last;
    trace.outputs.forEach((o, k) => {
      const p = plane.outputs[k];
      if (!p || o.kind === 'node') return;
      const positive = o.kind === 'positive';
      const colour = positive ? 'var(--green-dark)' : 'var(--vermillion)';
      arrow(p.before, p.after, positive ? 'arrow-pos' : 'arrow-neg', colour);
      const [x, y] = [px(p.after), py(p.after)];
      // A square for the positive, a diamond for negatives: shapes differ as well as colours.
      const d = positive
        ? `M${x - 5},${y - 5} h10 v10 h-10 z`
        : `M${x},${y - 6} L${x + 6},${y} L${x},${y + 6} L${x - 6},${y} z`;
      pair
        .append('path')
        .attr('d', d)
        .attr('fill', 'var(--bg)')
        .attr('stroke', colour)
        .attr('stroke-width', 2);
      first.unshift({
        x,
        y,
        text: `${info.words[o.row] ?? '▇▇'}′`,
        className: 'step-label step-label-out',
        fill: positive ? 'var(--green-dark)' : 'var(--vermillion-text)',
      });
    });
    plane.inputs.forEach((p) => {
      arrow(p.before, p.after, 'arrow-in', 'var(--accent)');
      pair
        .append('circle')
        .attr('cx', px(p.after))
        .attr('cy', py(p.after))
        .attr('r', 5)
        .attr('fill', 'var(--accent)');
    });
    if (trace.context.length > 1 && plane.hidden) {
      // CBOW: the mean of the window, the input the outputs were compared with.
      const [x, y] = [px(plane.hidden), py(plane.hidden)];
      pair
        .append('path')
        .attr('d', `M${x - 6},${y - 6} L${x + 6},${y + 6} M${x - 6},${y + 6} L${x + 6},${y - 6}`)
        .attr('stroke', 'var(--accent)')
        .attr('stroke-width', 2.5);
    }
    drawLabels();
  }, [info, view]);

  const caption =
    view.projection === 'raw' ? t('step.plane.raw') : t('step.plane.pca', { size: info.config.size });
  return (
    <figure className="step-plane">
      <svg
        ref={svg}
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        role="img"
        aria-label={t('step.plane.label')}
        data-testid="step-plane"
        data-pairs={view.pairs}
      />
      <figcaption>
        {caption} <span className="step-key-in">●</span> {t('step.plane.keyIn')}{' '}
        <span className="step-key-pos">■</span> {t('step.plane.keyPos')}{' '}
        <span className="step-key-neg">◆</span> {t('step.plane.keyNeg')}
      </figcaption>
    </figure>
  );
}
