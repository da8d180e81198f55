import { PARTS_OF_SPEECH } from '../core/text/kuromojiPos';
import type { CorpusLanguage } from '../core/text/script';
import { resolveKind, type TokenizerKind, type TokenizerSpec } from '../core/text/tokenizerSpec';
import { LANGUAGE_KEYS } from './CorpusText';
import { useI18n } from './i18n/I18n';
import { isMessageKey, type MessageKey } from './i18n/messages';

/** The tokenizer settings a panel chooses; the corpus supplies the language, the panel lowercase. */
export type TokenizerChoice = Omit<TokenizerSpec, 'language' | 'lowercase'>;

interface Props {
  /** Prefix for element ids, so two panels can show these fields at once. */
  id: string;
  /** Control id for links (`train.tok`): the fields get `<control>`, `.form`, `.drop`, `.jaStop`. */
  control: string;
  value: TokenizerChoice;
  language: CorpusLanguage;
  onChange: (value: TokenizerChoice) => void;
}

const KIND_NAMES = {
  space: 'tok.kind.space',
  segmenter: 'tok.kind.segmenter',
  kuromoji: 'tok.kind.kuromoji',
} as const satisfies Record<Exclude<TokenizerKind, 'auto'>, MessageKey>;

/** How text becomes words: the same fields for word2vec and the classifier. */
export function TokenizerFields({ id, control, value, language, onChange }: Props) {
  const { t, lang } = useI18n();
  // Japanese readers know the parts of speech by their IPADIC names; others get a gloss.
  const posLabel = (pos: string) => {
    const key = `tok.pos.${pos}`;
    return lang === 'ja' || !isMessageKey(key) ? pos : `${pos} (${t(key)})`;
  };
  const set = (patch: Partial<TokenizerChoice>) => onChange({ ...value, ...patch });
  const auto = resolveKind({ kind: 'auto', language });
  const kind = resolveKind({ kind: value.kind, language });
  return (
    <>
      <div className="field" data-control={control}>
        <label htmlFor={`${id}-kind`}>{t('tok.tokenizer')}</label>
        <select
          id={`${id}-kind`}
          value={value.kind}
          onChange={(e) => set({ kind: e.target.value as TokenizerKind })}
          aria-describedby={`${id}-kind-help`}
        >
          <option value="auto">{t('tok.auto', { kind: t(KIND_NAMES[auto]) })}</option>
          <option value="space">{t(KIND_NAMES.space)}</option>
          <option value="segmenter">{t(KIND_NAMES.segmenter)}</option>
          <option value="kuromoji">{t(KIND_NAMES.kuromoji)}</option>
        </select>
        <small id={`${id}-kind-help`}>{t('tok.help', { language: t(LANGUAGE_KEYS[language]) })}</small>
      </div>
      {kind === 'kuromoji' && (
        <>
          <div className="field" data-control={`${control}.form`}>
            <label htmlFor={`${id}-form`}>{t('tok.form')}</label>
            <select
              id={`${id}-form`}
              value={value.form}
              onChange={(e) => set({ form: e.target.value as 'surface' | 'base' })}
            >
              <option value="surface">{t('tok.form.surface')}</option>
              <option value="base">{t('tok.form.base')}</option>
            </select>
          </div>
          <fieldset className="field pos-filter" data-control={`${control}.drop`}>
            <legend>{t('tok.leaveOut')}</legend>
            {PARTS_OF_SPEECH.map((p) => (
              <label key={p.pos} className="inline-check">
                <input
                  type="checkbox"
                  checked={value.dropPos.includes(p.pos)}
                  onChange={(e) =>
                    set({
                      dropPos: e.target.checked
                        ? [...value.dropPos, p.pos]
                        : value.dropPos.filter((x) => x !== p.pos),
                    })
                  }
                />{' '}
                {posLabel(p.pos)}
              </label>
            ))}
            <small>{t('tok.negations')}</small>
          </fieldset>
        </>
      )}
      {(kind !== 'space' || language === 'ja') && (
        <div className="field" data-control={`${control}.jaStop`}>
          <label htmlFor={`${id}-jastop`}>
            <input
              id={`${id}-jastop`}
              type="checkbox"
              checked={value.japaneseStopwords}
              onChange={(e) => set({ japaneseStopwords: e.target.checked })}
            />{' '}
            {t('tok.jaStop')}
          </label>
          <small>{t('tok.jaStop.help')}</small>
        </div>
      )}
    </>
  );
}
