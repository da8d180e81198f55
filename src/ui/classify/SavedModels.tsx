import { useCallback, useEffect, useState } from 'react';
import type { SavedModelInfo } from '../../model/session';
import { classifierWorker } from '../bridges';
import { download } from '../explore/download';
import { useI18n } from '../i18n/I18n';
import { failure, type Shown, said } from '../i18n/shown';
import { Message } from '../Message';

/**
 * Saved classifiers (IndexedDB, in the worker): save the current one, load one back (its
 * tokenizer and cleaning come with it, so predictions are reproduced), delete, download.
 */
export function SavedModels({
  canSave,
  busy,
  onLoaded,
}: {
  canSave: boolean;
  busy: boolean;
  onLoaded: (m: SavedModelInfo) => void;
}) {
  const { t, say, date } = useI18n();
  const [list, setList] = useState<SavedModelInfo[] | null>(null);
  const [name, setName] = useState(() => t('models.defaultName'));
  const [error, setError] = useState<Shown | null>(null);
  const [note, setNote] = useState<Shown | null>(null);

  const act = useCallback(async (work: () => Promise<void>) => {
    setError(null);
    setNote(null);
    try {
      await work();
    } catch (e) {
      setError(failure(e));
    }
  }, []);

  useEffect(() => {
    void act(async () => setList(await classifierWorker.api().savedModels()));
  }, [act]);

  return (
    <section aria-labelledby="saved-title" className="classify-section" data-control="classify.saved">
      <h2 id="saved-title">{t('models.title')}</h2>
      {canSave && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void act(async () => {
              setList(await classifierWorker.api().saveModel(name.trim()));
              setNote(said('models.saved', { name: name.trim() }));
            });
          }}
        >
          <label htmlFor="model-name">{t('models.name')}</label>
          <input
            id="model-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            data-testid="model-name"
          />
          <button type="submit" disabled={busy || name.trim() === ''} data-testid="model-save">
            {t('models.save')}
          </button>
          <button
            type="button"
            disabled={busy || name.trim() === ''}
            onClick={() =>
              void act(async () => {
                for (const f of await classifierWorker.api().modelFiles(name.trim()))
                  download(f.name, f.blob);
              })
            }
          >
            {t('models.download', { files: 'model.json, weights.bin, classifier.json' })}
          </button>
        </form>
      )}
      <Message kind="error" text={error} />
      <Message kind="info" text={note} />
      {list !== null && list.length === 0 && <p className="muted">{t('models.none')}</p>}
      {list !== null && list.length > 0 && (
        <table className="summary-table" data-testid="saved-models">
          <thead>
            <tr>
              <th scope="col">{t('models.name')}</th>
              <th scope="col">{t('models.what')}</th>
              <th scope="col">{t('models.accuracy')}</th>
              <th scope="col">{t('models.savedAt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('models.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((m) => (
              <tr key={m.name}>
                <td data-user-text="">{m.name}</td>
                <td>{say(m.description)}</td>
                <td className="num">{m.testAccuracy === null ? '—' : m.testAccuracy.toFixed(3)}</td>
                <td>{date(m.savedAt)}</td>
                <td>
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() =>
                      void act(async () => {
                        const info = await classifierWorker.api().loadModel(m.name);
                        setNote(said('models.loaded', { name: info.name }));
                        onLoaded(info);
                      })
                    }
                    aria-label={t('models.loadLabel', { name: m.name })}
                  >
                    {t('models.load')}
                  </button>{' '}
                  <button
                    type="button"
                    className="secondary"
                    disabled={busy}
                    onClick={() =>
                      void act(async () => setList(await classifierWorker.api().deleteModel(m.name)))
                    }
                    aria-label={t('models.deleteLabel', { name: m.name })}
                  >
                    {t('models.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
