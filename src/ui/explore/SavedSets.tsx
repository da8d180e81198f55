import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../../bridge/errors';
import type { StoredInfo } from '../../core/vectors/store';
import { vectorsWorker } from '../bridges';
import { Message } from '../Message';
import { adoptPublished, useCurrentVectors } from '../vectorState';

function formatSize(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}

/** The vector sets saved in this browser: load or delete each. `refresh` changes after an import. */
export function SavedSets({ refresh }: { refresh: number }) {
  const info = useCurrentVectors();
  const [sets, setSets] = useState<StoredInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setSets(await vectorsWorker.api().list());
    } catch (e) {
      setError(`The list of saved sets could not be read: ${messageOf(e)}`);
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
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="saved-sets-title" data-testid="saved-sets">
      <h3 id="saved-sets-title">Saved in this browser</h3>
      <Message kind="error" text={error} />
      {sets !== null && sets.length === 0 && <p>No saved vector sets yet.</p>}
      {sets !== null && sets.length > 0 && (
        <table className="data-table">
          <caption className="visually-hidden">Saved vector sets</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Words</th>
              <th scope="col">Dimensions</th>
              <th scope="col">Size</th>
              <th scope="col">Saved</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {sets.map((s) => (
              <tr key={s.id} data-testid="saved-set" aria-current={info?.id === s.id ? 'true' : undefined}>
                <th scope="row">
                  {s.name}
                  {info?.id === s.id ? ' (in use)' : ''}
                </th>
                <td>{s.words.toLocaleString('en-US')}</td>
                <td>{s.dim}</td>
                <td>{formatSize(s.bytes)}</td>
                <td>{new Date(s.savedAt).toLocaleString()}</td>
                <td className="actions">
                  <button
                    type="button"
                    disabled={busy !== null}
                    onClick={() => void act(s.id, 'load')}
                    aria-label={`Load ${s.name}`}
                  >
                    Load
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    disabled={busy !== null}
                    onClick={() => void act(s.id, 'delete')}
                    aria-label={`Delete ${s.name}`}
                  >
                    Delete
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
