import { useState } from 'react';
import { vectorsWorker } from '../bridges';
import { useI18n } from '../i18n/I18n';
import type { MessageKey } from '../i18n/messages';
import { failure, type Shown } from '../i18n/shown';
import { Message } from '../Message';
import { useWordFilter } from '../wordFilter/wordFilterState';
import { download } from './download';

type Format = 'word2vec-text' | 'word2vec-binary' | 'projector';

const FORMATS: { id: Format; label: MessageKey; testId: string }[] = [
  { id: 'word2vec-text', label: 'export.text', testId: 'export-w2v-text' },
  { id: 'word2vec-binary', label: 'export.binary', testId: 'export-w2v-bin' },
  { id: 'projector', label: 'export.projector', testId: 'export-projector' },
];

/** Downloads of the current set; the files are built in the worker. */
export function ExportPanel() {
  const { t, rich } = useI18n();
  const [busy, setBusy] = useState<Format | null>(null);
  const [error, setError] = useState<Shown | null>(null);
  const [wordFilter] = useWordFilter();
  const run = async (f: Format) => {
    setBusy(f);
    setError(null);
    try {
      for (const file of await vectorsWorker.api().exportVectors(f)) download(file.name, file.blob);
    } catch (e) {
      setError(failure(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <section aria-labelledby="export-title">
      <h3 id="export-title">{t('export.title')}</h3>
      <p className="hint">
        {rich('export.hint', { site: <code>projector.tensorflow.org</code>, load: <code>Load</code> })}
      </p>
      {wordFilter.enabled && (
        <p className="hint" data-testid="export-filter-note">
          {t('filter.exports')}
        </p>
      )}
      <div className="button-row">
        {FORMATS.map((f) => (
          <button
            key={f.id}
            type="button"
            disabled={busy !== null}
            onClick={() => void run(f.id)}
            data-testid={f.testId}
          >
            {busy === f.id ? t('export.preparing') : t(f.label)}
          </button>
        ))}
      </div>
      <Message kind="error" text={error} />
    </section>
  );
}
