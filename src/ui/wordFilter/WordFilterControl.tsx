import { useEffect, useState } from 'react';
import { DEFAULT_BLOCKLIST } from '../../core/vectors/blocklist-default';
import { DEFAULT_BLOCKLIST_SIZE, parseEntries, WordFilter } from '../../core/vectors/wordFilter';
import { useI18n } from '../i18n/I18n';
import { useWordFilter } from './wordFilterState';
import './wordFilter.css';

/**
 * The classroom word filter in the header: on/off, how many entries, and an "edit list"
 * disclosure with the built-in list's switch and the teacher's own words. The built-in words are
 * not shown unless asked for (a projector is watching).
 */
export function WordFilterControl() {
  const { t } = useI18n();
  const [setting, setSetting] = useWordFilter();
  const [draft, setDraft] = useState(setting.words.join('\n'));
  const [showBuiltIn, setShowBuiltIn] = useState(false);
  // A lesson link or another tab's change replaces the list: show it.
  useEffect(() => setDraft(setting.words.join('\n')), [setting.words]);
  const entries = setting.enabled ? (WordFilter.from(setting)?.size ?? 0) : 0;
  const pending = parseEntries(draft).join('\n') !== setting.words.join('\n');

  return (
    <div className="word-filter" data-control="filter" data-testid="word-filter">
      <label className="word-filter-switch">
        <input
          type="checkbox"
          checked={setting.enabled}
          onChange={(e) => setSetting((s) => ({ ...s, enabled: e.target.checked }))}
          data-testid="word-filter-on"
        />{' '}
        {t('filter.name')}
      </label>
      <span className="word-filter-count" data-testid="word-filter-count">
        {setting.enabled ? t('filter.on', { n: entries }) : t('filter.off')}
      </span>
      <details className="word-filter-edit">
        <summary>{t('filter.edit')}</summary>
        <div className="word-filter-panel">
          <p className="hint">{t('filter.explain')}</p>
          <label>
            <input
              type="checkbox"
              checked={setting.builtIn}
              onChange={(e) => setSetting((s) => ({ ...s, builtIn: e.target.checked }))}
              data-testid="word-filter-builtin"
            />{' '}
            {t('filter.builtIn', { n: DEFAULT_BLOCKLIST_SIZE })}
          </label>
          <button
            type="button"
            className="link"
            aria-expanded={showBuiltIn}
            onClick={() => setShowBuiltIn((v) => !v)}
          >
            {showBuiltIn ? t('filter.hideBuiltIn') : t('filter.showBuiltIn')}
          </button>
          {showBuiltIn && (
            <p className="word-filter-list" data-testid="word-filter-builtin-list">
              {DEFAULT_BLOCKLIST.join(' · ')}
            </p>
          )}
          <label htmlFor="word-filter-words">{t('filter.own')}</label>
          <textarea
            id="word-filter-words"
            rows={4}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            aria-describedby="word-filter-words-help"
            data-testid="word-filter-words"
          />
          <small id="word-filter-words-help">{t('filter.ownHelp')}</small>
          <div className="controls">
            <button
              type="button"
              disabled={!pending}
              onClick={() => setSetting((s) => ({ ...s, words: parseEntries(draft) }))}
              data-testid="word-filter-apply"
            >
              {t('filter.apply')}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setDraft([...DEFAULT_BLOCKLIST, ...parseEntries(draft)].join('\n'));
                setSetting((s) => ({ ...s, builtIn: false }));
              }}
              disabled={!setting.builtIn}
            >
              {t('filter.copyBuiltIn')}
            </button>
          </div>
          <p className="hint">{t('filter.exports')}</p>
        </div>
      </details>
    </div>
  );
}
