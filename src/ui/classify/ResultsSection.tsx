import { useMemo } from 'react';
import type { ClassificationReport } from '../../core/classify/metrics';
import type { TrainOutcome } from '../../model/session';
import type { EpochLog } from '../../model/train';
import { LineChart } from '../charts/LineChart';
import { useI18n } from '../i18n/I18n';

/** Loss and accuracy per epoch (training solid, validation dashed) and loss per batch. */
export function Curves({
  epochs,
  batches,
}: {
  epochs: EpochLog[];
  batches: { step: number; loss: number }[];
}) {
  const { t, num } = useI18n();
  const lossSeries = useMemo(
    () => [
      {
        name: t('curves.trainingLoss'),
        color: 'var(--accent)',
        points: epochs.map((e) => ({ x: e.epoch, y: e.loss })),
      },
      {
        name: t('curves.validationLoss'),
        color: 'var(--vermillion)',
        dashed: true,
        points: epochs.map((e) => ({ x: e.epoch, y: e.valLoss })),
      },
      {
        name: t('curves.batchLoss'),
        color: 'var(--sky)',
        points: batches.map((b) => ({ x: b.step, y: b.loss })),
      },
    ],
    [epochs, batches, t],
  );
  const accSeries = useMemo(
    () => [
      {
        name: t('curves.trainingAcc'),
        color: 'var(--accent)',
        points: epochs.map((e) => ({ x: e.epoch, y: e.acc })),
      },
      {
        name: t('curves.validationAcc'),
        color: 'var(--vermillion)',
        dashed: true,
        points: epochs.map((e) => ({ x: e.epoch, y: e.valAcc })),
      },
    ],
    [epochs, t],
  );
  const last = epochs[epochs.length - 1];
  return (
    <div className="curves">
      <LineChart
        series={lossSeries}
        xLabel={t('curves.epoch')}
        yLabel={t('curves.loss')}
        xFormat="d"
        label={
          last
            ? t('curves.lossLabel', {
                train: last.loss.toFixed(3),
                validation: last.valLoss.toFixed(3),
                epoch: last.epoch,
              })
            : t('curves.lossEmpty')
        }
        testId="classify-loss-chart"
      />
      <LineChart
        series={accSeries}
        xLabel={t('curves.epoch')}
        yLabel={t('curves.accuracy')}
        xFormat="d"
        yDomain={[0, 1]}
        label={
          last
            ? t('curves.accLabel', {
                train: last.acc.toFixed(3),
                validation: last.valAcc.toFixed(3),
                epoch: last.epoch,
              })
            : t('curves.accEmpty')
        }
        testId="classify-acc-chart"
      />
      {last && <p className="muted">{t('curves.speed', { speed: num(last.sequencesPerSec, 1) })}</p>}
    </div>
  );
}

const pct = (x: number) => x.toFixed(2);

export function ReportTable({ report }: { report: ClassificationReport }) {
  const { t } = useI18n();
  return (
    <table className="summary-table" data-testid="classification-report">
      <caption>{t('report.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('report.class')}</th>
          <th scope="col">{t('report.precision')}</th>
          <th scope="col">{t('report.recall')}</th>
          <th scope="col">{t('report.f1')}</th>
          <th scope="col">{t('report.support')}</th>
        </tr>
      </thead>
      <tbody>
        {report.classes.map((c) => (
          <tr key={c.label}>
            <th scope="row" data-user-text="">
              {c.label}
            </th>
            <td className="num">{pct(c.precision)}</td>
            <td className="num">{pct(c.recall)}</td>
            <td className="num">{pct(c.f1)}</td>
            <td className="num">{c.support}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t('report.accuracy')}</th>
          <td />
          <td />
          <td className="num" data-testid="test-accuracy">
            {pct(report.accuracy)}
          </td>
          <td className="num">{report.total}</td>
        </tr>
        {(
          [
            ['report.macro', report.macroAvg],
            ['report.weighted', report.weightedAvg],
          ] as const
        ).map(([name, s]) => (
          <tr key={name}>
            <th scope="row">{t(name)}</th>
            <td className="num">{pct(s.precision)}</td>
            <td className="num">{pct(s.recall)}</td>
            <td className="num">{pct(s.f1)}</td>
            <td className="num">{s.support}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ConfusionMatrix({ report }: { report: ClassificationReport }) {
  const { t } = useI18n();
  const labels = report.classes.map((c) => c.label);
  const max = Math.max(1, ...report.confusion.flat());
  return (
    <table className="confusion" data-testid="confusion-matrix">
      <caption>{t('confusion.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('confusion.corner')}</th>
          {labels.map((l) => (
            <th key={l} scope="col" data-user-text="">
              {l}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {report.confusion.map((row, i) => (
          <tr key={labels[i]}>
            <th scope="row" data-user-text="">
              {labels[i]}
            </th>
            {row.map((n, j) => (
              <td
                key={labels[j]}
                className="num"
                // One hue, lighter to darker (readable in any colour vision); dark text stays at
                // least 4.5:1 on the darkest shade, so no cell switches to white text.
                style={{ background: `rgba(0, 87, 163, ${(0.08 + 0.6 * (n / max)).toFixed(2)})` }}
              >
                {n}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Outcome({ outcome }: { outcome: TrainOutcome }) {
  const { t } = useI18n();
  const { fit, test } = outcome;
  const counts = { epochs: fit.epochs.length, best: fit.bestEpoch };
  const stopped =
    fit.stoppedBy === 'early-stopping'
      ? t('outcome.early', counts)
      : fit.stoppedBy === 'user'
        ? t('outcome.user', counts)
        : t('outcome.all', counts);
  return (
    <div className="outcome" data-testid="classify-outcome">
      <p role="status">{stopped}</p>
      {test.outputSpread < 0.01 && (
        <p className="message message-error" role="alert">
          {t('outcome.collapse', { spread: test.outputSpread.toExponential(1) })}
        </p>
      )}
      <div className="report-grid">
        <ReportTable report={test.report} />
        <ConfusionMatrix report={test.report} />
      </div>
      <details>
        <summary>{t('outcome.examples')}</summary>
        <table className="summary-table">
          <thead>
            <tr>
              <th scope="col">{t('outcome.text')}</th>
              <th scope="col">{t('outcome.true')}</th>
              <th scope="col">{t('outcome.predicted')}</th>
              <th scope="col">{t('outcome.confidence')}</th>
            </tr>
          </thead>
          <tbody>
            {test.examples.map((e, i) => (
              <tr key={i} className={e.label === e.predicted ? '' : 'wrong'}>
                <td data-user-text="">{e.text}</td>
                <td data-user-text="">{e.label}</td>
                <td data-user-text="">{e.predicted}</td>
                <td className="num">{e.confidence.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
