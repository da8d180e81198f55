import { type ChangeEvent, type DragEvent, type ReactNode, useRef } from 'react';
import type { ReadOptions } from '../core/corpus/load';
import type { CorpusMeta } from '../core/corpus/metadata';
import { formatBytes, formatCount } from '../core/corpus/metadata';
import type { CorpusSummary } from '../core/corpus/summary';
import { encodingName } from '../core/text/encodingNames';
import type { CorpusLanguage } from '../core/text/script';
import { CorpusText } from './CorpusText';
import { DropZone } from './DropZone';
import { Message } from './Message';
import type { CorpusState } from './useCorpus';

interface Props {
  manifest: CorpusMeta[] | null;
  manifestError: string | null;
  corpus: CorpusState;
  onPickBuiltin: (meta: CorpusMeta) => void;
  onPickFile: (file: File) => void;
  onReread: (read: ReadOptions) => void;
  onLanguage: (language: CorpusLanguage | null) => void;
}

/** Step 1: choose a built-in corpus or bring a file. */
export function CorpusPanel({
  manifest,
  manifestError,
  corpus,
  onPickBuiltin,
  onPickFile,
  onReread,
  onLanguage,
}: Props) {
  const input = useRef<HTMLInputElement>(null);

  const onDrop = (ev: DragEvent) => {
    const file = ev.dataTransfer.files[0];
    if (file) onPickFile(file);
  };
  const onChange = (ev: ChangeEvent<HTMLInputElement>) => {
    const file = ev.target.files?.[0];
    if (file) onPickFile(file);
    ev.target.value = '';
  };

  return (
    <div className="corpus-panel">
      <h2>Built-in corpora</h2>
      <Message kind="error" text={manifestError} />
      {manifest === null && manifestError === null && <p aria-busy="true">Loading the list of corpora…</p>}
      <ul className="corpus-cards" data-control="corpus.builtin">
        {manifest?.map((m) => {
          const active = corpus.current?.id === m.id;
          return (
            <li key={m.id} className={active ? 'card active' : 'card'} data-testid={`corpus-card-${m.id}`}>
              <h3>{m.title}</h3>
              <p>{m.description}</p>
              <dl className="facts">
                <dt>Size</dt>
                <dd>{formatBytes(m.bytes)}</dd>
                <dt>Words</dt>
                <dd>{formatCount(m.words)}</dd>
                <dt>Documents</dt>
                <dd>{formatCount(m.documents)}</dd>
                {m.labels.length > 0 && (
                  <>
                    <dt>Labels</dt>
                    <dd>{m.labels.map((l) => `${l.name} (${l.classes.length} classes)`).join(', ')}</dd>
                  </>
                )}
                <dt>Licence</dt>
                <dd className="licence">{m.licence}</dd>
              </dl>
              <button
                type="button"
                onClick={() => onPickBuiltin(m)}
                aria-pressed={active}
                disabled={corpus.loading}
              >
                {active ? 'In use' : `Use ${m.title}`}
              </button>
            </li>
          );
        })}
      </ul>

      <h2>Your own text</h2>
      <DropZone label="Drop a text file here" testId="dropzone" onDrop={onDrop}>
        <p>
          Drop a plain-text file (<code>.txt</code>: UTF-8, UTF-16, Shift_JIS, EUC-JP or ISO-2022-JP; an
          Aozora Bunko <code>.html</code> too) or a JSON Lines file (<code>.jsonl</code>, one{' '}
          <code>{'{"text": …}'}</code> object per line) here, or{' '}
          <button type="button" className="link" onClick={() => input.current?.click()}>
            choose a file
          </button>
          . It stays on this computer.
        </p>
        <input
          ref={input}
          type="file"
          accept=".txt,.text,.md,.jsonl,.ndjson,.html,.xhtml,text/plain"
          onChange={onChange}
          className="visually-hidden"
          data-testid="file-input"
          aria-label="Choose a corpus file"
        />
      </DropZone>

      <Message kind="error" text={corpus.error} />
      {corpus.loading && (
        <p aria-busy="true" data-testid="corpus-loading">
          Reading {corpus.pendingTitle}…
        </p>
      )}
      {corpus.summary !== null && corpus.current !== null && (
        <CorpusSummaryView summary={corpus.summary}>
          <CorpusText
            summary={corpus.summary}
            source={corpus.current.source}
            language={corpus.language}
            busy={corpus.loading}
            onReread={onReread}
            onLanguage={onLanguage}
          />
        </CorpusSummaryView>
      )}
    </div>
  );
}

function CorpusSummaryView({ summary, children }: { summary: CorpusSummary; children: ReactNode }) {
  return (
    <section className="corpus-summary" aria-labelledby="corpus-summary-title" data-testid="corpus-summary">
      <h2 id="corpus-summary-title">
        In use: <span data-testid="corpus-title">{summary.title}</span>
      </h2>
      <dl className="facts">
        <dt>Words</dt>
        <dd data-testid="corpus-words">{formatCount(summary.words)}</dd>
        <dt>Lines</dt>
        <dd>{formatCount(summary.lines)}</dd>
        <dt>Documents</dt>
        <dd>{formatCount(summary.documents)}</dd>
        <dt>Size</dt>
        <dd>{formatBytes(summary.bytes)}</dd>
        <dt>Encoding</dt>
        <dd data-testid="corpus-encoding-fact">{encodingName(summary.encoding)}</dd>
        {summary.labels.map((l) => (
          <div key={l.name} className="fact-row">
            <dt>Label “{l.name}”</dt>
            <dd>
              {l.classes
                .slice(0, 8)
                .map((c) => `${c.label}: ${formatCount(c.count)}`)
                .join(' · ')}
              {l.classes.length > 8 ? ` · … (${l.classes.length} classes)` : ''}
            </dd>
          </div>
        ))}
      </dl>
      {children}
      <h3>Beginning of the text</h3>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users scroll this box only if it takes focus (WCAG 2.1.1). */}
      <pre className="preview" tabIndex={0} data-testid="corpus-preview">
        {summary.preview}
      </pre>
    </section>
  );
}
