import { useState } from 'react';
import { useI18n } from '../i18n/I18n';
import { urlStore } from '../url/store';

/**
 * "Copy link": the link to the current setup goes to the clipboard, and is shown in a read-only
 * box as well, for browsers (or pages) where the clipboard is not allowed.
 */
export function ShareLink() {
  const { t } = useI18n();
  const [link, setLink] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    const l = urlStore.link();
    setLink(l);
    setOutcome(null);
    try {
      await navigator.clipboard.writeText(l);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  };
  return (
    <div className="share-link">
      <button type="button" onClick={() => void copy()} data-testid="copy-link">
        {t('classroom.copyLink')}
      </button>
      <p role="status" className="share-status" data-testid="copy-status">
        {outcome === 'copied' ? t('classroom.copied') : outcome === 'failed' ? t('classroom.copyFailed') : ''}
      </p>
      {link !== null && (
        <div className="field share-field">
          <label htmlFor="share-link-url">{t('classroom.linkLabel')}</label>
          <input
            id="share-link-url"
            type="text"
            readOnly
            value={link}
            onFocus={(e) => e.target.select()}
            data-testid="share-link"
            aria-describedby="share-link-note"
          />
          <small id="share-link-note">{t('classroom.linkNote')}</small>
        </div>
      )}
    </div>
  );
}
