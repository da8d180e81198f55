import { useEffect, useState } from 'react';
import type { EnvironmentReport } from '../../workers/classifier.worker';
import type { ParityReport } from '../model/parity';
import { classifierWorker } from './bridges';
import { useI18n } from './i18n/I18n';
import type { MessageKey } from './i18n/messages';
import { failure, type Shown } from './i18n/shown';
import { Message } from './Message';

const STATUS_TEXT = {
  accepted: 'backend.status.accepted',
  refused: 'backend.status.refused',
  unavailable: 'backend.status.unavailable',
  untried: 'backend.status.untried',
} as const satisfies Record<string, MessageKey>;

/** Losses that agree to this (absolute) count as the same curve. */
const PARITY_TOLERANCE = 1e-4;

/** Which compute backend the classifier uses, why the others were refused, and the masking check. */
export function BackendPanel() {
  const { t, say, num } = useI18n();
  const [report, setReport] = useState<EnvironmentReport | null>(null);
  const [error, setError] = useState<Shown | null>(null);
  const [parity, setParity] = useState<ParityReport | null>(null);
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    let live = true;
    classifierWorker
      .api()
      .probe()
      .then((r) => live && setReport(r))
      .catch((e: unknown) => live && setError(failure(e)));
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
      setError(failure(e));
    } finally {
      setChecking(false);
    }
  };

  const chosen = report?.checks.find((c) => c.name === report.chosen);
  return (
    <section className="backend" aria-labelledby="backend-title">
      <h2 id="backend-title">{t('backend.title')}</h2>
      {report === null && error === null && (
        <p data-testid="backend-status" aria-busy="true">
          {t('backend.checking')}
        </p>
      )}
      <Message kind="error" text={error} />
      {report !== null && (
        <>
          <p data-testid="backend-status">
            {t('backend.classifier')} <strong data-testid="backend-chosen">{report.chosen}</strong>
            {chosen?.device && (
              // The adapter's own description, as the browser reports it.
              <span data-user-text=""> ({chosen.device})</span>
            )}
            . {t('backend.wordVectors')}{' '}
            {report.isolated ? t('backend.sharedWorkers', { cores: report.cores }) : t('backend.oneWorker')}
          </p>
          <table className="backend-table">
            <caption className="visually-hidden">{t('backend.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('backend.col.backend')}</th>
                <th scope="col">{t('backend.col.result')}</th>
                <th scope="col">{t('backend.col.why')}</th>
                <th scope="col">{t('backend.col.time')}</th>
              </tr>
            </thead>
            <tbody>
              {report.checks.map((c) => (
                <tr key={c.name} data-testid={`backend-${c.name}`} data-status={c.status}>
                  <td>{c.name}</td>
                  <td>{t(STATUS_TEXT[c.status])}</td>
                  <td>{say(c.reason)}</td>
                  <td>{c.ms > 0 ? t('backend.seconds', { seconds: num(c.ms / 1000, 1) }) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <button type="button" onClick={verify} disabled={checking} data-testid="parity-run">
              {checking
                ? t('backend.verifying', { backend: report.chosen })
                : t('backend.verify', { backend: report.chosen })}
            </button>
          </p>
          {parity !== null && <ParityResult parity={parity} />}
        </>
      )}
    </section>
  );
}

function ParityResult({ parity }: { parity: ParityReport }) {
  const { t, num } = useI18n();
  const same = parity.maxLossDiff <= PARITY_TOLERANCE;
  const padded = parity.maxPaddingDiff <= PARITY_TOLERANCE;
  return (
    <div data-testid="parity-result" data-ok={same && padded}>
      <p>
        {same && padded
          ? t('backend.parity.same', { backend: parity.backend })
          : t('backend.parity.differs', { backend: parity.backend })}{' '}
        {t('backend.parity.lossDiff')}{' '}
        <span data-testid="parity-loss-diff">{parity.maxLossDiff.toExponential(2)}</span>;{' '}
        {t('backend.parity.paddingDiff')}{' '}
        <span data-testid="parity-padding-diff">{parity.maxPaddingDiff.toExponential(2)}</span> (
        {t('backend.seconds', { seconds: num(parity.ms / 1000, 1) })}).
      </p>
      <table className="backend-table">
        <caption className="visually-hidden">{t('backend.parity.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('backend.parity.epoch')}</th>
            <th scope="col">{t('backend.parity.cpuLoss')}</th>
            <th scope="col">{t('backend.parity.backendLoss', { backend: parity.backend })}</th>
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
