import { type DragEvent, useState } from 'react';
import type { DatasetOptions } from '../../core/classify/dataset';
import { type CorpusMeta, formatCount } from '../../core/corpus/metadata';
import { DEFAULT_CLEAN_OPTIONS } from '../../core/text/clean';
import { DEFAULT_TOKENIZER } from '../../core/text/tokenizerSpec';
import type { LabelledSource } from '../../model/labelledSource';
import type { DataReport } from '../../model/session';
import { Histogram } from '../charts/Histogram';
import { DropZone } from '../DropZone';
import { useI18n } from '../i18n/I18n';
import type { MessageKey } from '../i18n/messages';
import { worded } from '../i18n/shown';
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
  ['stripHtml', 'clean.stripHtml', 'clean.stripHtml.help'],
  ['lowercase', 'clean.lowercase', 'clean.lowercase.help'],
  ['lettersOnly', 'clean.lettersOnly', 'clean.lettersOnly.help'],
  ['lemmatize', 'clean.lemmatize', 'clean.lemmatize.help'],
  ['stem', 'clean.stem', 'clean.stem.help'],
] as const satisfies readonly (readonly [string, MessageKey, MessageKey])[];

/** The English words the cleaning help sentences show as examples, set as code in any language. */
const CLEAN_EXAMPLES = Object.fromEntries(
  [
    ['entity', '&amp;'],
    ['upper', 'Free'],
    ['lower', 'free'],
    ['mice', 'mice'],
    ['mouse', 'mouse'],
    ['was', 'was'],
    ['be', 'be'],
    ['connected', 'connected'],
    ['connect', 'connect'],
    ['ponies', 'ponies'],
    ['poni', 'poni'],
  ].map(([name, word]) => [name, <code key={name}>{word}</code>]),
);

/** Step 4a: which labelled data, how it is cleaned, tokenized, padded and split. */
export function DataSection({ manifest, report, busy, onPrepare }: Props) {
  const { t, rich } = useI18n();
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
      setChoice({ kind: 'folder', files: folder, title: t('data.droppedFolder') });
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
      <h2 id="data-title">{t('data.title')}</h2>
      <div className="field" data-control="classify.source">
        <label htmlFor="data-source">{t('data.source')}</label>
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
                {t('data.builtinOption', { title: m.title, field: l.name, count: l.classes.length })}
              </option>
            )),
          )}
          {choice.kind !== 'builtin' && (
            <option value="dropped" data-user-text="">
              {choice.kind === 'file' ? choice.file.name : choice.title}
            </option>
          )}
        </select>
      </div>
      <DropZone label={t('data.drop')} testId="labelled-dropzone" onDrop={onDrop}>
        <p>
          {rich('data.dropHelp', { txt: <code>.txt</code>, pos: <code>pos/</code>, neg: <code>neg/</code> })}
        </p>
        <label className="file-button">
          {t('data.chooseFile')}
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
          {t('data.chooseFolder')}
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
                  title: t('data.chosenFolder'),
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
            <label htmlFor="col-text">{t('data.textColumn')}</label>
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
            <label htmlFor="col-label">{t('data.labelColumn')}</label>
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
        <summary>{t('data.settings')}</summary>
        <div className="settings-grid">
          {CLEAN_TOGGLES.map(([key, label, help]) => (
            <CheckField
              key={key}
              id={`clean-${key}`}
              control={`classify.${key}`}
              label={t(label)}
              checked={Boolean(clean[key])}
              onChange={(v) => setClean(key, v)}
              help={rich(help, CLEAN_EXAMPLES)}
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
            <label htmlFor="clean-stopwords">{t('clean.stopwords')}</label>
            <select
              id="clean-stopwords"
              value={clean.stopwords}
              onChange={(e) => setClean('stopwords', e.target.value)}
            >
              <option value="negation-safe">{t('clean.stopwords.safe')}</option>
              <option value="full">{t('clean.stopwords.full')}</option>
              <option value="none">{t('clean.stopwords.none')}</option>
            </select>
            <small>
              {rich('clean.stopwords.help', {
                not: <code>not</code>,
                notGood: <code>not good</code>,
                good: <code>good</code>,
              })}
            </small>
          </div>
          <NumberField
            id="clean-minlen"
            control="classify.minLength"
            label={t('clean.minLength')}
            value={clean.minLength}
            min={1}
            max={20}
            onChange={(v) => setClean('minLength', v)}
            help={t('clean.minLength.help')}
          />
          <NumberField
            id="tok-numwords"
            control="classify.numWords"
            label={t('tok.numWords')}
            value={options.numWords}
            min={0}
            onChange={(v) => setOptions((o) => ({ ...o, numWords: v }))}
            help={rich('tok.numWords.help', { numWords: <code>num_words</code> })}
          />
          <NumberField
            id="tok-maxlen"
            control="classify.maxlen"
            label={t('tok.maxlen')}
            value={options.maxlen}
            min={0}
            onChange={(v) => setOptions((o) => ({ ...o, maxlen: v }))}
            help={t('tok.maxlen.help')}
          />
          <NumberField
            id="tok-percentile"
            control="classify.maxlenPercentile"
            label={t('tok.percentile')}
            value={options.maxlenPercentile}
            min={1}
            max={100}
            onChange={(v) => setOptions((o) => ({ ...o, maxlenPercentile: v }))}
            help={t('tok.percentile.help')}
          />
          <div className="field" data-control="classify.padding">
            <label htmlFor="tok-padding">{t('tok.padding')}</label>
            <select
              id="tok-padding"
              value={options.padding}
              onChange={(e) => setOptions((o) => ({ ...o, padding: e.target.value as 'pre' | 'post' }))}
            >
              <option value="pre">{t('tok.padding.pre')}</option>
              <option value="post">{t('tok.padding.post')}</option>
            </select>
          </div>
          <div className="field" data-control="classify.truncating">
            <label htmlFor="tok-truncating">{t('tok.truncating')}</label>
            <select
              id="tok-truncating"
              value={options.truncating}
              onChange={(e) => setOptions((o) => ({ ...o, truncating: e.target.value as 'pre' | 'post' }))}
            >
              <option value="pre">{t('tok.truncating.pre')}</option>
              <option value="post">{t('tok.truncating.post')}</option>
            </select>
          </div>
          <NumberField
            id="split-val"
            control="classify.validation"
            label={t('split.validation')}
            value={options.split.validation}
            min={0}
            max={0.5}
            step={0.05}
            onChange={(v) =>
              setOptions((o) => ({ ...o, split: { ...o.split, validation: v, train: 1 - v - o.split.test } }))
            }
            help={t('split.validation.help')}
          />
          <NumberField
            id="split-test"
            control="classify.test"
            label={t('split.test')}
            value={options.split.test}
            min={0}
            max={0.5}
            step={0.05}
            onChange={(v) =>
              setOptions((o) => ({ ...o, split: { ...o.split, test: v, train: 1 - v - o.split.validation } }))
            }
            help={t('split.test.help')}
          />
          <NumberField
            id="data-seed"
            control="classify.splitSeed"
            label={t('split.seed')}
            value={options.seed}
            min={0}
            onChange={(v) => setOptions((o) => ({ ...o, seed: v }))}
            help={t('split.seed.help')}
          />
        </div>
      </details>
      <button
        type="button"
        disabled={busy || src === null}
        onClick={() => src && onPrepare(src, { ...options, clean })}
        data-testid="data-prepare"
      >
        {t('data.prepare')}
      </button>
      {report && <DataReportView report={report} />}
    </section>
  );
}

function DataReportView({ report }: { report: DataReport }) {
  const { t, rich, num, show } = useI18n();
  const total = report.counts.reduce((a, b) => a + b, 0);
  return (
    <div className="data-report" data-testid="data-report">
      <p>
        {rich('data.summary', {
          title: <strong data-user-text="">{report.title}</strong>,
          total: formatCount(total),
          label: <span data-user-text="">{report.labelColumn}</span>,
          classes: (
            <span data-user-text="">
              {report.classes.map((c, i) => `${c}: ${formatCount(report.counts[i])}`).join(' · ')}
            </span>
          ),
        })}{' '}
        {rich('data.split', {
          sizes: (
            <span data-testid="split-sizes">
              {t('data.sizes', {
                train: report.sizes.train,
                validation: report.sizes.validation,
                test: report.sizes.test,
              })}
            </span>
          ),
        })}{' '}
        {rich('data.vocabulary', {
          count: formatCount(report.vocabSize),
          maxlen: <span data-testid="data-maxlen">{report.maxlen}</span>,
          share: num(report.truncatedShare * 100, 1),
        })}
      </p>
      {[...report.notes, ...report.warnings].map((w) => (
        <p key={w.text} className="message message-info" role="status">
          {show(worded(w))}
        </p>
      ))}
      <Histogram
        edges={report.lengths.histogram.edges}
        counts={report.lengths.histogram.counts}
        xLabel={t('data.histogram.x')}
        marker={{ value: report.maxlen, label: `maxlen ${report.maxlen}` }}
        label={t('data.histogram.label', { median: report.lengths.percentiles[50], maxlen: report.maxlen })}
      />
      <h3>{t('data.example')}</h3>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users scroll this box only if it takes focus (WCAG 2.1.1). */}
      <pre className="preview" tabIndex={0} data-user-text="">
        {report.preview.text.slice(0, 800)}
      </pre>
      <p className="tokens" data-testid="clean-preview" data-user-text="">
        {report.preview.words.slice(0, 120).map((w, i) => (
          <span
            key={i}
            className={w.token === null ? 'token dropped' : 'token'}
            title={w.dropped ? t(`data.dropped.${w.dropped}`) : ''}
          >
            {w.token ?? w.word}
          </span>
        ))}
      </p>
    </div>
  );
}
