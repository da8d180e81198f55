import { type ChangeEvent, type DragEvent, type ReactNode, useRef } from 'react';
import type { ReadOptions } from '../core/corpus/load';
import type { CorpusMeta } from '../core/corpus/metadata';
import { formatBytes, formatCount } from '../core/corpus/metadata';
import type { CorpusSummary } from '../core/corpus/summary';
import { encodingName } from '../core/text/encodingNames';
import type { CorpusLanguage } from '../core/text/script';
import { CorpusText } from './CorpusText';
import { DropZone } from './DropZone';
import { useI18n } from './i18n/I18n';
import { isMessageKey } from './i18n/messages';
import type { Shown } from './i18n/shown';
import { Message } from './Message';
import type { CorpusState } from './useCorpus';

interface Props {
  manifest: CorpusMeta[] | null;
  manifestError: Shown | null;
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
  const { t, rich } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  // The built-in corpora's descriptions are the manifest's English unless the catalogue has them.
  const descriptionOf = (m: CorpusMeta) => {
    const key = `corpus.description.${m.id}`;
    return isMessageKey(key) ? t(key, { count: formatCount(m.documents) }) : m.description;
  };

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
      <h2>{t('corpus.builtin')}</h2>
      <Message kind="error" text={manifestError} />
      {manifest === null && manifestError === null && <p aria-busy="true">{t('corpus.loadingList')}</p>}
      <ul className="corpus-cards" data-control="corpus.builtin">
        {manifest?.map((m) => {
          const active = corpus.current?.id === m.id;
          return (
            <li key={m.id} className={active ? 'card active' : 'card'} data-testid={`corpus-card-${m.id}`}>
              <h3>{m.title}</h3>
              <p>{descriptionOf(m)}</p>
              <dl className="facts">
                <dt>{t('corpus.size')}</dt>
                <dd>{formatBytes(m.bytes)}</dd>
                <dt>{t('corpus.words')}</dt>
                <dd>{formatCount(m.words)}</dd>
                <dt>{t('corpus.documents')}</dt>
                <dd>{formatCount(m.documents)}</dd>
                {m.labels.length > 0 && (
                  <>
                    <dt>{t('corpus.labels')}</dt>
                    <dd>
                      {m.labels.map((l, i) => (
                        <span key={l.name}>
                          {i > 0 && ', '}
                          {rich('corpus.labelClasses', {
                            name: <span data-user-text="">{l.name}</span>,
                            count: l.classes.length,
                          })}
                        </span>
                      ))}
                    </dd>
                  </>
                )}
                <dt>{t('corpus.licence')}</dt>
                {/* Licence texts are legal names and stay as the manifest gives them. */}
                <dd className="licence" lang="en" data-user-text="">
                  {m.licence}
                </dd>
              </dl>
              <button
                type="button"
                onClick={() => onPickBuiltin(m)}
                aria-pressed={active}
                disabled={corpus.loading}
              >
                {active ? t('corpus.inUse') : t('corpus.use', { title: m.title })}
              </button>
            </li>
          );
        })}
      </ul>

      <h2>{t('corpus.own')}</h2>
      <DropZone label={t('corpus.drop')} testId="dropzone" onDrop={onDrop}>
        <p>
          {rich('corpus.dropHelp', {
            txt: <code>.txt</code>,
            html: <code>.html</code>,
            jsonl: <code>.jsonl</code>,
            object: <code>{'{"text": …}'}</code>,
            choose: (
              <button type="button" className="link" onClick={() => input.current?.click()}>
                {t('corpus.choose')}
              </button>
            ),
          })}
        </p>
        <input
          ref={input}
          type="file"
          accept=".txt,.text,.md,.jsonl,.ndjson,.html,.xhtml,text/plain"
          onChange={onChange}
          className="visually-hidden"
          data-testid="file-input"
          aria-label={t('corpus.chooseLabel')}
        />
      </DropZone>

      <Message kind="error" text={corpus.error} />
      {corpus.loading && (
        <p aria-busy="true" data-testid="corpus-loading">
          {t('corpus.reading', { title: corpus.pendingTitle ?? '' })}
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
  const { t, rich } = useI18n();
  return (
    <section className="corpus-summary" aria-labelledby="corpus-summary-title" data-testid="corpus-summary">
      <h2 id="corpus-summary-title">
        {rich('corpus.inUseTitle', {
          title: (
            <span data-testid="corpus-title" data-user-text="">
              {summary.title}
            </span>
          ),
        })}
      </h2>
      <dl className="facts">
        <dt>{t('corpus.words')}</dt>
        <dd data-testid="corpus-words">{formatCount(summary.words)}</dd>
        <dt>{t('corpus.lines')}</dt>
        <dd>{formatCount(summary.lines)}</dd>
        <dt>{t('corpus.documents')}</dt>
        <dd>{formatCount(summary.documents)}</dd>
        <dt>{t('corpus.size')}</dt>
        <dd>{formatBytes(summary.bytes)}</dd>
        <dt>{t('corpus.encoding')}</dt>
        <dd data-testid="corpus-encoding-fact">{encodingName(summary.encoding)}</dd>
        {summary.labels.map((l) => (
          <div key={l.name} className="fact-row">
            <dt>{rich('corpus.labelFact', { name: <span data-user-text="">{l.name}</span> })}</dt>
            <dd>
              <span data-user-text="">
                {l.classes
                  .slice(0, 8)
                  .map((c) => `${c.label}: ${formatCount(c.count)}`)
                  .join(' · ')}
              </span>
              {l.classes.length > 8 ? t('corpus.moreClasses', { count: l.classes.length }) : ''}
            </dd>
          </div>
        ))}
      </dl>
      {children}
      <h3>{t('corpus.beginning')}</h3>
      <pre
        className="preview"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users scroll this box only if it takes focus (WCAG 2.1.1).
        tabIndex={0}
        data-testid="corpus-preview"
        data-user-text=""
        lang={summary.script.language === 'spaced' ? undefined : summary.script.language}
      >
        {summary.preview}
      </pre>
    </section>
  );
}
