import { useEffect, useState } from 'react';
import type { EnvironmentReport } from '../../workers/classifier.worker';
import { messageOf } from '../bridge/errors';
import type { ParityReport } from '../model/parity';
import { classifierWorker } from './bridges';

const STATUS_TEXT = {
  accepted: 'in use',
  refused: 'refused',
  unavailable: 'unavailable',
  untried: 'not tried',
};

/** Losses that agree to this (absolute) count as the same curve. */
const PARITY_TOLERANCE = 1e-4;

/** Which compute backend the classifier uses, why the others were refused, and the masking check. */
export function BackendPanel() {
  const [report, setReport] = useState<EnvironmentReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [parity, setParity] = useState<ParityReport | null>(null);
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    let live = true;
    classifierWorker
      .api()
      .probe()
      .then((r) => live && setReport(r))
      .catch((e: unknown) => live && setError(messageOf(e)));
    return () => {
      live = false;
    };
  }, []);

  const verify = async () => {
    setChecking(true);
    setError(null);
    try {
      setParity(await classifierWorker.api().parityCheck());
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setChecking(false);
    }
  };

  const chosen = report?.checks.find((c) => c.name === report.chosen);
  return (
    <section className="backend" aria-labelledby="backend-title">
      <h2 id="backend-title">Compute</h2>
      {report === null && error === null && (
        <p data-testid="backend-status" aria-busy="true">
          Checking compute backends (WebGPU, WebGL, CPU) for correctness…
        </p>
      )}
      {error !== null && (
        <p className="message message-error" role="alert">
          {error}
        </p>
      )}
      {report !== null && (
        <>
          <p data-testid="backend-status">
            Classifier backend: <strong data-testid="backend-chosen">{report.chosen}</strong>
            {chosen?.device ? ` (${chosen.device})` : ''}. Word2vec:{' '}
            {report.isolated
              ? `up to ${report.cores} workers on shared memory`
              : 'one worker (page not isolated)'}
            .
          </p>
          <table className="backend-table">
            <caption className="visually-hidden">Backend self-test results</caption>
            <thead>
              <tr>
                <th scope="col">Backend</th>
                <th scope="col">Result</th>
                <th scope="col">Why</th>
                <th scope="col">Time</th>
              </tr>
            </thead>
            <tbody>
              {report.checks.map((c) => (
                <tr key={c.name} data-testid={`backend-${c.name}`} data-status={c.status}>
                  <td>{c.name}</td>
                  <td>{STATUS_TEXT[c.status]}</td>
                  <td>{c.reason}</td>
                  <td>{c.ms > 0 ? `${(c.ms / 1000).toFixed(1)} s` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <button type="button" onClick={verify} disabled={checking} data-testid="parity-run">
              {checking
                ? 'Training on CPU and on ' + report.chosen + '…'
                : `Verify masked-LSTM training on ${report.chosen}`}
            </button>
          </p>
          {parity !== null && <ParityResult parity={parity} />}
        </>
      )}
    </section>
  );
}

function ParityResult({ parity }: { parity: ParityReport }) {
  const same = parity.maxLossDiff <= PARITY_TOLERANCE;
  const padded = parity.maxPaddingDiff <= PARITY_TOLERANCE;
  return (
    <div data-testid="parity-result" data-ok={same && padded}>
      <p>
        {same && padded
          ? `Masked LSTM training on ${parity.backend} matches the CPU backend.`
          : `Masked LSTM training on ${parity.backend} does NOT match the CPU backend: do not trust its results.`}{' '}
        Largest per-epoch loss difference:{' '}
        <span data-testid="parity-loss-diff">{parity.maxLossDiff.toExponential(2)}</span>; largest output
        change from extra padding:{' '}
        <span data-testid="parity-padding-diff">{parity.maxPaddingDiff.toExponential(2)}</span> (
        {(parity.ms / 1000).toFixed(1)} s).
      </p>
      <table className="backend-table">
        <caption className="visually-hidden">Loss per epoch on each backend</caption>
        <thead>
          <tr>
            <th scope="col">Epoch</th>
            <th scope="col">CPU loss</th>
            <th scope="col">{parity.backend} loss</th>
          </tr>
        </thead>
        <tbody>
          {parity.cpuLosses.map((l, i) => (
            <tr key={i}>
              <td>{i + 1}</td>
              <td>{l.toFixed(6)}</td>
              <td>{parity.backendLosses[i].toFixed(6)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
