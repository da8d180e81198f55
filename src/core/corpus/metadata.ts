/**
 * What the page shows about a corpus before anything is trained: size, word count, documents,
 * labels. Word counting here is deliberately simple and tokenizer-independent (runs of letters,
 * digits and apostrophes), so that the number on a built-in corpus's card matches what the same
 * count gives on the same text anywhere; the trainer reports its own token count after tokenizing.
 */

export interface LabelField {
  /** Field name in each document record, e.g. "party". */
  name: string;
  /** Documents per class, most frequent first. */
  classes: { label: string; count: number }[];
}

export interface CorpusMeta {
  id: string;
  title: string;
  description: string;
  /** Path relative to the app's base URL, fetched lazily. */
  file: string;
  /** 'text': one plain text; 'jsonl': one JSON object per line with a `text` field and label fields. */
  format: 'text' | 'jsonl';
  bytes: number;
  words: number;
  documents: number;
  language: string;
  licence: string;
  source: string;
  labels: LabelField[];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Number of words in `text`: maximal runs of letters/digits, with inner apostrophes ("don't" is one). */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

/** Class counts for one label field over a set of records, most frequent first, ties by label. */
export function labelCounts(records: Record<string, unknown>[], field: string): LabelField {
  const counts = new Map<string, number>();
  for (const r of records) {
    const v = r[field];
    if (v === undefined || v === null) continue;
    const key = String(v);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const classes = [...counts.entries()]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return { name: field, classes };
}

/** "1.2 MB", "830 kB", "12 B": decimal units, as file managers show them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let v = bytes / 1000;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ${units[u]}`;
}

/** "208,301": words and counts are shown with thousands separators, locale-independent. */
export function formatCount(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * The era a State of the Union address belongs to. Boundaries follow the usual periodisation of
 * American political history (party systems), so that "era" is a label with a few balanced-ish
 * classes rather than 230 years.
 */
export function sotuEra(year: number): string {
  if (year < 1861) return '1790–1860';
  if (year < 1933) return '1861–1932';
  if (year < 1981) return '1933–1980';
  return '1981–2021';
}
