import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../../bridge/errors';
import type { SavedModelInfo } from '../../model/session';
import { classifierWorker } from '../bridges';
import { download } from '../explore/download';
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
  const [list, setList] = useState<SavedModelInfo[] | null>(null);
  const [name, setName] = useState('my classifier');
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const act = useCallback(async (work: () => Promise<void>) => {
    setError(null);
    setNote(null);
    try {
      await work();
    } catch (e) {
      setError(messageOf(e));
    }
  }, []);

  useEffect(() => {
    void act(async () => setList(await classifierWorker.api().savedModels()));
  }, [act]);

  return (
    <section aria-labelledby="saved-title" className="classify-section" data-control="classify.saved">
      <h2 id="saved-title">Saved models</h2>
      {canSave && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void act(async () => {
              setList(await classifierWorker.api().saveModel(name.trim()));
              setNote(`Saved “${name.trim()}” in this browser.`);
            });
          }}
        >
          <label htmlFor="model-name">Name</label>
          <input
            id="model-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            data-testid="model-name"
          />
          <button type="submit" disabled={busy || name.trim() === ''} data-testid="model-save">
            Save model
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
            Download (model.json, weights.bin, classifier.json)
          </button>
        </form>
      )}
      <Message kind="error" text={error} />
      <Message kind="info" text={note} />
      {list !== null && list.length === 0 && <p className="muted">No saved models yet.</p>}
      {list !== null && list.length > 0 && (
        <table className="summary-table" data-testid="saved-models">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">What</th>
              <th scope="col">Test accuracy</th>
              <th scope="col">Saved</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((m) => (
              <tr key={m.name}>
                <td>{m.name}</td>
                <td>{m.description}</td>
                <td className="num">{m.testAccuracy === null ? '—' : m.testAccuracy.toFixed(3)}</td>
                <td>{new Date(m.savedAt).toLocaleString()}</td>
                <td>
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() =>
                      void act(async () => {
                        const info = await classifierWorker.api().loadModel(m.name);
                        setNote(`Loaded “${info.name}”: type a text below to classify it.`);
                        onLoaded(info);
                      })
                    }
                    aria-label={`Load ${m.name}`}
                  >
                    Load
                  </button>{' '}
                  <button
                    type="button"
                    className="secondary"
                    disabled={busy}
                    onClick={() =>
                      void act(async () => setList(await classifierWorker.api().deleteModel(m.name)))
                    }
                    aria-label={`Delete ${m.name}`}
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
