import { useI18n } from './I18n';
import { LANGUAGE_NAMES, LANGUAGES, type UiLanguage } from './messages';

/** A select in the header; each language is named in itself, so anyone can find their own. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <label className="language-switch">
      <span>{t('app.language')}</span>
      <select
        value={lang}
        onChange={(ev) => setLang(ev.target.value as UiLanguage)}
        data-testid="ui-language"
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
