import { useState } from 'react';
import { messageOf } from '../../bridge/errors';
import { vectorsWorker } from '../bridges';
import { useI18n } from '../i18n/I18n';
import { Message } from '../Message';
import { useWordFilter } from '../wordFilter/wordFilterState';
import { download } from './download';

type Format = 'word2vec-text' | 'word2vec-binary' | 'projector';

const FORMATS: { id: Format; label: string; testId: string }[] = [
  { id: 'word2vec-text', label: 'word2vec text (.txt)', testId: 'export-w2v-text' },
  { id: 'word2vec-binary', label: 'word2vec binary (.bin)', testId: 'export-w2v-bin' },
  { id: 'projector', label: 'Embedding Projector (vectors, metadata, config)', testId: 'export-projector' },
];

/** Downloads of the current set; the files are built in the worker. */
export function ExportPanel() {
  const [busy, setBusy] = useState<Format | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { t } = useI18n();
  const [wordFilter] = useWordFilter();
  const run = async (f: Format) => {
    setBusy(f);
    setError(null);
    try {
      for (const file of await vectorsWorker.api().exportVectors(f)) download(file.name, file.blob);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <section aria-labelledby="export-title">
      <h3 id="export-title">Export the vectors</h3>
      <p className="hint">
        The Projector files open at projector.tensorflow.org → Load (that site is not contacted from here).
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
            {busy === f.id ? 'Preparing…' : f.label}
          </button>
        ))}
      </div>
      <Message kind="error" text={error} />
    </section>
  );
}
