/**
 * Which text encoding a file's bytes are in. Japanese corpora are often Shift_JIS, EUC-JP or
 * ISO-2022-JP rather than UTF-8, and a wrong guess turns a novel into mojibake that still trains
 * (into nonsense vectors), so the guess is checked twice: `encoding-japanese` proposes, and a
 * strict `TextDecoder` (fatal: a bad byte throws instead of becoming U+FFFD) must decode the bytes
 * into text that looks like Japanese. Runs in workers and in Node.
 */
import Encoding from 'encoding-japanese';
import type { EncodingLabel } from './encodingNames';

export { ENCODINGS, type EncodingLabel, encodingName } from './encodingNames';

export interface EncodingGuess {
  encoding: EncodingLabel;
  /**
   * How sure the guess is, 0–1: 1 for a byte-order mark or pure ASCII; otherwise a score from how
   * much evidence there is (multi-byte characters seen) and how Japanese-looking the decoded text
   * is. A heuristic for the page to show, not a calibrated probability.
   */
  confidence: number;
  /** Length of the byte-order mark to skip (0 without one). */
  bom: number;
}

/** Detection reads this many bytes; the full decode then checks the rest. */
const SAMPLE_BYTES = 1 << 20;

/** UTF-16 without a BOM: ASCII-range text has every other byte zero. */
export function looksUtf16(bytes: Uint8Array, n = Math.min(bytes.length, 65536)): boolean {
  if (n < 16) return false;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i + 1 < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n >> 1;
  return (
    (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) || (oddZero > pairs * 0.4 && evenZero < pairs * 0.05)
  );
}

/**
 * Share of the non-ASCII characters of `text` that Japanese prose is made of: kana, kanji, CJK
 * punctuation and full-width forms. Mojibake from a wrong legacy decoding is full of half-width
 * katakana, rare kanji ranges and symbols, and scores low. 1 for text without non-ASCII characters.
 */
export function japaneseShare(text: string): { share: number; nonAscii: number } {
  let nonAscii = 0;
  let plausible = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (
      (c >= 0x3000 && c <= 0x30ff) || // CJK punctuation, hiragana, katakana
      (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
      (c >= 0xff01 && c <= 0xff5e) || // full-width ASCII
      (c >= 0x2010 && c <= 0x2026) || // dashes, quotes, ellipsis
      c === 0x00d7 ||
      c === 0x2015 ||
      c === 0x203b || // ※ (Aozora's mark for a missing character)
      (c >= 0x2190 && c <= 0x21ff) ||
      (c >= 0x25a0 && c <= 0x25ff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0xf900 && c <= 0xfaff)
    )
      plausible++;
  }
  return { share: nonAscii === 0 ? 1 : plausible / nonAscii, nonAscii };
}

/** Decodes strictly; null when any byte is invalid. `stream` tolerates a sequence cut at the end. */
export function tryDecode(bytes: Uint8Array, label: string, stream = false): string | null {
  let decoder = decoders.get(label);
  if (decoder === undefined) {
    decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
    decoders.set(label, decoder);
  }
  try {
    const text = decoder.decode(bytes, { stream });
    // A streamed call leaves a cut sequence pending; a plain call clears it for the next use.
    if (stream) decoder.decode();
    return text;
  } catch {
    return null;
  }
}

/** Strict decoders by label, reused: line-by-line checks would otherwise build thousands. */
const decoders = new Map<string, TextDecoder>();

/** Shares below this mean "not Japanese text in this encoding" (mojibake or another language). */
const MIN_JAPANESE_SHARE = 0.9;

/** Evidence term: a few multi-byte characters prove little, hundreds prove a lot. */
function evidence(n: number): number {
  return 1 - 1 / (2 + n);
}

const FROM_DETECTOR: Record<string, EncodingLabel> = {
  SJIS: 'shift_jis',
  EUCJP: 'euc-jp',
  JIS: 'iso-2022-jp',
  UTF8: 'utf-8',
};

/**
 * Guesses the encoding of `bytes`, or returns null when no candidate decodes the sample into
 * plausible text (the caller then says so, naming the first bad byte as UTF-8).
 * Order of evidence: a BOM; the UTF-16 zero-byte pattern; pure 7-bit bytes (ASCII, or ISO-2022-JP
 * when escape sequences switch to JIS X 0208); valid UTF-8; then Shift_JIS and EUC-JP, each of which
 * must decode strictly into Japanese-looking text, with `encoding-japanese`'s verdict breaking ties.
 */
export function detectEncoding(bytes: Uint8Array): EncodingGuess | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return guess('utf-8', 1, 3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return guess('utf-16le', 1, 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return guess('utf-16be', 1, 2);
  if (looksUtf16(bytes)) return guess(bytes[0] === 0 ? 'utf-16be' : 'utf-16le', 0.9, 0);
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let high = 0;
  let esc = false;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] >= 0x80) high++;
    else if (sample[i] === 0x1b && (sample[i + 1] === 0x24 || sample[i + 1] === 0x28)) esc = true;
  }
  if (high === 0) {
    if (!esc) return guess('utf-8', 1, 0);
    const text = tryDecode(sample, 'iso-2022-jp', true);
    return text === null ? null : guess('iso-2022-jp', 0.99, 0);
  }
  const utf8 = tryDecode(sample, 'utf-8', true);
  if (utf8 !== null) {
    // Valid UTF-8 by accident is rare for legacy Japanese bytes and vanishes as the text grows.
    return guess('utf-8', Math.min(0.999, evidence(high / 2)), 0);
  }
  const detected = Encoding.detect(sample);
  const preferred = detected === false ? undefined : FROM_DETECTOR[detected];
  let best: { label: EncodingLabel; score: number; n: number } | null = null;
  let second = 0;
  for (const label of ['shift_jis', 'euc-jp'] as const) {
    const text = tryDecode(sample, label, true);
    if (text === null) continue;
    const { share, nonAscii } = japaneseShare(text);
    if (share < MIN_JAPANESE_SHARE) continue;
    // The detector's pick wins a tie; a tiny bonus keeps the comparison simple.
    const score = share + (label === preferred ? 1e-6 : 0);
    if (best === null || score > best.score) {
      second = best?.score ?? 0;
      best = { label, score, n: nonAscii };
    } else second = Math.max(second, score);
  }
  if (best === null) return null;
  const margin = second > 0 ? best.score / (best.score + second) : 1;
  return guess(best.label, Math.min(0.99, best.score * evidence(best.n) * margin), 0);
}

function guess(encoding: EncodingLabel, confidence: number, bom: number): EncodingGuess {
  return { encoding, confidence, bom };
}

/**
 * Offset of the first byte `label` cannot decode, or -1. Decodes in chunks with a streaming strict
 * decoder; inside the failing chunk it bisects on prefixes decoded from the last line start (a
 * newline is a safe restart point in every encoding offered here except UTF-16, where the chunk
 * start is used).
 */
export function firstUndecodable(bytes: Uint8Array, label: string): number {
  const CHUNK = 1 << 16;
  const decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  let failed = -1;
  for (let at = 0; at < bytes.length; at += CHUNK) {
    try {
      decoder.decode(bytes.subarray(at, Math.min(bytes.length, at + CHUNK)), { stream: true });
    } catch {
      failed = at;
      break;
    }
  }
  if (failed < 0) {
    try {
      decoder.decode();
      return -1;
    } catch {
      failed = Math.max(0, bytes.length - CHUNK);
    }
  }
  let start = 0;
  if (!label.startsWith('utf-16')) {
    const nl = bytes.lastIndexOf(0x0a, failed);
    start = nl < 0 ? 0 : nl + 1;
  } else {
    start = failed - (failed % 2);
  }
  const end = Math.min(bytes.length, failed + CHUNK);
  // Smallest prefix end that fails: the byte just before it is where decoding broke.
  let lo = start;
  let hi = end;
  const fails = (n: number) => tryDecode(bytes.subarray(start, n), label, n < bytes.length) === null;
  if (!fails(hi)) return -1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (fails(mid)) hi = mid;
    else lo = mid + 1;
  }
  return Math.max(start, hi - 1);
}
