import { type DragEvent, useId, useRef, useState } from 'react';
import type { ImportReport } from '../../../workers/vectors.worker';
import { vectorsWorker } from '../bridges';
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
  const job = useJob();
  const ids = useId();
  const corpusWords = useCorpusWords();
  const [limitOn, setLimitOn] = useState(true);
  const [limit, setLimit] = useState(100_000);
  const [corpusOnly, setCorpusOnly] = useState(false);
  const [report, setReport] = useState<{ name: string; words: number; r: ImportReport } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [warning, setWarning] = useState<string | null>(null);
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
      <h3 id={`${ids}-title`}>Import vectors</h3>
      <p>
        Drop a word2vec (<code>.bin</code> or text), fastText <code>.vec</code> or GloVe file here, or a
        Projector <code>vectors.tsv</code> together with its <code>metadata.tsv</code>, or{' '}
        <button type="button" className="link" onClick={() => input.current?.click()}>
          choose files
        </button>
        . Big files are streamed: only the words you keep are held in memory.
      </p>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        className="visually-hidden"
        data-testid="vector-file-input"
        aria-label="Choose a vector file (and a metadata file for Projector TSV)"
        onChange={(ev) => {
          const files = [...(ev.target.files ?? [])];
          ev.target.value = '';
          void start(files);
        }}
      />
      <div className="options-row">
        <label>
          <input type="checkbox" checked={limitOn} onChange={(e) => setLimitOn(e.target.checked)} /> Only the
          first
        </label>
        <input
          type="number"
          min={1}
          step={1000}
          value={limit}
          disabled={!limitOn}
          onChange={(e) => setLimit(Math.max(1, Number(e.target.value) || 1))}
          aria-label="How many words to keep from the start of the file"
          data-testid="import-limit"
        />
        <span>words (files list the most frequent first)</span>
      </div>
      <div className="options-row">
        <label title={corpusWords ? undefined : 'Train on a corpus first to know its vocabulary'}>
          <input
            type="checkbox"
            checked={corpusOnly && corpusWords !== null}
            disabled={corpusWords === null}
            onChange={(e) => setCorpusOnly(e.target.checked)}
          />{' '}
          Only words of the current corpus
          {corpusWords
            ? ` (${corpusWords.length.toLocaleString('en-US')} words)`
            : ' (available once the corpus vocabulary is known)'}
        </label>
      </div>
      <JobStatus job={job} label="Import" testId="import" />
      <Message kind="info" text={warning} />
      {report && (
        <p role="status" data-testid="import-report">
          Imported {report.words.toLocaleString('en-US')} words from {report.name} ({report.r.format},{' '}
          {(report.r.bytesRead / 1e6).toFixed(1)} MB in {report.r.seconds.toFixed(1)} s
          {report.r.stoppedEarly ? ', stopped reading early' : ''}
          {report.r.duplicates > 0 ? `, ${report.r.duplicates} duplicate words skipped` : ''}).
        </p>
      )}
    </section>
  );
}
