import type { CorpusSource, ReadOptions } from '../core/corpus/load';
import type { CorpusSummary } from '../core/corpus/summary';
import { ENCODINGS, encodingName } from '../core/text/encodingNames';
import { type CorpusLanguage, LANGUAGE_NAMES } from '../core/text/script';
import { useI18n } from './i18n/I18n';
import type { MessageKey } from './i18n/messages';

interface Props {
  summary: CorpusSummary;
  source: CorpusSource;
  /** The language chosen over the detected one, or null. */
  language: CorpusLanguage | null;
  busy: boolean;
  onReread: (read: ReadOptions) => void;
  onLanguage: (language: CorpusLanguage | null) => void;
}

const LANGUAGES = Object.keys(LANGUAGE_NAMES) as CorpusLanguage[];

/** Catalogue key of each corpus language's name (shared with the tokenizer fields). */
export const LANGUAGE_KEYS = {
  ja: 'lang.ja',
  zh: 'lang.zh',
  ko: 'lang.ko',
  th: 'lang.th',
  spaced: 'lang.spaced',
} as const satisfies Record<CorpusLanguage, MessageKey>;

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/**
 * How the corpus was read and what it is written in, each with a way to correct it: the encoding
 * (choosing one reads the file again), the language (it picks the default tokenizer), NFKC and
 * the Aozora Bunko cleanup.
 */
export function CorpusText({ summary, source, language, busy, onReread, onLanguage }: Props) {
  const { t, rich } = useI18n();
  const s = summary.script.shares;
  const scripts = [
    ['corpus.script.han', s.han],
    ['corpus.script.hiragana', s.hiragana],
    ['corpus.script.katakana', s.katakana],
    ['corpus.script.hangul', s.hangul],
    ['corpus.script.thai', s.thai],
    ['corpus.script.other', s.other],
  ] as const;
  return (
    <div className="settings-grid corpus-text" data-testid="corpus-text">
      <div className="field" data-control="corpus.encoding">
        <label htmlFor="corpus-encoding">{t('corpus.encoding')}</label>
        <select
          id="corpus-encoding"
          value={summary.encodingDetected ? '' : summary.encoding}
          disabled={busy || source.kind !== 'file'}
          onChange={(e) => onReread({ encoding: e.target.value || undefined })}
          aria-describedby="corpus-encoding-help"
        >
          <option value="">{t('corpus.detect')}</option>
          {ENCODINGS.map((e) => (
            <option key={e} value={e}>
              {encodingName(e)}
            </option>
          ))}
        </select>
        <small id="corpus-encoding-help">
          <span data-testid="corpus-encoding">{encodingName(summary.encoding)}</span>
          {summary.encodingDetected
            ? t('corpus.detected', { confidence: percent(summary.encodingConfidence) })
            : t('corpus.chosen')}
        </small>
      </div>
      <div className="field" data-control="corpus.lang">
        <label htmlFor="corpus-language">{t('corpus.language')}</label>
        <select
          id="corpus-language"
          value={language ?? ''}
          onChange={(e) => onLanguage((e.target.value || null) as CorpusLanguage | null)}
          aria-describedby="corpus-language-help"
        >
          <option value="">
            {t('corpus.detectedLanguage', { language: t(LANGUAGE_KEYS[summary.script.language]) })}
          </option>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(LANGUAGE_KEYS[l])}
            </option>
          ))}
        </select>
        <small id="corpus-language-help" data-testid="corpus-scripts">
          {t('corpus.letters', {
            shares:
              scripts
                .filter(([, share]) => share >= 0.005)
                .map(([name, share]) => `${t(name)} ${percent(share)}`)
                .join(' · ') || t('corpus.noLetters'),
          })}
        </small>
      </div>
      <div className="field" data-control="corpus.nfkc">
        <label htmlFor="corpus-nfkc">
          <input
            id="corpus-nfkc"
            type="checkbox"
            checked={Boolean(source.nfkc)}
            disabled={busy}
            onChange={(e) => onReread({ nfkc: e.target.checked })}
          />{' '}
          {t('corpus.nfkc')}
        </label>
        <small>{rich('corpus.nfkc.help', { example: <code>ＡＢＣ１２３ → ABC123</code> })}</small>
      </div>
      <div className="field" data-control="corpus.aozora">
        <label htmlFor="corpus-aozora">
          <input
            id="corpus-aozora"
            type="checkbox"
            checked={Boolean(source.aozora)}
            disabled={busy}
            onChange={(e) => onReread({ aozora: e.target.checked })}
          />{' '}
          {t('corpus.aozora')}
        </label>
        <small>{rich('corpus.aozora.help', { rt: <code>&lt;rt&gt;</code> })}</small>
      </div>
    </div>
  );
}
