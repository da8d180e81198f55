import { useMemo } from 'react';
import type { ClassificationReport } from '../../core/classify/metrics';
import type { TrainOutcome } from '../../model/session';
import type { EpochLog } from '../../model/train';
import { LineChart } from '../charts/LineChart';

/** Loss and accuracy per epoch (training solid, validation dashed) and loss per batch. */
export function Curves({
  epochs,
  batches,
}: {
  epochs: EpochLog[];
  batches: { step: number; loss: number }[];
}) {
  const lossSeries = useMemo(
    () => [
      {
        name: 'training loss',
        color: 'var(--accent)',
        points: epochs.map((e) => ({ x: e.epoch, y: e.loss })),
      },
      {
        name: 'validation loss',
        color: 'var(--vermillion)',
        dashed: true,
        points: epochs.map((e) => ({ x: e.epoch, y: e.valLoss })),
      },
      { name: 'batch loss', color: 'var(--sky)', points: batches.map((b) => ({ x: b.step, y: b.loss })) },
    ],
    [epochs, batches],
  );
  const accSeries = useMemo(
    () => [
      {
        name: 'training accuracy',
        color: 'var(--accent)',
        points: epochs.map((e) => ({ x: e.epoch, y: e.acc })),
      },
      {
        name: 'validation accuracy',
        color: 'var(--vermillion)',
        dashed: true,
        points: epochs.map((e) => ({ x: e.epoch, y: e.valAcc })),
      },
    ],
    [epochs],
  );
  const last = epochs[epochs.length - 1];
  return (
    <div className="curves">
      <LineChart
        series={lossSeries}
        xLabel="epoch"
        yLabel="loss"
        xFormat="d"
        label={
          last
            ? `Loss: training ${last.loss.toFixed(3)}, validation ${last.valLoss.toFixed(3)} after epoch ${last.epoch}.`
            : 'Loss: no epoch yet.'
        }
        testId="classify-loss-chart"
      />
      <LineChart
        series={accSeries}
        xLabel="epoch"
        yLabel="accuracy"
        xFormat="d"
        yDomain={[0, 1]}
        label={
          last
            ? `Accuracy: training ${last.acc.toFixed(3)}, validation ${last.valAcc.toFixed(3)} after epoch ${last.epoch}.`
            : 'Accuracy: no epoch yet.'
        }
        testId="classify-acc-chart"
      />
      {last && (
        <p className="muted">Last epoch: {last.sequencesPerSec.toFixed(1)} sequences/s in training.</p>
      )}
    </div>
  );
}

const pct = (x: number) => x.toFixed(2);

export function ReportTable({ report }: { report: ClassificationReport }) {
  return (
    <table className="summary-table" data-testid="classification-report">
      <caption>Classification report (test set)</caption>
      <thead>
        <tr>
          <th scope="col">class</th>
          <th scope="col">precision</th>
          <th scope="col">recall</th>
          <th scope="col">f1-score</th>
          <th scope="col">support</th>
        </tr>
      </thead>
      <tbody>
        {report.classes.map((c) => (
          <tr key={c.label}>
            <th scope="row">{c.label}</th>
            <td className="num">{pct(c.precision)}</td>
            <td className="num">{pct(c.recall)}</td>
            <td className="num">{pct(c.f1)}</td>
            <td className="num">{c.support}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">accuracy</th>
          <td />
          <td />
          <td className="num" data-testid="test-accuracy">
            {pct(report.accuracy)}
          </td>
          <td className="num">{report.total}</td>
        </tr>
        {(
          [
            ['macro avg', report.macroAvg],
            ['weighted avg', report.weightedAvg],
          ] as const
        ).map(([name, s]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
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
  const labels = report.classes.map((c) => c.label);
  const max = Math.max(1, ...report.confusion.flat());
  return (
    <table className="confusion" data-testid="confusion-matrix">
      <caption>Confusion matrix (rows: true class, columns: predicted)</caption>
      <thead>
        <tr>
          <th scope="col">true \ predicted</th>
          {labels.map((l) => (
            <th key={l} scope="col">
              {l}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {report.confusion.map((row, i) => (
          <tr key={labels[i]}>
            <th scope="row">{labels[i]}</th>
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
  const { fit, test } = outcome;
  const stopped =
    fit.stoppedBy === 'early-stopping'
      ? `Early stopping after epoch ${fit.epochs.length}; weights of epoch ${fit.bestEpoch} restored.`
      : fit.stoppedBy === 'user'
        ? `Stopped by you after ${fit.epochs.length} epoch(s); the best weights so far (epoch ${fit.bestEpoch}) are kept.`
        : `Trained all ${fit.epochs.length} epochs; the model holds epoch ${fit.bestEpoch}'s weights.`;
  return (
    <div className="outcome" data-testid="classify-outcome">
      <p role="status">{stopped}</p>
      {test.outputSpread < 0.01 && (
        <p className="message message-error" role="alert">
          The model gives (almost) the same output for every input (spread{' '}
          {test.outputSpread.toExponential(1)}): this is the collapse that unmasked padding causes. Turn on
          “Mask padding”, use pre-padding, or shorten maxlen.
        </p>
      )}
      <div className="report-grid">
        <ReportTable report={test.report} />
        <ConfusionMatrix report={test.report} />
      </div>
      <details>
        <summary>Test examples and predictions</summary>
        <table className="summary-table">
          <thead>
            <tr>
              <th scope="col">text</th>
              <th scope="col">true</th>
              <th scope="col">predicted</th>
              <th scope="col">confidence</th>
            </tr>
          </thead>
          <tbody>
            {test.examples.map((e, i) => (
              <tr key={i} className={e.label === e.predicted ? '' : 'wrong'}>
                <td>{e.text}</td>
                <td>{e.label}</td>
                <td>{e.predicted}</td>
                <td className="num">{e.confidence.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
