import { useMemo } from 'react';
import type { ExperimentKind, VariantResult } from '../../model/session';
import type { EpochLog } from '../../model/train';
import { LineChart } from '../charts/LineChart';
import { SERIES_COLOURS as COLOURS } from '../charts/palette';

interface Props {
  busy: boolean;
  running: boolean;
  variants: { name: string; epochs: EpochLog[] }[];
  results: VariantResult[] | null;
  haveVectors: boolean;
  onRun: (kind: ExperimentKind) => void;
}

/**
 * Step 4e: the two lessons of the Keras workflows as experiments run side by side on the same
 * split and seeds — what masking changes, and what pretrained vectors change.
 */
export function Experiments({ busy, running, variants, results, haveVectors, onRun }: Props) {
  const series = useMemo(
    () =>
      variants.map((v, i) => ({
        name: v.name,
        color: COLOURS[i % COLOURS.length],
        dashed: i % 2 === 1,
        points: v.epochs.map((e) => ({ x: e.epoch, y: e.valAcc })),
      })),
    [variants],
  );
  return (
    <section aria-labelledby="exp-title" className="classify-section" data-control="classify.experiments">
      <h2 id="exp-title">Experiments</h2>
      <p className="muted">
        Each variant is trained from scratch with the settings above (same split, same seeds) and scored on
        the same test set. An output spread near 0 means the model answers the same for every text.
      </p>
      <div className="controls">
        <button type="button" disabled={busy} onClick={() => onRun('masking')} data-testid="exp-masking">
          Masked vs unmasked padding
        </button>
        <button
          type="button"
          disabled={busy || !haveVectors}
          onClick={() => onRun('embedding')}
          data-testid="exp-embedding"
        >
          Frozen vs fine-tuned vs random embedding
        </button>
      </div>
      {variants.length > 0 && (
        <LineChart
          series={series}
          xLabel="epoch"
          yLabel="validation accuracy"
          xFormat="d"
          yDomain={[0, 1]}
          label={`Validation accuracy per epoch for ${variants.length} variant(s).`}
          testId="exp-chart"
        />
      )}
      {running && variants.length > 0 && (
        <p role="status">
          Training variant {variants.length}: {variants[variants.length - 1].name}…
        </p>
      )}
      {results && (
        <table className="summary-table" data-testid="exp-results">
          <caption>Results on the test set</caption>
          <thead>
            <tr>
              <th scope="col">Variant</th>
              <th scope="col">Test accuracy</th>
              <th scope="col">Macro F1</th>
              <th scope="col">Output spread</th>
              <th scope="col">Trainable / frozen params</th>
              <th scope="col">Epochs</th>
              <th scope="col">Time</th>
            </tr>
          </thead>
          <tbody>
            {results.map((r) => (
              <tr key={r.name} className={r.outputSpread < 0.01 ? 'wrong' : ''}>
                <th scope="row">{r.name}</th>
                <td className="num">{r.testAccuracy.toFixed(3)}</td>
                <td className="num">{r.macroF1.toFixed(3)}</td>
                <td className="num">
                  {r.outputSpread.toFixed(3)}
                  {r.outputSpread < 0.01 ? ' — collapsed' : ''}
                </td>
                <td className="num">
                  {r.trainable.toLocaleString('en-US')} / {r.nonTrainable.toLocaleString('en-US')}
                </td>
                <td className="num">{r.epochs.length}</td>
                <td className="num">{(r.ms / 1000).toFixed(1)} s</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
