import { useMemo } from 'react';
import type { CurvePoint, FeatureModelKind } from '../../model/featureClassifiers';
import { LineChart } from '../charts/LineChart';
import { ConfusionMatrix, ReportTable } from '../classify/ResultsSection';
import { useI18n } from '../i18n/I18n';
import type { TrainedModel } from './useFeatureClassifiers';

/** Training and validation loss per boosting round (trees) or epoch (networks). */
export function LossCurve({ kind, points }: { kind: FeatureModelKind; points: CurvePoint[] }) {
  const { t } = useI18n();
  const series = useMemo(
    () => [
      {
        name: t('features.curve.train'),
        color: 'var(--accent)',
        points: points.map((p) => ({ x: p.step, y: p.trainLoss })),
      },
      {
        name: t('features.curve.validation'),
        color: 'var(--vermillion)',
        dashed: true,
        points: points.filter((p) => Number.isFinite(p.valLoss)).map((p) => ({ x: p.step, y: p.valLoss })),
      },
    ],
    [points, t],
  );
  const last = points[points.length - 1];
  const step = t(kind === 'gbdt' ? 'features.curve.round' : 'features.curve.epoch');
  return (
    <LineChart
      series={series}
      xLabel={step}
      yLabel={t('features.curve.loss')}
      xFormat="d"
      label={
        last
          ? t('features.curve.label', {
              step,
              n: last.step,
              train: last.trainLoss.toFixed(4),
              validation: last.valLoss.toFixed(4),
            })
          : t('features.curve.empty')
      }
      testId={`features-curve-${kind}`}
    />
  );
}

/** One trained model: how training ended, its test report, confusion matrix and loss curve. */
export function FeatureResult({ result, open }: { result: TrainedModel; open: boolean }) {
  const { t } = useI18n();
  const model = t(`features.model.${result.kind}`);
  const step = t(result.kind === 'gbdt' ? 'features.curve.round' : 'features.curve.epoch');
  const ended =
    result.stoppedBy === 'early-stopping'
      ? t('features.ended.early', { step, best: result.bestStep, last: result.curve.length })
      : result.stoppedBy === 'user'
        ? t('features.ended.user', { step, best: result.bestStep, last: result.curve.length })
        : result.stoppedBy === 'no-split'
          ? t('features.ended.noSplit', { last: result.curve.length })
          : t('features.ended.completed', { step, best: result.bestStep, last: result.curve.length });
  return (
    <details className="feature-result" open={open} data-testid="feature-result" data-kind={result.kind}>
      <summary>
        {t('features.result.title', {
          model,
          features: result.features,
          accuracy: result.report.accuracy.toFixed(3),
        })}
      </summary>
      <p role="status">
        {ended}{' '}
        {t(result.kind === 'gbdt' ? 'features.result.trees' : 'features.result.parameters', {
          count: result.size.toLocaleString(),
          seconds: (result.trainMs / 1000).toFixed(1),
        })}
      </p>
      <div className="report-grid">
        <ReportTable report={result.report} />
        <ConfusionMatrix report={result.report} />
      </div>
      <LossCurve kind={result.kind} points={result.curve} />
    </details>
  );
}
