import { type DragEvent, useId, useRef, useState } from 'react';
import type { ImportReport } from '../../../workers/vectors.worker';
import type { Phrase } from '../../core/errors';
import { vectorsWorker } from '../bridges';
import { useI18n } from '../i18n/I18n';
import { worded } from '../i18n/shown';
import { Message } from '../Message';
import { adoptPublished, useCorpusWords } from '../vectorState';
import { JobStatus } from './JobStatus';
import { useJob } from './useJob';

const ACCEPT = '.bin,.txt,.vec,.tsv,.w2v,.glove,.gz';

/**
 * Import of a vector file: word2vec binary or text, fastText .vec, GloVe, or a Projector
 * vectors.tsv with its metadata.tsv (two files). Read in the worker, streamed from the File.
 */
export function ImportForm({ onImported }: { onImported: () => void }) {
  const { t, num, rich } = useI18n();
  const job = useJob();
  const ids = useId();
  const corpusWords = useCorpusWords();
  const [limitOn, setLimitOn] = useState(true);
  const [limit, setLimit] = useState(100_000);
  const [corpusOnly, setCorpusOnly] = useState(false);
  const [report, setReport] = useState<{ name: string; words: number; r: ImportReport } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [warning, setWarning] = useState<Phrase | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const start = async (files: File[]) => {
    if (files.length === 0) return;
    // With two files, the Projector's metadata.tsv is the one whose name says so (or the smaller).
    let vectors = files[0];
    let metadata: File | undefined;
    if (files.length > 1) {
      const meta = files.find((f) => /meta/i.test(f.name)) ?? [...files].sort((a, b) => a.size - b.size)[0];
      metadata = meta;
      vectors = files.find((f) => f !== meta) ?? files[0];
    }
    setReport(null);
    setWarning(null);
    const r = await job.run((id, onProgress) =>
      vectorsWorker.api().importFiles(
        {
          vectors,
          metadata,
          limit: limitOn ? limit : undefined,
          keep: corpusOnly && corpusWords ? [...corpusWords] : undefined,
        },
        id,
        onProgress,
      ),
    );
    if (!r) return;
    const info = adoptPublished(r);
    setWarning(r.storageWarning);
    setReport({ name: info.name, words: info.words, r: r.report });
    onImported();
  };

  const onDrop = (ev: DragEvent) => {
    ev.preventDefault();
    setDragging(false);
    void start([...ev.dataTransfer.files]);
  };

  return (
    <section
      className={dragging ? 'dropzone dragging' : 'dropzone'}
      aria-labelledby={`${ids}-title`}
      data-testid="vector-dropzone"
      onDragOver={(ev) => {
        ev.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h3 id={`${ids}-title`}>{t('import.title')}</h3>
      <p>
        {rich('import.intro', {
          bin: <code>.bin</code>,
          vec: <code>.vec</code>,
          vectors: <code>vectors.tsv</code>,
          metadata: <code>metadata.tsv</code>,
          choose: (
            <button type="button" className="link" onClick={() => input.current?.click()}>
              {t('import.choose')}
            </button>
          ),
        })}
      </p>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        className="visually-hidden"
        data-testid="vector-file-input"
        aria-label={t('import.chooseLabel')}
        onChange={(ev) => {
          const files = [...(ev.target.files ?? [])];
          ev.target.value = '';
          void start(files);
        }}
      />
      <div className="options-row">
        <label>
          <input type="checkbox" checked={limitOn} onChange={(e) => setLimitOn(e.target.checked)} />{' '}
          {t('import.onlyFirst')}
        </label>
        <input
          type="number"
          min={1}
          step={1000}
          value={limit}
          disabled={!limitOn}
          onChange={(e) => setLimit(Math.max(1, Number(e.target.value) || 1))}
          aria-label={t('import.limitLabel')}
          data-testid="import-limit"
        />
        <span>{t('import.limitAfter')}</span>
      </div>
      <div className="options-row">
        <label title={corpusWords ? undefined : t('import.corpusOnlyTitle')}>
          <input
            type="checkbox"
            checked={corpusOnly && corpusWords !== null}
            disabled={corpusWords === null}
            onChange={(e) => setCorpusOnly(e.target.checked)}
          />{' '}
          {t('import.corpusOnly')}{' '}
          {corpusWords
            ? t('import.corpusWords', { count: num(corpusWords.length) })
            : t('import.corpusUnknown')}
        </label>
      </div>
      <JobStatus job={job} label={t('import.job')} testId="import" />
      <Message kind="info" text={warning && worded(warning)} />
      {report && (
        <p role="status" data-testid="import-report">
          {rich('import.report', {
            words: num(report.words),
            name: <span data-user-text="">{report.name}</span>,
            format: <code>{report.r.format}</code>,
            mb: num(report.r.bytesRead / 1e6, 1),
            seconds: num(report.r.seconds, 1),
            extra:
              (report.r.stoppedEarly ? t('import.stoppedEarly') : '') +
              (report.r.duplicates > 0 ? t('import.duplicates', { count: report.r.duplicates }) : ''),
          })}
        </p>
      )}
    </section>
  );
}
