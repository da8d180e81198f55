import { useMemo } from 'react';
import type { Phrase } from '../../core/errors';
import type { ExperimentKind, VariantResult } from '../../model/session';
import type { EpochLog } from '../../model/train';
import { LineChart } from '../charts/LineChart';
import { SERIES_COLOURS as COLOURS } from '../charts/palette';
import { useI18n } from '../i18n/I18n';

interface Props {
  busy: boolean;
  running: boolean;
  variants: { name: Phrase; epochs: EpochLog[] }[];
  results: VariantResult[] | null;
  haveVectors: boolean;
  onRun: (kind: ExperimentKind) => void;
}

/**
 * Step 4e: the two lessons of the Keras workflows as experiments run side by side on the same
 * split and seeds — what masking changes, and what pretrained vectors change.
 */
export function Experiments({ busy, running, variants, results, haveVectors, onRun }: Props) {
  const { t, say, num } = useI18n();
  const series = useMemo(
    () =>
      variants.map((v, i) => ({
        name: say(v.name),
        color: COLOURS[i % COLOURS.length],
        dashed: i % 2 === 1,
        points: v.epochs.map((e) => ({ x: e.epoch, y: e.valAcc })),
      })),
    [variants, say],
  );
  return (
    <section aria-labelledby="exp-title" className="classify-section" data-control="classify.experiments">
      <h2 id="exp-title">{t('exp.title')}</h2>
      <p className="muted">{t('exp.intro')}</p>
      <div className="controls">
        <button type="button" disabled={busy} onClick={() => onRun('masking')} data-testid="exp-masking">
          {t('exp.masking')}
        </button>
        <button
          type="button"
          disabled={busy || !haveVectors}
          onClick={() => onRun('embedding')}
          data-testid="exp-embedding"
        >
          {t('exp.embedding')}
        </button>
      </div>
      {variants.length > 0 && (
        <LineChart
          series={series}
          xLabel={t('curves.epoch')}
          yLabel={t('exp.chart.y')}
          xFormat="d"
          yDomain={[0, 1]}
          label={t('exp.chart.label', { count: variants.length })}
          testId="exp-chart"
        />
      )}
      {running && variants.length > 0 && (
        <p role="status">
          {t('exp.running', { index: variants.length, name: say(variants[variants.length - 1].name) })}
        </p>
      )}
      {results && (
        <table className="summary-table" data-testid="exp-results">
          <caption>{t('exp.results')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('exp.variant')}</th>
              <th scope="col">{t('exp.accuracy')}</th>
              <th scope="col">{t('exp.f1')}</th>
              <th scope="col">{t('exp.spread')}</th>
              <th scope="col">{t('exp.params')}</th>
              <th scope="col">{t('exp.epochs')}</th>
              <th scope="col">{t('exp.time')}</th>
            </tr>
          </thead>
          <tbody>
            {results.map((r) => (
              <tr key={r.name.text} className={r.outputSpread < 0.01 ? 'wrong' : ''}>
                <th scope="row">{say(r.name)}</th>
                <td className="num">{r.testAccuracy.toFixed(3)}</td>
                <td className="num">{r.macroF1.toFixed(3)}</td>
                <td className="num">
                  {r.outputSpread.toFixed(3)}
                  {r.outputSpread < 0.01 ? t('exp.collapsed') : ''}
                </td>
                <td className="num">
                  {num(r.trainable)} / {num(r.nonTrainable)}
                </td>
                <td className="num">{r.epochs.length}</td>
                <td className="num">{t('exp.seconds', { seconds: num(r.ms / 1000, 1) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
