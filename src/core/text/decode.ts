/**
 * Turning the bytes of a dropped file into text, or into a sentence that says why not.
 * Runs in workers (never on the page's thread for a whole corpus).
 */
import { UserError } from '../errors';
import {
  detectEncoding,
  encodingName,
  firstUndecodable,
  japaneseShare,
  looksUtf16,
  tryDecode,
} from './encoding';

/**
 * File signatures of formats people drop by mistake; the name goes into the message, the kind
 * into its parameters (the page words each kind in the interface language).
 */
const SIGNATURES: { kind: string; name: string; bytes: number[] }[] = [
  { kind: 'pdf', name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46] },
  { kind: 'zip', name: 'a ZIP archive (or a .docx/.xlsx/.epub file)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'gzip', name: 'a gzip-compressed file', bytes: [0x1f, 0x8b] },
  { kind: 'png', name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'jpeg', name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'gif', name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: '7z', name: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { kind: 'wasm', name: 'a WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { kind: 'elf', name: 'an ELF program', bytes: [0x7f, 0x45, 0x4c, 0x46] },
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
  return binaryKind(bytes)?.reason ?? null;
}

/** `binaryReason` with a short name for the kind of reason ('pdf', 'nul', 'control' …). */
function binaryKind(bytes: Uint8Array): { kind: string; reason: string } | null {
  for (const s of SIGNATURES)
    if (startsWith(bytes, s.bytes)) return { kind: s.kind, reason: `it looks like ${s.name}` };
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
    if (b === 0) return { kind: 'nul', reason: 'it contains NUL bytes, which text files do not' };
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  if (control > n * 0.1)
    return { kind: 'control', reason: 'more than a tenth of its first bytes are control characters' };
  return null;
}

export interface DecodedText {
  text: string;
  /** WHATWG encoding label actually used. */
  encoding: string;
  /** Whether a byte-order mark was present (and removed). */
  bom: boolean;
}

export interface DetailedText extends DecodedText {
  /** How sure the detection was (see `EncodingGuess.confidence`); 1 when the caller chose the encoding. */
  confidence: number;
  /** False when the caller chose the encoding. */
  detected: boolean;
}

/**
 * Decodes a file's bytes as text (see `decodeTextDetailed`), without the detection details.
 */
export function decodeText(bytes: Uint8Array, fileName = 'the file', encoding?: string): DecodedText {
  const { text, encoding: used, bom } = decodeTextDetailed(bytes, fileName, encoding);
  return { text, encoding: used, bom };
}

/**
 * Decodes a file's bytes as text. Empty and binary files get a UserError naming the file.
 * Without `encoding`, the encoding is detected (`detectEncoding`: BOM, UTF-16, UTF-8, Shift_JIS,
 * EUC-JP, ISO-2022-JP). Decoding is strict: a byte that does not decode is an error naming its
 * offset, never a silently replaced character. A file that no encoding explains, or whose lines
 * need different encodings, gets a sentence saying so.
 */
export function decodeTextDetailed(
  bytes: Uint8Array,
  fileName = 'the file',
  encoding?: string,
): DetailedText {
  if (bytes.length === 0) {
    throw new UserError('empty-file', `${fileName} is empty: there is no text to read.`, { file: fileName });
  }
  const binary = binaryKind(bytes);
  if (binary !== null) {
    throw new UserError(
      'binary-file',
      `${fileName} is not a text file (${binary.reason}). Drop a plain-text file (.txt).`,
      { file: fileName, kind: binary.kind },
    );
  }
  let enc: string;
  let start = 0;
  let confidence = 1;
  if (encoding) {
    enc = encoding.toLowerCase();
    // A BOM that matches the chosen encoding is still not text.
    if (enc === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
    else if (enc === 'utf-16le' && bytes[0] === 0xff && bytes[1] === 0xfe) start = 2;
    else if (enc === 'utf-16be' && bytes[0] === 0xfe && bytes[1] === 0xff) start = 2;
  } else {
    const guess = detectEncoding(bytes);
    if (guess === null) throw undeterminable(bytes, fileName);
    enc = guess.encoding;
    start = guess.bom;
    confidence = guess.confidence;
  }
  const body = bytes.subarray(start);
  if (!encoding && enc !== 'utf-8' && !enc.startsWith('utf-16')) {
    // A legacy encoding can decode UTF-8 lines too (as mojibake): look for lines that disagree.
    const mixed = mixedEncodings(body, fileName);
    if (mixed) throw mixed;
  }
  const text = tryDecode(body, enc);
  if (text === null) {
    if (!encoding) {
      const mixed = mixedEncodings(body, fileName);
      if (mixed) throw mixed;
    }
    const at = (enc === 'utf-8' ? firstInvalidUtf8(body) : firstUndecodable(body, enc)) + start;
    if (at < start) {
      throw new UserError(
        'undecodable-somewhere',
        `${fileName} is not valid ${encodingName(enc)} text. Save it as UTF-8, or choose its encoding.`,
        { file: fileName, encoding: encodingName(enc) },
      );
    }
    throw new UserError(
      'undecodable',
      `${fileName} is not valid ${encodingName(enc)} text at byte ${at}. Save it as UTF-8, or choose its encoding.`,
      { file: fileName, encoding: encodingName(enc), byte: at },
    );
  }
  return { text, encoding: enc, bom: start > 0, confidence, detected: !encoding };
}

/** The sentence for bytes that no offered encoding decodes into plausible text. */
function undeterminable(bytes: Uint8Array, fileName: string): UserError {
  const mixed = mixedEncodings(bytes, fileName);
  if (mixed) return mixed;
  const at = firstInvalidUtf8(bytes);
  return new UserError(
    'undeterminable-encoding',
    `The encoding of ${fileName} could not be determined: it is not valid UTF-8 (at byte ${at}), and ` +
      'Shift_JIS, EUC-JP and ISO-2022-JP do not give Japanese text either. Choose its encoding, or save it as UTF-8.',
    { file: fileName, byte: at },
  );
}

/**
 * An error naming two lines that need different encodings, or null. Each line with non-ASCII
 * bytes is tried as UTF-8, Shift_JIS and EUC-JP; a file is mixed when one line decodes only as one
 * of them and another line only as a different one (typical of files pasted together).
 */
function mixedEncodings(bytes: Uint8Array, fileName: string): UserError | null {
  const firstOnly = new Map<string, number>();
  let line = 1;
  let from = 0;
  const limit = Math.min(bytes.length, 4 << 20);
  while (from < limit && firstOnly.size < 2) {
    let to = bytes.indexOf(0x0a, from);
    if (to < 0) to = bytes.length;
    const part = bytes.subarray(from, to);
    let high = false;
    for (let i = 0; i < part.length && !high; i++) high = part[i] >= 0x80;
    if (high) {
      // Valid UTF-8 with Japanese in it is taken as UTF-8 (Shift_JIS often decodes it too, as mojibake).
      const asUtf8 = tryDecode(part, 'utf-8');
      const fits =
        asUtf8 !== null && japaneseShare(asUtf8).share >= 0.9
          ? ['utf-8']
          : (['shift_jis', 'euc-jp'] as const).filter((label) => {
              const t = tryDecode(part, label);
              return t !== null && japaneseShare(t).share >= 0.9;
            });
      if (fits.length === 1 && !firstOnly.has(fits[0])) firstOnly.set(fits[0], line);
    }
    line++;
    from = to + 1;
  }
  if (firstOnly.size < 2) return null;
  const [[a, la], [b, lb]] = [...firstOnly.entries()];
  return new UserError(
    'mixed-encoding',
    `${fileName} mixes encodings: line ${la} is ${encodingName(a)} but line ${lb} is ${encodingName(b)}. ` +
      'Save the whole file in one encoding (UTF-8 is best).',
    { file: fileName, line: la, encoding: encodingName(a), otherLine: lb, otherEncoding: encodingName(b) },
  );
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
