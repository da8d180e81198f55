/**
 * A short fingerprint of labelled data as a classifier sees it: the texts, their labels, their
 * order, the split fractions and the split seed. Results that carry the same key were trained
 * and tested on the same examples, so their reports may be compared side by side.
 */
import type { SplitFractions } from '../classify/split';

/** FNV-1a over UTF-16 code units, continuing from `h` (32-bit). */
function fnv1a(h: number, s: string): number {
  let x = h;
  for (let i = 0; i < s.length; i++) {
    x ^= s.charCodeAt(i);
    x = Math.imul(x, 0x01000193);
  }
  return x >>> 0;
}

/**
 * `"<n>-<hash>"`: n examples and a 64-bit hash (two FNV-1a streams with different offsets) of
 * every text and label in order plus the split. The same data in another order gives another
 * key, on purpose: the seeded split depends on the order.
 */
export function labelledDataKey(
  records: readonly { text: string; label: string }[],
  split: SplitFractions,
  seed: number,
): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  const add = (s: string) => {
    a = fnv1a(a, s);
    b = fnv1a(b, s);
    // A separator that no text contains keeps ("ab","c") apart from ("a","bc").
    a = fnv1a(a, '\u0000');
    b = fnv1a(fnv1a(b, '\u0001'), s.length.toString(36));
  };
  add(`${split.train}/${split.validation}/${split.test}/${seed >>> 0}`);
  for (const r of records) {
    add(r.text);
    add(r.label);
  }
  const hex = (x: number) => x.toString(16).padStart(8, '0');
  return `${records.length}-${hex(a)}${hex(b)}`;
}
