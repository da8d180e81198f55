/**
 * The classroom word filter: a blocklist of words that the page must never show (neighbours,
 * analogies, odd one out, maps, the step-through, the corpus charts). Hidden words are treated as
 * absent from the vocabulary by every query a person sees; files exported keep every vector.
 *
 * Matching: a word and an entry are compared after Unicode NFKC and lower-casing (so "ＦＵＣＫ",
 * "Fuck" and "fuck" are one word, and half-width ｶﾀｶﾅ equals katakana), as whole words; an entry
 * ending in `*` matches every word that starts with the rest ("fuck*" hides "fucking"). A `*`
 * elsewhere is an ordinary character; an entry that is only `*` is ignored (it would hide all).
 */
import { DEFAULT_BLOCKLIST } from './blocklist-default.ts';

/** The filter as a setting (what the page stores and a lesson link sets). */
export interface WordFilterSetting {
  enabled: boolean;
  /** Include the built-in list (blocklist-default.ts). */
  builtIn: boolean;
  /** The teacher's own entries, added to the built-in ones (or used alone). */
  words: string[];
}

/**
 * Off unless a lesson or the user turns it on: outside a classroom, silently removing words would
 * change the answers a researcher relies on. Lessons turn it on (see the README).
 */
export const DEFAULT_WORD_FILTER: WordFilterSetting = { enabled: false, builtIn: true, words: [] };

/** The form words and entries are compared in: NFKC, then lower case. */
export function normalizeWord(word: string): string {
  return word.normalize('NFKC').toLowerCase();
}

/** Entries from a text a person typed: one per line, or separated by spaces or commas. */
export function parseEntries(text: string): string[] {
  return text
    .split(/[\s,、，]+/u)
    .map((e) => e.trim())
    .filter((e) => e !== '');
}

export class WordFilter {
  /** Whole words, normalised. */
  private readonly exact = new Set<string>();
  /** Prefixes of `*` entries, normalised, grouped by length so a word is sliced once per length. */
  private readonly prefixes = new Map<number, Set<string>>();
  /** Distinct usable entries. */
  readonly size: number;

  constructor(entries: readonly string[]) {
    let size = 0;
    for (const raw of entries) {
      const e = normalizeWord(raw.trim());
      if (e.endsWith('*') && e.length > 1) {
        const stem = e.slice(0, -1);
        let set = this.prefixes.get(stem.length);
        if (!set) this.prefixes.set(stem.length, (set = new Set()));
        if (!set.has(stem)) size++;
        set.add(stem);
      } else if (e !== '' && e !== '*') {
        if (!this.exact.has(e)) size++;
        this.exact.add(e);
      }
    }
    this.size = size;
  }

  /** The filter a setting describes, or null when it is off or has no entry. */
  static from(setting: WordFilterSetting): WordFilter | null {
    if (!setting.enabled) return null;
    const f = new WordFilter([...(setting.builtIn ? DEFAULT_BLOCKLIST : []), ...setting.words]);
    return f.size > 0 ? f : null;
  }

  matches(word: string): boolean {
    const w = normalizeWord(word);
    if (this.exact.has(w)) return true;
    for (const [len, set] of this.prefixes) if (w.length >= len && set.has(w.slice(0, len))) return true;
    return false;
  }

  /**
   * 1 for each word the filter hides, 0 otherwise, and how many are hidden; `mask` is null when
   * none is (so callers can skip the work).
   */
  hide(words: readonly string[]): { mask: Uint8Array | null; hidden: number } {
    const mask = new Uint8Array(words.length);
    let hidden = 0;
    for (let i = 0; i < words.length; i++) {
      if (this.matches(words[i])) {
        mask[i] = 1;
        hidden++;
      }
    }
    return { mask: hidden > 0 ? mask : null, hidden };
  }
}

/** The words as the page may see them: a hidden word becomes null (shown as a blank). */
export function maskWords(words: readonly string[], filter: WordFilter | null): (string | null)[] {
  return filter ? words.map((w) => (filter.matches(w) ? null : w)) : [...words];
}

/** How many entries the built-in list has (the page shows the count, not the words). */
export const DEFAULT_BLOCKLIST_SIZE = new WordFilter(DEFAULT_BLOCKLIST).size;
