/**
 * Turning the bytes of a dropped file into text, or into a sentence that says why not.
 * Runs in workers (never on the page's thread for a whole corpus).
 */
import { UserError } from '../errors';

/** File signatures of formats people drop by mistake; the name goes into the message. */
const SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'a ZIP archive (or a .docx/.xlsx/.epub file)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a gzip-compressed file', bytes: [0x1f, 0x8b] },
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: 'a WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'an ELF program', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

/**
 * Why `bytes` is not text, or null when it may be. Looks at the first 64 KiB: a known signature,
 * NUL bytes outside a UTF-16 pattern, or more than 10% control characters other than tab, CR,
 * LF, FF and ESC (ESC appears in ISO-2022-JP).
 */
export function binaryReason(bytes: Uint8Array): string | null {
  for (const s of SIGNATURES) if (startsWith(bytes, s.bytes)) return `it looks like ${s.name}`;
  const n = Math.min(bytes.length, 65536);
  if (n === 0) return null;
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    looksUtf16(bytes, n);
  if (utf16) return null;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return 'it contains NUL bytes, which text files do not';
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  if (control > n * 0.1) return 'more than a tenth of its first bytes are control characters';
  return null;
}

/** UTF-16 without a BOM: ASCII-range text has every other byte zero. */
function looksUtf16(bytes: Uint8Array, n: number): boolean {
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

export interface DecodedText {
  text: string;
  /** WHATWG encoding label actually used. */
  encoding: string;
  /** Whether a byte-order mark was present (and removed). */
  bom: boolean;
}

/**
 * Decodes a file's bytes as text. Empty and binary files get a UserError naming the file.
 * UTF-8 (with or without BOM) and UTF-16 with a BOM or an ASCII-heavy pattern are recognised
 * here; other encodings are left to a detector (see the Japanese issue) through `encoding`.
 * Invalid UTF-8 is an error naming the byte offset rather than silently replaced characters.
 */
export function decodeText(bytes: Uint8Array, fileName = 'the file', encoding?: string): DecodedText {
  if (bytes.length === 0) {
    throw new UserError('empty-file', `${fileName} is empty: there is no text to read.`);
  }
  const reason = binaryReason(bytes);
  if (reason !== null) {
    throw new UserError(
      'binary-file',
      `${fileName} is not a text file (${reason}). Drop a plain-text file (.txt).`,
    );
  }
  let enc = encoding;
  let bom = false;
  let start = 0;
  if (!enc) {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      enc = 'utf-8';
      bom = true;
      start = 3;
    } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      enc = 'utf-16le';
      bom = true;
      start = 2;
    } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      enc = 'utf-16be';
      bom = true;
      start = 2;
    } else if (looksUtf16(bytes, Math.min(bytes.length, 65536))) {
      enc = bytes[0] === 0 ? 'utf-16be' : 'utf-16le';
    } else {
      enc = 'utf-8';
    }
  }
  const body = bytes.subarray(start);
  try {
    const text = new TextDecoder(enc, { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: enc, bom };
  } catch {
    const at = enc === 'utf-8' ? firstInvalidUtf8(body) + start : -1;
    const where = at >= 0 ? ` at byte ${at}` : '';
    throw new UserError(
      'undecodable',
      `${fileName} is not valid ${enc.toUpperCase()} text${where}. Save it as UTF-8, or choose its encoding.`,
    );
  }
}

/** Offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let need = 0;
    if (c < 0x80) need = 0;
    else if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) need = 2;
    else if (c >= 0xf0 && c <= 0xf4) need = 3;
    else return i;
    if (i + need >= b.length) return i;
    const c1 = b[i + 1];
    // Overlong forms and UTF-16 surrogates are invalid even with well-formed continuation bytes.
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 >= 0xa0)) return i;
    if ((c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 >= 0x90)) return i;
    for (let k = 1; k <= need; k++) if ((b[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}
