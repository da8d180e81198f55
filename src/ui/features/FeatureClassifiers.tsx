import { useMemo } from 'react';
import type { ClassificationReport } from '../../core/classify/metrics';
import type { FeatureSet } from '../../core/features/types';
import { useI18n } from '../i18n/I18n';
import { failure } from '../i18n/shown';
import { Message } from '../Message';
import { usePersistentState } from '../usePersistentState';
import { Comparison } from './Comparison';
import type { ComparisonRow } from './comparison';
import { FeatureResult, LossCurve } from './FeatureResult';
import { ModelOptions } from './ModelOptions';
import { choicesOf, DEFAULT_FEATURE_SETTINGS } from './settings';
import { useFeatureClassifiers } from './useFeatureClassifiers';
import './features.css';

/** The LSTM classifier's last test result, for the comparison table. */
export interface LstmComparison {
  report: ClassificationReport;
  /** Its epochs' training time, milliseconds. */
  trainMs: number;
  /** `labelledDataKey` of the data and split it was tested on, or null when unknown. */
  dataKey: string | null;
  /** The labelled data's title. */
  input: string;
}

interface Props {
  /** The text vectors to classify (any source); null until one is made. */
  featureSet: FeatureSet | null;
  /** The Classify tab's last LSTM result, or null. */
  lstm: LstmComparison | null;
}

/**
 * Classifiers on a feature set (gradient-boosted trees, logistic regression, an MLP), trained in
 * the features worker on the same split as the LSTM classifier: options, train/stop, each
 * model's report, confusion matrix and loss curve, and the session's comparison table.
 */
export function FeatureClassifiers({ featureSet, lstm }: Props) {
  const { t } = useI18n();
  const [settings, setSettings] = usePersistentState('feature-models', DEFAULT_FEATURE_SETTINGS);
  const { view, train, stop } = useFeatureClassifiers(featureSet);
  const training = view.status === 'training';
  const choices = choicesOf(settings);
  const rows = useMemo<ComparisonRow[]>(() => {
    const out: ComparisonRow[] = view.results.map((r) => ({
      id: r.id,
      model: r.kind,
      input: r.features,
      dataKey: r.dataKey,
      report: r.report,
      trainMs: r.trainMs,
    }));
    if (lstm)
      out.push({
        id: 'lstm',
        model: 'lstm',
        input: lstm.input,
        dataKey: lstm.dataKey,
        report: lstm.report,
        trainMs: lstm.trainMs,
      });
    return out;
  }, [view.results, lstm]);
  const summary = view.summary;
  const live = view.live;
  const lastPoint = live?.points[live.points.length - 1];
  const newest = view.results.length - 1;

  return (
    <div className="feature-classifiers">
      <Message kind="error" text={view.error === null ? null : failure(view.error)} />
      {summary && (
        <p data-testid="features-summary">
          {t('features.summary', {
            name: summary.name,
            n: summary.n.toLocaleString(),
            d: summary.d,
            train: summary.sizes.train,
            validation: summary.sizes.validation,
            test: summary.sizes.test,
          })}
        </p>
      )}
      <ModelOptions settings={settings} onChange={setSettings} disabled={training} />
      <div className="controls">
        <button
          type="button"
          disabled={training || summary === null || choices.length === 0 || view.status === 'checking'}
          onClick={() => void train(choices)}
          data-testid="features-train"
        >
          {t('features.train')}
        </button>
        <button type="button" disabled={!training} onClick={stop} data-testid="features-stop">
          {t('features.stop')}
        </button>
      </div>
      {training && (
        <p role="status" data-testid="features-status" data-status={view.status}>
          {live
            ? t(lastPoint ? 'features.status.step' : 'features.status.start', {
                model: t(`features.model.${live.kind}`),
                step: t(live.kind === 'gbdt' ? 'features.curve.round' : 'features.curve.epoch'),
                n: lastPoint?.step ?? 0,
                loss: lastPoint && Number.isFinite(lastPoint.valLoss) ? lastPoint.valLoss.toFixed(4) : '–',
              })
            : t('features.status.preparing')}
        </p>
      )}
      {training && live && live.points.length > 0 && <LossCurve kind={live.kind} points={live.points} />}
      {view.results.map((r, i) => <FeatureResult key={r.id} result={r} open={i === newest} />).reverse()}
      <Comparison rows={rows} reference={summary?.dataKey ?? null} />
    </div>
  );
}
