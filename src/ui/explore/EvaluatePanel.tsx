import { useRef, useState } from 'react';
import type { EvalReport } from '../../../workers/vectors.worker';
import { vectorsWorker } from '../bridges';
import { useI18n } from '../i18n/I18n';
import { JobStatus } from './JobStatus';
import { useJob } from './useJob';

/** An analogy file (questions-words) or a word-pair file, scored as gensim does, in the worker. */
export function EvaluatePanel() {
  const { t, rich } = useI18n();
  const job = useJob();
  const [kind, setKind] = useState<'analogies' | 'pairs'>('analogies');
  const [report, setReport] = useState<EvalReport | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const start = async (file: File | undefined) => {
    if (!file) return;
    setReport(null);
    const r = await job.run((_id, onProgress) => vectorsWorker.api().evaluate(file, kind, onProgress));
    if (r) setReport(r);
  };

  return (
    <section aria-labelledby="eval-title" data-testid="evaluate">
      <h3 id="eval-title">{t('eval.title')}</h3>
      <section
        className="dropzone"
        aria-label={t('eval.drop')}
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          void start(e.dataTransfer.files[0]);
        }}
      >
        <fieldset className="options-row">
          <legend>{t('eval.kind')}</legend>
          <label>
            <input
              type="radio"
              name="eval-kind"
              checked={kind === 'analogies'}
              onChange={() => setKind('analogies')}
            />{' '}
            {rich('eval.analogies', { sections: <code>: section</code>, questions: <code>a b c d</code> })}
          </label>
          <label>
            <input
              type="radio"
              name="eval-kind"
              checked={kind === 'pairs'}
              onChange={() => setKind('pairs')}
            />{' '}
            {rich('eval.pairs', { pairs: <code>word1 word2 score</code> })}
          </label>
        </fieldset>
        <p>
          {rich('eval.dropOr', {
            choose: (
              <button type="button" className="link" onClick={() => input.current?.click()}>
                {t('eval.choose')}
              </button>
            ),
          })}
        </p>
        <input
          ref={input}
          type="file"
          accept=".txt,.tsv,.csv"
          className="visually-hidden"
          aria-label={t('eval.chooseLabel')}
          data-testid="eval-file-input"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            void start(f);
          }}
        />
      </section>
      <JobStatus job={job} label={t('eval.job')} testId="eval" />
      {report && <EvalTable report={report} />}
    </section>
  );
}

function EvalTable({ report }: { report: EvalReport }) {
  const { t, num, rich } = useI18n();
  const pct = (x: number) => `${num(100 * x, 1)} %`;
  const coverage = t('eval.coverage', {
    share: pct(report.coverage),
    known: num(report.items - report.oov),
    items: num(report.items),
  });
  const file = <span data-user-text="">{report.fileName}</span>;
  if (report.kind === 'pairs') {
    return (
      <table className="data-table" data-testid="eval-report">
        <caption>{rich('eval.pairsCaption', { file })}</caption>
        <tbody>
          <tr>
            <th scope="row">{t('eval.spearman')}</th>
            <td>{report.spearman?.toFixed(4)}</td>
          </tr>
          <tr>
            <th scope="row">{t('eval.pearson')}</th>
            <td>{report.pearson?.toFixed(4)}</td>
          </tr>
          <tr>
            <th scope="row">{t('eval.coverageRow')}</th>
            <td>{coverage}</td>
          </tr>
        </tbody>
      </table>
    );
  }
  return (
    <table className="data-table" data-testid="eval-report">
      <caption>{rich('eval.analogiesCaption', { file, coverage })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('eval.section')}</th>
          <th scope="col">{t('eval.correct')}</th>
          <th scope="col">{t('eval.asked')}</th>
          <th scope="col">{t('eval.accuracy')}</th>
        </tr>
      </thead>
      <tbody>
        {report.sections?.map((s) => (
          <tr key={s.section}>
            <th scope="row" data-user-text="">
              {s.section}
            </th>
            <td>{s.correct}</td>
            <td>{s.correct + s.incorrect}</td>
            <td>{s.correct + s.incorrect > 0 ? pct(s.accuracy) : '–'}</td>
          </tr>
        ))}
      </tbody>
      {report.total && (
        <tfoot>
          <tr>
            <th scope="row">{t('eval.overall')}</th>
            <td>{report.total.correct}</td>
            <td>{report.total.correct + report.total.incorrect}</td>
            <td>{pct(report.total.accuracy)}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
