import { useRef, useState } from 'react';
import type { EvalReport } from '../../../workers/vectors.worker';
import { vectorsWorker } from '../bridges';
import { JobStatus } from './JobStatus';
import { useJob } from './useJob';

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/** An analogy file (questions-words) or a word-pair file, scored as gensim does, in the worker. */
export function EvaluatePanel() {
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
      <h3 id="eval-title">Evaluate</h3>
      <section
        className="dropzone"
        aria-label="Drop an evaluation file here"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          void start(e.dataTransfer.files[0]);
        }}
      >
        <fieldset className="options-row">
          <legend>Kind of file</legend>
          <label>
            <input
              type="radio"
              name="eval-kind"
              checked={kind === 'analogies'}
              onChange={() => setKind('analogies')}
            />{' '}
            Analogies (<code>: section</code> lines, then <code>a b c d</code>)
          </label>
          <label>
            <input
              type="radio"
              name="eval-kind"
              checked={kind === 'pairs'}
              onChange={() => setKind('pairs')}
            />{' '}
            Word pairs (<code>word1 word2 score</code>)
          </label>
        </fieldset>
        <p>
          Drop the file here or{' '}
          <button type="button" className="link" onClick={() => input.current?.click()}>
            choose it
          </button>
          .
        </p>
        <input
          ref={input}
          type="file"
          accept=".txt,.tsv,.csv"
          className="visually-hidden"
          aria-label="Choose an evaluation file"
          data-testid="eval-file-input"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            void start(f);
          }}
        />
      </section>
      <JobStatus job={job} label="Evaluation" testId="eval" />
      {report && <EvalTable report={report} />}
    </section>
  );
}

function EvalTable({ report }: { report: EvalReport }) {
  const coverage = `${pct(report.coverage)} (${(report.items - report.oov).toLocaleString('en-US')} of ${report.items.toLocaleString('en-US')} with every word known)`;
  if (report.kind === 'pairs') {
    return (
      <table className="data-table" data-testid="eval-report">
        <caption>{report.fileName}: word-pair similarity</caption>
        <tbody>
          <tr>
            <th scope="row">Spearman ρ</th>
            <td>{report.spearman?.toFixed(4)}</td>
          </tr>
          <tr>
            <th scope="row">Pearson r</th>
            <td>{report.pearson?.toFixed(4)}</td>
          </tr>
          <tr>
            <th scope="row">Coverage</th>
            <td>{coverage}</td>
          </tr>
        </tbody>
      </table>
    );
  }
  return (
    <table className="data-table" data-testid="eval-report">
      <caption>
        {report.fileName}: analogies, 3CosAdd top-1. Coverage {coverage}.
      </caption>
      <thead>
        <tr>
          <th scope="col">Section</th>
          <th scope="col">Correct</th>
          <th scope="col">Asked</th>
          <th scope="col">Accuracy</th>
        </tr>
      </thead>
      <tbody>
        {report.sections?.map((s) => (
          <tr key={s.section}>
            <th scope="row">{s.section}</th>
            <td>{s.correct}</td>
            <td>{s.correct + s.incorrect}</td>
            <td>{s.correct + s.incorrect > 0 ? pct(s.accuracy) : '–'}</td>
          </tr>
        ))}
      </tbody>
      {report.total && (
        <tfoot>
          <tr>
            <th scope="row">Overall</th>
            <td>{report.total.correct}</td>
            <td>{report.total.correct + report.total.incorrect}</td>
            <td>{pct(report.total.accuracy)}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
