import { type DragEvent, useState } from 'react';
import type { DatasetOptions } from '../../core/classify/dataset';
import { type CorpusMeta, formatCount } from '../../core/corpus/metadata';
import { DEFAULT_CLEAN_OPTIONS } from '../../core/text/clean';
import { DEFAULT_TOKENIZER } from '../../core/text/tokenizerSpec';
import type { LabelledSource } from '../../model/labelledSource';
import type { DataReport } from '../../model/session';
import { Histogram } from '../charts/Histogram';
import { DropZone } from '../DropZone';
import { TokenizerFields } from '../TokenizerFields';
import { type BUILTIN_LABELLED, CLASSIFY_DATA, CLASSIFY_SOURCE } from '../url/groups';
import { useUrlState } from '../url/store';
import { builtinSource } from '../useCorpus';
import { droppedFolderFiles, type PathFile, pickedFolderFiles } from './folderDrop';
import { CheckField, NumberField } from './NumberField';

type Choice =
  | { kind: 'builtin'; id: string; labelField: string }
  | { kind: 'file'; file: File }
  | { kind: 'folder'; files: PathFile[]; title: string };

interface Props {
  manifest: CorpusMeta[] | null;
  report: DataReport | null;
  busy: boolean;
  onPrepare: (source: LabelledSource, options: DatasetOptions) => void;
}

const CLEAN_TOGGLES = [
  ['stripHtml', 'Strip HTML', 'Removes tags and decodes entities such as &amp;amp;.'],
  ['lowercase', 'Lowercase', '“Free” and “free” become one word.'],
  ['lettersOnly', 'Letters only', 'Drops digits and symbols; words are runs of letters.'],
  ['lemmatize', 'Lemmatize', 'Dictionary forms: “mice” → “mouse”, “was” → “be” (loads a 2 MB word list).'],
  ['stem', 'Stem (Porter)', 'Cuts endings: “connected” → “connect”, “ponies” → “poni”.'],
] as const;

/** Step 4a: which labelled data, how it is cleaned, tokenized, padded and split. */
export function DataSection({ manifest, report, busy, onPrepare }: Props) {
  const labelled = (manifest ?? []).filter((m) => m.labels.length > 0);
  // The built-in choice travels in links; a dropped file or folder overrides it until another is picked.
  const [builtin, setBuiltin] = useUrlState(CLASSIFY_SOURCE);
  const [dropped, setChoice] = useState<Exclude<Choice, { kind: 'builtin' }> | null>(null);
  const [builtinId, labelField] = builtin.source.split(':');
  const choice: Choice = dropped ?? { kind: 'builtin', id: builtinId, labelField };
  const [options, setOptions] = useUrlState(CLASSIFY_DATA);
  const [columns, setColumns] = useState<{ text?: string; label?: string }>({});
  // 'auto' splits on spaces unless the texts turn out Japanese, Chinese or Thai when prepared;
  // settings remembered from before the tokenizer choice existed get it too.
  const clean = { ...DEFAULT_CLEAN_OPTIONS, tokenizer: DEFAULT_TOKENIZER, ...options.clean };

  const source = (): LabelledSource | null => {
    if (choice.kind === 'builtin') {
      const meta = labelled.find((m) => m.id === choice.id);
      return meta ? { kind: 'builtin', source: builtinSource(meta), labelField: choice.labelField } : null;
    }
    if (choice.kind === 'file') {
      return {
        kind: 'file',
        file: choice.file,
        title: choice.file.name,
        textColumn: columns.text,
        labelColumn: columns.label,
      };
    }
    return { kind: 'folder', files: choice.files, title: choice.title };
  };

  const onDrop = async (ev: DragEvent) => {
    const folder = await droppedFolderFiles(ev.dataTransfer.items);
    if (folder !== null) {
      setChoice({ kind: 'folder', files: folder, title: 'the dropped folder' });
    } else if (ev.dataTransfer.files[0]) {
      setChoice({ kind: 'file', file: ev.dataTransfer.files[0] });
      setColumns({});
    }
  };

  const setClean = (key: string, value: unknown) =>
    setOptions((o) => ({ ...o, clean: { ...o.clean, [key]: value } }));
  const src = source();

  return (
    <section aria-labelledby="data-title" className="classify-section" data-control="classify.data">
      <h2 id="data-title">Labelled data</h2>
      <div className="field" data-control="classify.source">
        <label htmlFor="data-source">Data</label>
        <select
          id="data-source"
          value={choice.kind === 'builtin' ? `${choice.id}:${choice.labelField}` : 'dropped'}
          onChange={(e) => {
            const value = e.target.value as (typeof BUILTIN_LABELLED)[number] | 'dropped';
            if (value !== 'dropped') {
              setChoice(null);
              setBuiltin({ source: value });
            }
          }}
        >
          {labelled.flatMap((m) =>
            m.labels.map((l) => (
              <option key={`${m.id}:${l.name}`} value={`${m.id}:${l.name}`}>
                {m.title} — by {l.name} ({l.classes.length} classes)
              </option>
            )),
          )}
          {choice.kind !== 'builtin' && (
            <option value="dropped">{choice.kind === 'file' ? choice.file.name : choice.title}</option>
          )}
        </select>
      </div>
      <DropZone label="Drop labelled data here" testId="labelled-dropzone" onDrop={onDrop}>
        <p>
          Or drop a CSV/TSV file (a text and a label column; quoted fields may span lines), a JSON Lines file,
          or a folder with one sub-folder of <code>.txt</code> files per class (like IMDB’s <code>pos/</code>{' '}
          and <code>neg/</code>).
        </p>
        <label className="file-button">
          Choose a file
          <input
            type="file"
            accept=".csv,.tsv,.jsonl,.ndjson,.txt"
            className="visually-hidden"
            data-testid="labelled-file"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) {
                setChoice({ kind: 'file', file: f });
                setColumns({});
              }
              e.target.value = '';
            }}
          />
        </label>{' '}
        <label className="file-button">
          Choose a folder
          <input
            type="file"
            className="visually-hidden"
            data-testid="labelled-folder"
            {...{ webkitdirectory: '' }}
            onChange={(e) => {
              if (e.target.files && e.target.files.length > 0) {
                setChoice({
                  kind: 'folder',
                  files: pickedFolderFiles(e.target.files),
                  title: 'the chosen folder',
                });
              }
              e.target.value = '';
            }}
          />
        </label>
      </DropZone>
      {choice.kind === 'file' && report && report.columns.length > 2 && (
        <div className="settings-grid">
          <div className="field">
            <label htmlFor="col-text">Text column</label>
            <select
              id="col-text"
              value={columns.text ?? report.textColumn}
              onChange={(e) => setColumns((c) => ({ ...c, text: e.target.value }))}
            >
              {report.columns.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="col-label">Label column</label>
            <select
              id="col-label"
              value={columns.label ?? report.labelColumn}
              onChange={(e) => setColumns((c) => ({ ...c, label: e.target.value }))}
            >
              {report.columns.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </div>
        </div>
      )}
      <details className="settings-details" data-control="classify.cleaning">
        <summary>Cleaning, tokenizer and split settings</summary>
        <div className="settings-grid">
          {CLEAN_TOGGLES.map(([key, label, help]) => (
            <CheckField
              key={key}
              id={`clean-${key}`}
              control={`classify.${key}`}
              label={label}
              checked={Boolean(clean[key])}
              onChange={(v) => setClean(key, v)}
              help={help}
            />
          ))}
          <TokenizerFields
            id="clean-tok"
            control="classify.tok"
            value={clean.tokenizer}
            language={report?.language ?? 'spaced'}
            onChange={(choice) => setClean('tokenizer', { ...clean.tokenizer, ...choice })}
          />
          <div className="field" data-control="classify.stopwords">
            <label htmlFor="clean-stopwords">Stopwords</label>
            <select
              id="clean-stopwords"
              value={clean.stopwords}
              onChange={(e) => setClean('stopwords', e.target.value)}
            >
              <option value="negation-safe">Remove, but keep negations (not, no, never…)</option>
              <option value="full">Remove the full list (also drops negations)</option>
              <option value="none">Keep all words</option>
            </select>
            <small>Sentiment needs “not”: the full list turns “not good” into “good”.</small>
          </div>
          <NumberField
            id="clean-minlen"
            control="classify.minLength"
            label="Minimum word length"
            value={clean.minLength}
            min={1}
            max={20}
            onChange={(v) => setClean('minLength', v)}
            help="Shorter words are dropped."
          />
          <NumberField
            id="tok-numwords"
            control="classify.numWords"
            label="Vocabulary cap"
            value={options.numWords}
            min={0}
            onChange={(v) => setOptions((o) => ({ ...o, numWords: v }))}
            help="Keep the most frequent words (Keras num_words); 0 keeps all."
          />
          <NumberField
            id="tok-maxlen"
            control="classify.maxlen"
            label="Sequence length (maxlen)"
            value={options.maxlen}
            min={0}
            onChange={(v) => setOptions((o) => ({ ...o, maxlen: v }))}
            help="Tokens per text after padding/truncation; 0 picks the percentile below."
          />
          <NumberField
            id="tok-percentile"
            control="classify.maxlenPercentile"
            label="maxlen percentile"
            value={options.maxlenPercentile}
            min={1}
            max={100}
            onChange={(v) => setOptions((o) => ({ ...o, maxlenPercentile: v }))}
            help="With maxlen 0: this share of training texts fits without truncation."
          />
          <div className="field" data-control="classify.padding">
            <label htmlFor="tok-padding">Padding</label>
            <select
              id="tok-padding"
              value={options.padding}
              onChange={(e) => setOptions((o) => ({ ...o, padding: e.target.value as 'pre' | 'post' }))}
            >
              <option value="pre">pre (zeros before the words)</option>
              <option value="post">post (zeros after the words)</option>
            </select>
          </div>
          <div className="field" data-control="classify.truncating">
            <label htmlFor="tok-truncating">Truncating</label>
            <select
              id="tok-truncating"
              value={options.truncating}
              onChange={(e) => setOptions((o) => ({ ...o, truncating: e.target.value as 'pre' | 'post' }))}
            >
              <option value="pre">pre (drop the beginning)</option>
              <option value="post">post (drop the end)</option>
            </select>
          </div>
          <NumberField
            id="split-val"
            control="classify.validation"
            label="Validation share"
            value={options.split.validation}
            min={0}
            max={0.5}
            step={0.05}
            onChange={(v) =>
              setOptions((o) => ({ ...o, split: { ...o.split, validation: v, train: 1 - v - o.split.test } }))
            }
            help="Held out each epoch for early stopping."
          />
          <NumberField
            id="split-test"
            control="classify.test"
            label="Test share"
            value={options.split.test}
            min={0}
            max={0.5}
            step={0.05}
            onChange={(v) =>
              setOptions((o) => ({ ...o, split: { ...o.split, test: v, train: 1 - v - o.split.validation } }))
            }
            help="Held out until the end for the report."
          />
          <NumberField
            id="data-seed"
            control="classify.splitSeed"
            label="Split seed"
            value={options.seed}
            min={0}
            onChange={(v) => setOptions((o) => ({ ...o, seed: v }))}
            help="The same seed gives the same split."
          />
        </div>
      </details>
      <button
        type="button"
        disabled={busy || src === null}
        onClick={() => src && onPrepare(src, { ...options, clean })}
        data-testid="data-prepare"
      >
        Prepare data
      </button>
      {report && <DataReportView report={report} />}
    </section>
  );
}

function DataReportView({ report }: { report: DataReport }) {
  const total = report.counts.reduce((a, b) => a + b, 0);
  return (
    <div className="data-report" data-testid="data-report">
      <p>
        <strong>{report.title}</strong>: {formatCount(total)} examples, label “{report.labelColumn}” —{' '}
        {report.classes.map((c, i) => `${c}: ${formatCount(report.counts[i])}`).join(' · ')}. Split:{' '}
        <span data-testid="split-sizes">
          {report.sizes.train} train / {report.sizes.validation} validation / {report.sizes.test} test
        </span>
        . Vocabulary {formatCount(report.vocabSize)} indices; maxlen{' '}
        <span data-testid="data-maxlen">{report.maxlen}</span> ({(report.truncatedShare * 100).toFixed(1)}% of
        training texts truncated).
      </p>
      {[...report.notes, ...report.warnings].map((w) => (
        <p key={w} className="message message-info" role="status">
          {w}
        </p>
      ))}
      <Histogram
        edges={report.lengths.histogram.edges}
        counts={report.lengths.histogram.counts}
        xLabel="tokens per training text"
        marker={{ value: report.maxlen, label: `maxlen ${report.maxlen}` }}
        label={`Length histogram of training texts; median ${report.lengths.percentiles[50]} tokens, maxlen ${report.maxlen}.`}
      />
      <h3>One training text, raw and cleaned</h3>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users scroll this box only if it takes focus (WCAG 2.1.1). */}
      <pre className="preview" tabIndex={0}>{report.preview.text.slice(0, 800)}</pre>
      <p className="tokens" data-testid="clean-preview">
        {report.preview.words.slice(0, 120).map((w, i) => (
          <span key={i} className={w.token === null ? 'token dropped' : 'token'} title={w.dropped ?? ''}>
            {w.token ?? w.word}
          </span>
        ))}
      </p>
    </div>
  );
}
