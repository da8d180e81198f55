import { useCallback, useEffect, useState } from 'react';
import type { StoredInfo } from '../../core/vectors/store';
import { vectorsWorker } from '../bridges';
import { useI18n } from '../i18n/I18n';
import { failure, type Shown, said } from '../i18n/shown';
import { Message } from '../Message';
import { adoptPublished, useCurrentVectors } from '../vectorState';

function formatSize(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}

/** The vector sets saved in this browser: load or delete each. `refresh` changes after an import. */
export function SavedSets({ refresh }: { refresh: number }) {
  const { t, num, date } = useI18n();
  const info = useCurrentVectors();
  const [sets, setSets] = useState<StoredInfo[] | null>(null);
  const [error, setError] = useState<Shown | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setSets(await vectorsWorker.api().list());
    } catch (e) {
      setError(said('saved.listFailed', {}, { why: failure(e) }));
    }
  }, []);

  // Reload when something was imported or saved (refresh, or a new current set id).
  useEffect(() => {
    void refresh;
    void info?.id;
    void reload();
  }, [reload, refresh, info?.id]);

  const act = async (id: string, what: 'load' | 'delete') => {
    setBusy(id);
    setError(null);
    try {
      if (what === 'load') adoptPublished(await vectorsWorker.api().load(id));
      else await vectorsWorker.api().remove(id);
      await reload();
    } catch (e) {
      setError(failure(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="saved-sets-title" data-testid="saved-sets">
      <h3 id="saved-sets-title">{t('saved.title')}</h3>
      <Message kind="error" text={error} />
      {sets !== null && sets.length === 0 && <p>{t('saved.none')}</p>}
      {sets !== null && sets.length > 0 && (
        <table className="data-table">
          <caption className="visually-hidden">{t('saved.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('saved.name')}</th>
              <th scope="col">{t('saved.words')}</th>
              <th scope="col">{t('saved.dims')}</th>
              <th scope="col">{t('saved.size')}</th>
              <th scope="col">{t('saved.saved')}</th>
              <th scope="col">{t('saved.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {sets.map((s) => (
              <tr key={s.id} data-testid="saved-set" aria-current={info?.id === s.id ? 'true' : undefined}>
                <th scope="row">
                  <span data-user-text="">{s.name}</span>
                  {info?.id === s.id ? t('saved.inUse') : ''}
                </th>
                <td>{num(s.words)}</td>
                <td>{s.dim}</td>
                <td>{formatSize(s.bytes)}</td>
                <td>{date(s.savedAt)}</td>
                <td className="actions">
                  <button
                    type="button"
                    disabled={busy !== null}
                    onClick={() => void act(s.id, 'load')}
                    aria-label={t('saved.loadLabel', { name: s.name })}
                  >
                    {t('saved.load')}
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    disabled={busy !== null}
                    onClick={() => void act(s.id, 'delete')}
                    aria-label={t('saved.deleteLabel', { name: s.name })}
                  >
                    {t('saved.delete')}
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
