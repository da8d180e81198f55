import { useMemo } from 'react';
import { LineChart } from '../charts/LineChart';
import { useI18n } from '../i18n/I18n';
import type { LossPoint } from './useTrainer';

/** Training loss against words processed, redrawn as progress events arrive. */
export function LossChart({ points, totalWords }: { points: LossPoint[]; totalWords: number }) {
  const { t } = useI18n();
  const name = t('train.chart.series');
  const series = useMemo(
    () => [
      {
        name,
        color: 'var(--accent)',
        points: points.map((p) => ({ x: p.words, y: p.loss })),
      },
    ],
    [points, name],
  );
  const label =
    points.length > 0
      ? t('train.chart.label', {
          start: points[0].loss.toFixed(3),
          now: points[points.length - 1].loss.toFixed(3),
        })
      : t('train.chart.empty');
  return (
    <LineChart
      series={series}
      xLabel={t('train.chart.x')}
      yLabel={name}
      xDomain={[0, Math.max(totalWords, 1)]}
      label={label}
      testId="loss-chart"
    />
  );
}
