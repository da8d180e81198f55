import { useEffect, useState } from 'react';
import type { EnvironmentReport } from '../../workers/backend.worker';
import { messageOf } from '../bridge/errors';
import { backendWorker } from './bridges';

const STATUS_TEXT = {
  accepted: 'in use',
  refused: 'refused',
  unavailable: 'unavailable',
  untried: 'not tried',
};

/** Which compute backend the classifier will use, and why the others were refused. */
export function BackendPanel() {
  const [report, setReport] = useState<EnvironmentReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    backendWorker
      .api()
      .probe()
      .then((r) => live && setReport(r))
      .catch((e: unknown) => live && setError(messageOf(e)))
      .finally(() => backendWorker.terminate());
    return () => {
      live = false;
    };
  }, []);

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
            {report.checks.find((c) => c.name === report.chosen)?.device
              ? ` (${report.checks.find((c) => c.name === report.chosen)?.device})`
              : ''}
            . Word2vec:{' '}
            {report.isolated ? `${report.cores} cores (shared memory)` : 'one worker (page not isolated)'}.
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
        </>
      )}
    </section>
  );
}
