/**
 * Which writing system a corpus is in, from the share of its letters in each script. It decides
 * the default tokenizer: Japanese, Chinese and Thai are written without spaces between words, so
 * splitting on spaces would make each sentence one "word".
 */

/** Languages the tokenizer choice distinguishes; 'spaced' is every language that separates words with spaces. */
export type CorpusLanguage = 'ja' | 'zh' | 'ko' | 'th' | 'spaced';

export const LANGUAGE_NAMES: Record<CorpusLanguage, string> = {
  ja: 'Japanese',
  zh: 'Chinese',
  ko: 'Korean',
  th: 'Thai',
  spaced: 'Words separated by spaces',
};

export interface ScriptShares {
  han: number;
  hiragana: number;
  katakana: number;
  hangul: number;
  thai: number;
  /** Every other letter (Latin, Cyrillic, Greek, Arabic …). */
  other: number;
}

export interface ScriptReport {
  language: CorpusLanguage;
  /** Share of the sampled letters in each script (0–1; they sum to 1 when there are letters). */
  shares: ScriptShares;
  /** Letters sampled. */
  letters: number;
}

/** Enough letters for a stable share; the whole of a 500 MB corpus would take seconds. */
const SAMPLE_CHARS = 1 << 20;
const LETTER = /\p{L}/u;

/** Counts letters by script in (a sample of) `text` and names the language the counts point to. */
export function detectScript(text: string): ScriptReport {
  const counts = { han: 0, hiragana: 0, katakana: 0, hangul: 0, thai: 0, other: 0 };
  // Spread the sample over the text: a file's start is often a licence or a title page.
  const windows =
    text.length <= SAMPLE_CHARS
      ? [[0, text.length]]
      : [0, 1, 2, 3].map((k) => {
          const from = Math.floor((k * text.length) / 4);
          return [from, from + SAMPLE_CHARS / 4];
        });
  for (const [from, end] of windows) {
    for (let i = from; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) counts.other++;
        continue;
      }
      if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3005) counts.han++;
      else if (c >= 0x3041 && c <= 0x309f) counts.hiragana++;
      else if ((c >= 0x30a0 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9f)) counts.katakana++;
      else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f))
        counts.hangul++;
      else if (c >= 0x0e00 && c <= 0x0e7f) counts.thai++;
      else if (LETTER.test(text[i])) counts.other++;
    }
  }
  const letters = counts.han + counts.hiragana + counts.katakana + counts.hangul + counts.thai + counts.other;
  const share = (n: number) => (letters === 0 ? 0 : n / letters);
  const shares: ScriptShares = {
    han: share(counts.han),
    hiragana: share(counts.hiragana),
    katakana: share(counts.katakana),
    hangul: share(counts.hangul),
    thai: share(counts.thai),
    other: share(counts.other),
  };
  return { language: languageOf(shares), shares, letters };
}

/**
 * Kana mark Japanese (Chinese has none, and Japanese prose is mostly kana); Han without kana is
 * Chinese. A script counts when it holds at least a fifth of the letters, so an English text
 * quoting a few kanji stays 'spaced'.
 */
function languageOf(s: ScriptShares): CorpusLanguage {
  const kana = s.hiragana + s.katakana;
  const cjk = s.han + kana;
  if (cjk >= 0.2) return kana >= 0.1 * cjk ? 'ja' : 'zh';
  if (s.hangul >= 0.2) return 'ko';
  if (s.thai >= 0.2) return 'th';
  return 'spaced';
}

/** Whether text in `language` needs a word segmenter (no spaces between words). */
export function needsSegmenter(language: CorpusLanguage): boolean {
  return language === 'ja' || language === 'zh' || language === 'th';
}
