import { useState } from 'react';
import {
  downloadPlan,
  type FileEntry,
  findModelFolder,
  type WeightFormat,
} from '../../core/embed/modelFolder';
import type { DeviceChoice, LoadOptions, ModelSource } from '../../encoder/encoder';
import { useI18n } from '../i18n/I18n';
import { failure, type Shown } from '../i18n/shown';
import { Message } from '../Message';
import { megabytes, pageMemoryBudget } from './format';

interface Props {
  busy: boolean;
  device: DeviceChoice;
  onLoad: (source: ModelSource, options: LoadOptions) => void;
  onList: (id: string) => Promise<FileEntry[] | null>;
}

const DEFAULT_ID = 'Xenova/all-MiniLM-L6-v2';

/**
 * Off by default: with it off the page contacts no other site. On, and only when the user asks,
 * it lists a hub repository (one request to huggingface.co), says which files a load would
 * download and how big they are, and downloads them only on a second, explicit click.
 */
export function HubOptIn({ busy, device, onLoad, onList }: Props) {
  const { t, rich } = useI18n();
  const host = <code>huggingface.co</code>;
  const [on, setOn] = useState(false);
  const [id, setId] = useState(DEFAULT_ID);
  const [listing, setListing] = useState<{ id: string; files: FileEntry[] } | null>(null);
  const [dtype, setDtype] = useState<WeightFormat | null>(null);
  const [error, setError] = useState<Shown | null>(null);

  const list = async () => {
    setError(null);
    setListing(null);
    const files = await onList(id);
    if (files === null) return;
    try {
      const folder = findModelFolder(files);
      setListing({ id: id.trim(), files });
      setDtype((folder.variants.find((v) => v.dtype === 'q8') ?? folder.variants[0]).dtype);
    } catch (e) {
      setError(failure(e));
    }
  };

  const folder = listing ? findModelFolder(listing.files) : null;
  const plan = listing && dtype ? downloadPlan(listing.files, dtype) : [];
  const total = plan.reduce((s, f) => s + f.size, 0);

  return (
    <details className="settings-details embed-hub" data-control="classify.embedHub">
      <summary>{t('embed.hub.summary')}</summary>
      <div className="field">
        <label htmlFor="embed-hub-on">
          <input
            id="embed-hub-on"
            type="checkbox"
            checked={on}
            onChange={(e) => {
              setOn(e.target.checked);
              setListing(null);
            }}
            data-testid="embed-hub-on"
          />{' '}
          {rich('embed.hub.switch', { host })}
        </label>
        <small>{rich('embed.hub.help', { host })}</small>
      </div>
      {on && (
        <div className="settings-grid">
          <div className="field">
            <label htmlFor="embed-hub-id">{t('embed.hub.id')}</label>
            <input
              id="embed-hub-id"
              type="text"
              value={id}
              onChange={(e) => setId(e.target.value)}
              spellCheck={false}
            />
          </div>
          <div className="field">
            <button type="button" disabled={busy} onClick={() => void list()}>
              {t('embed.hub.list')}
            </button>
          </div>
        </div>
      )}
      <Message kind="error" text={error} />
      {on && listing && folder && (
        <div className="embed-hub-plan">
          <div className="field">
            <label htmlFor="embed-hub-variant">{t('embed.variant')}</label>
            <select
              id="embed-hub-variant"
              value={dtype ?? ''}
              onChange={(e) => setDtype(e.target.value as WeightFormat)}
            >
              {folder.variants.map((v) => (
                <option key={v.dtype} value={v.dtype} data-user-text="">
                  {v.file} — {t(`embed.dtype.${v.dtype}`)}, {megabytes(v.bytes)}
                </option>
              ))}
            </select>
          </div>
          <p>{rich('embed.hub.plan', { id: <code>{listing.id}</code>, total: megabytes(total) })}</p>
          <ul>
            {plan.map((f) => (
              <li key={f.path}>
                <code>{f.path}</code> — {megabytes(f.size)}
              </li>
            ))}
          </ul>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              onLoad(
                { kind: 'hub', id: listing.id, files: listing.files },
                { device, dtype: dtype ?? undefined, budget: pageMemoryBudget() },
              )
            }
          >
            {t('embed.hub.download', { total: megabytes(total) })}
          </button>
        </div>
      )}
    </details>
  );
}
