import type { CorpusSource, ReadOptions } from '../core/corpus/load';
import type { CorpusSummary } from '../core/corpus/summary';
import { ENCODINGS, encodingName } from '../core/text/encodingNames';
import { type CorpusLanguage, LANGUAGE_NAMES } from '../core/text/script';

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

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/**
 * How the corpus was read and what it is written in, each with a way to correct it: the encoding
 * (choosing one reads the file again), the language (it picks the default tokenizer), NFKC and
 * the Aozora Bunko cleanup.
 */
export function CorpusText({ summary, source, language, busy, onReread, onLanguage }: Props) {
  const s = summary.script.shares;
  const scripts = [
    ['Han', s.han],
    ['Hiragana', s.hiragana],
    ['Katakana', s.katakana],
    ['Hangul', s.hangul],
    ['Thai', s.thai],
    ['Other letters', s.other],
  ] as const;
  return (
    <div className="settings-grid corpus-text" data-testid="corpus-text">
      <div className="field" data-control="corpus.encoding">
        <label htmlFor="corpus-encoding">Encoding</label>
        <select
          id="corpus-encoding"
          value={summary.encodingDetected ? '' : summary.encoding}
          disabled={busy || source.kind !== 'file'}
          onChange={(e) => onReread({ encoding: e.target.value || undefined })}
          aria-describedby="corpus-encoding-help"
        >
          <option value="">Detect</option>
          {ENCODINGS.map((e) => (
            <option key={e} value={e}>
              {encodingName(e)}
            </option>
          ))}
        </select>
        <small id="corpus-encoding-help">
          <span data-testid="corpus-encoding">{encodingName(summary.encoding)}</span>
          {summary.encodingDetected
            ? ` — detected, ${percent(summary.encodingConfidence)} confidence. If the preview looks garbled, choose the encoding: the file is read again.`
            : ' — chosen by you.'}
        </small>
      </div>
      <div className="field" data-control="corpus.lang">
        <label htmlFor="corpus-language">Language</label>
        <select
          id="corpus-language"
          value={language ?? ''}
          onChange={(e) => onLanguage((e.target.value || null) as CorpusLanguage | null)}
          aria-describedby="corpus-language-help"
        >
          <option value="">Detected: {LANGUAGE_NAMES[summary.script.language]}</option>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
        <small id="corpus-language-help" data-testid="corpus-scripts">
          Letters:{' '}
          {scripts
            .filter(([, share]) => share >= 0.005)
            .map(([name, share]) => `${name} ${percent(share)}`)
            .join(' · ') || 'none'}
          . Japanese, Chinese and Thai have no spaces between words, so they are split by a word segmenter.
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
          Normalise (NFKC)
        </label>
        <small>
          Full-width letters and digits become ordinary ones (ＡＢＣ１２３ → ABC123), half-width ｶﾅ becomes
          カナ.
        </small>
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
          Aozora Bunko cleanup
        </label>
        <small>
          Removes ruby readings (《…》, ｜, &lt;rt&gt;), editorial notes (［＃…］), the legend at the top and
          the colophon from 底本： on, in .txt and XHTML files.
        </small>
      </div>
    </div>
  );
}
