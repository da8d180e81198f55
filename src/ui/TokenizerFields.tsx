import { PARTS_OF_SPEECH } from '../core/text/kuromojiPos';
import { type CorpusLanguage, LANGUAGE_NAMES } from '../core/text/script';
import { resolveKind, type TokenizerKind, type TokenizerSpec } from '../core/text/tokenizerSpec';

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

const KIND_NAMES: Record<Exclude<TokenizerKind, 'auto'>, string> = {
  space: 'Spaces and punctuation',
  segmenter: 'Intl.Segmenter (built into the browser)',
  kuromoji: 'kuromoji: MeCab-compatible, IPADIC (Japanese; loads a 17 MB dictionary)',
};

/** How text becomes words: the same fields for word2vec and the classifier. */
export function TokenizerFields({ id, control, value, language, onChange }: Props) {
  const set = (patch: Partial<TokenizerChoice>) => onChange({ ...value, ...patch });
  const auto = resolveKind({ kind: 'auto', language });
  const kind = resolveKind({ kind: value.kind, language });
  return (
    <>
      <div className="field" data-control={control}>
        <label htmlFor={`${id}-kind`}>Tokenizer</label>
        <select
          id={`${id}-kind`}
          value={value.kind}
          onChange={(e) => set({ kind: e.target.value as TokenizerKind })}
          aria-describedby={`${id}-kind-help`}
        >
          <option value="auto">Automatic: {KIND_NAMES[auto]}</option>
          <option value="space">{KIND_NAMES.space}</option>
          <option value="segmenter">{KIND_NAMES.segmenter}</option>
          <option value="kuromoji">{KIND_NAMES.kuromoji}</option>
        </select>
        <small id={`${id}-kind-help`}>
          Language: {LANGUAGE_NAMES[language]} (set in step 1). Japanese, Chinese and Thai have no spaces
          between words; kuromoji also knows parts of speech and dictionary forms.
        </small>
      </div>
      {kind === 'kuromoji' && (
        <>
          <div className="field" data-control={`${control}.form`}>
            <label htmlFor={`${id}-form`}>Word form</label>
            <select
              id={`${id}-form`}
              value={value.form}
              onChange={(e) => set({ form: e.target.value as 'surface' | 'base' })}
            >
              <option value="surface">As written (surface form: 食べ, 行っ)</option>
              <option value="base">Dictionary form (lemma: 食べる, 行く)</option>
            </select>
          </div>
          <fieldset className="field pos-filter" data-control={`${control}.drop`}>
            <legend>Leave out</legend>
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
                {p.pos} ({p.english})
              </label>
            ))}
            <small>Negating auxiliaries (ない, ぬ, ず) are kept: “not tasty” must not become “tasty”.</small>
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
            Remove Japanese stopwords
          </label>
          <small>Particles, copulas and formal nouns (の, は, です, こと …); negations stay.</small>
        </div>
      )}
    </>
  );
}
