import { useMemo } from 'react';
import { LineChart } from '../charts/LineChart';
import type { LossPoint } from './useTrainer';

/** Training loss against words processed, redrawn as progress events arrive. */
export function LossChart({ points, totalWords }: { points: LossPoint[]; totalWords: number }) {
  const series = useMemo(
    () => [
      {
        name: 'loss per pair',
        color: 'var(--accent)',
        points: points.map((p) => ({ x: p.words, y: p.loss })),
      },
    ],
    [points],
  );
  const label =
    points.length > 0
      ? `Loss per training pair: ${points[0].loss.toFixed(3)} at the start, ${points[points.length - 1].loss.toFixed(3)} now.`
      : 'Loss per training pair: no data yet.';
  return (
    <LineChart
      series={series}
      xLabel="words processed"
      yLabel="loss per pair"
      xDomain={[0, Math.max(totalWords, 1)]}
      label={label}
      testId="loss-chart"
    />
  );
}
