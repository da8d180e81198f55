import { useEffect } from 'react';
import { useI18n } from '../i18n/I18n';
import { PRESENTATION } from '../url/groups';
import { useUrlState } from '../url/store';

/**
 * Presentation mode for a projector: a class on <html> that styles.css and classroom.css
 * answer with large type, high contrast and thick focus rings.
 */
export function PresentationToggle() {
  const { t } = useI18n();
  const [mode, setMode] = useUrlState(PRESENTATION);
  useEffect(() => {
    document.documentElement.classList.toggle('present', mode.on);
  }, [mode.on]);
  return (
    <>
      <button
        type="button"
        className="secondary toggle"
        aria-pressed={mode.on}
        aria-describedby="present-help"
        title={t('classroom.presentHelp')}
        onClick={() => setMode({ on: !mode.on })}
        data-testid="presentation-mode"
      >
        {t('classroom.present')}
      </button>
      <span id="present-help" className="visually-hidden">
        {t('classroom.presentHelp')}
      </span>
    </>
  );
}
