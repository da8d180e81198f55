/**
 * Streaming readers for word-vector files: word2vec binary (the C tool's layout and gensim's),
 * word2vec / fastText text, GloVe text (no header) and Embedding Projector TSV (+ metadata).
 *
 * Input is any ByteSource (a browser `File.stream()`, a Node read stream, chunks, bytes). Memory
 * is proportional to the words kept, never to the file: records are parsed out of a small reused
 * window, and reading stops (closing the stream) once `limit` records have been read or every
 * word of a `keep` Set has been found, so the first 100k words of GoogleNews (3M × 300, 3.6 GB)
 * cost 120 MB and a fraction of a second of I/O.
 *
 * A malformed file throws a UserError naming the byte offset (binary) or line number (text) and
 * what was expected there.
 */
import { type MessageParams, UserError } from '../errors.ts';
import { isNanToken, parseDecimal } from './numbers.ts';
import { type KeepFilter, RowSink } from './sink.ts';
import { type AbortSignalLike, type ByteSource, ByteWindow } from './source.ts';
import type { VectorSet } from './types.ts';

export type VectorFormat = 'word2vec-binary' | 'word2vec-text' | 'glove' | 'projector-tsv';

export interface ReadOptions {
  /** Skip detection and read as this format. Default 'auto'. */
  format?: VectorFormat | 'auto';
  /**
   * Read at most the first `limit` word records of the file (files list words by descending
   * frequency, so this keeps the most frequent), then stop reading. `keep` filters among them.
   */
  limit?: number;
  /**
   * Keep only these words (for example the current corpus's vocabulary). With a Set, reading
   * stops as soon as all of them have been found.
   */
  keep?: KeepFilter;
  /** Called after each chunk with the number of bytes read so far from the vectors stream. */
  onProgress?: (bytesRead: number) => void;
  /** Checked before each chunk; an aborted signal rejects with its reason. */
  signal?: AbortSignalLike;
  /** Projector TSV only: the metadata.tsv stream (labels). Without it, words are row numbers. */
  metadata?: ByteSource;
  /** Projector TSV only: the metadata column (index or header name) used as the word. Default 0. */
  labelColumn?: number | string;
}

/** Metadata columns of a Projector metadata.tsv; `rows[i]` belongs to `vectors.words[i]`. */
export interface Metadata {
  columns: string[];
  rows: string[][];
}

export interface ReadResult {
  vectors: VectorSet;
  format: VectorFormat;
  /** Word count announced by the header (word2vec formats). */
  declaredWords?: number;
  /** Word records parsed, kept or not. */
  recordsRead: number;
  /** Records skipped because their word had already been read (the first one wins). */
  duplicates: number;
  /** True when reading stopped before the end of the file (limit reached, keep Set complete). */
  stoppedEarly: boolean;
  /** Bytes pulled from the (vectors) source. */
  bytesRead: number;
  metadata?: Metadata;
}

/** How many leading bytes format detection looks at. */
const SNIFF_BYTES = 1 << 16;
/** Longest word accepted in a binary file: beyond this the file is damaged, not a word. */
const MAX_WORD_BYTES = 4096;
/** Longest text line accepted (a 10,000-dimension line with long numbers is ~250 KB). */
const MAX_LINE_BYTES = 1 << 26;

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A damaged or misread vector file: `code` names the sentence, `params` its values. */
function malformed(code: string, message: string, params?: MessageParams): UserError {
  return new UserError(code, message, params);
}

/** Quotes the start of `bytes` (first line only, at most `max` bytes) for an error message. */
function quoteSnippet(bytes: Uint8Array, max = 24): string {
  let n = Math.min(bytes.length, max);
  const nl = bytes.subarray(0, n).indexOf(10);
  if (nl !== -1) n = nl > 0 && bytes[nl - 1] === 13 ? nl - 1 : nl;
  const t = new TextDecoder().decode(bytes.subarray(0, n));
  return `"${t}${bytes.length > n && nl === -1 ? '…' : ''}"`;
}

function quoteWord(word: string): string {
  return JSON.stringify(word.length > 40 ? word.slice(0, 40) + '…' : word);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

interface Header {
  words: number;
  dim: number;
  /** Index just past the header's newline. */
  next: number;
}

/** Parses `"<words> <dims>\n"` at the start of `b` (spaces, tabs and \r tolerated); null if absent. */
function parseHeader(b: Uint8Array, complete: boolean): Header | null {
  const nl = b.indexOf(10);
  if (nl === -1 && !complete) return null;
  const e = nl === -1 ? b.length : nl;
  if (e > 64) return null;
  const nums: number[] = [];
  let i = 0;
  while (i < e) {
    const c = b[i];
    if (c === 32 || c === 9 || c === 13) {
      i++;
      continue;
    }
    if (c < 48 || c > 57) return null;
    let v = 0;
    while (i < e && b[i] >= 48 && b[i] <= 57) v = v * 10 + (b[i++] - 48);
    nums.push(v);
  }
  if (nums.length !== 2) return null;
  return { words: nums[0], dim: nums[1], next: nl === -1 ? b.length : nl + 1 };
}

function isNumericToken(t: string): boolean {
  return t.length > 0 && !Number.isNaN(parseDecimal(new TextEncoder().encode(t), 0, t.length));
}

function tokensOfFirstLine(
  head: Uint8Array,
  from: number,
): { text: string; tokens: string[]; tabs: boolean } {
  const nl = head.indexOf(10, from);
  let e = nl === -1 ? head.length : nl;
  if (e > from && head[e - 1] === 13) e--;
  const text = new TextDecoder().decode(head.subarray(from, e));
  return { text, tokens: text.split(/[ \t]+/).filter((t) => t.length > 0), tabs: text.includes('\t') };
}

function hasControlBytes(b: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = b[i];
    if (c < 9 || (c > 13 && c < 32) || c === 127) return true;
  }
  return false;
}

function isValidUtf8(b: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

/**
 * Guesses the format from the first bytes of a file (`head`; `complete` when it is the whole
 * file). Throws a UserError for an empty file, compressed archives, fastText model files and
 * anything that is not one of the four formats.
 */
export function detectFormat(head: Uint8Array, complete = false): VectorFormat {
  let s = 0;
  while (s < head.length && isSpace(head[s])) s++;
  if (s === head.length) {
    throw new UserError('empty-vector-file', 'The file is empty: there are no word vectors in it.');
  }
  if (head[0] === 0x1f && head[1] === 0x8b) {
    throw new UserError(
      'compressed-file',
      'The file is gzip-compressed (.gz): decompress it first, then load the file inside.',
    );
  }
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4) {
    throw new UserError(
      'zip-file',
      'The file is a zip archive: extract it first, then load the vector file inside.',
    );
  }
  if (head[0] === 0xba && head[1] === 0x16 && head[2] === 0x4f && head[3] === 0x2f) {
    throw new UserError(
      'fasttext-model',
      'This is a fastText model (.bin), not a vector file: load the .vec file that comes with it instead.',
    );
  }
  const header = parseHeader(head, complete);
  if (header) {
    const first = tokensOfFirstLine(head, header.next);
    if (first.tokens.length === header.dim + 1 && first.tokens.slice(1).every(isNumericToken))
      return 'word2vec-text';
    const to = Math.min(head.length, header.next + 4096);
    const lineEnd = head.indexOf(10, header.next);
    const sample = head.subarray(header.next, lineEnd === -1 ? to : Math.min(lineEnd, to));
    if (hasControlBytes(head, header.next, to) || !isValidUtf8(sample)) return 'word2vec-binary';
    // Printable floats (rare): the first record still has the C tool's binary shape, a word, a
    // space and dim × 4 bytes that are not dim numbers, then a line break.
    const sp = head.indexOf(32, header.next);
    const after = sp + 1 + header.dim * 4;
    if (sp !== -1 && after < head.length && head[after] === 10) {
      const floats = head.subarray(sp + 1, after);
      if (countTokens(floats, 0, floats.length) !== header.dim) return 'word2vec-binary';
    }
    return 'word2vec-text';
  }
  const first = tokensOfFirstLine(head, s);
  const bytesOfLine = head.subarray(s, Math.min(head.length, s + 4096));
  if (!hasControlBytes(bytesOfLine, 0, bytesOfLine.length) && first.tokens.length >= 2) {
    if (first.tabs && first.tokens.every(isNumericToken)) return 'projector-tsv';
    if (first.tokens.slice(1).every(isNumericToken)) return 'glove';
  }
  if (first.tokens.length === 1 && isNumericToken(first.tokens[0])) return 'projector-tsv';
  const looksBinary =
    hasControlBytes(bytesOfLine, 0, bytesOfLine.length) || !isValidUtf8(bytesOfLine.subarray(0, 64));
  if (looksBinary) {
    throw new UserError(
      'unknown-format',
      'This does not look like a word-vector file: it is binary data, but a word2vec binary file starts with a text header "<words> <dimensions>".',
    );
  }
  const found = quoteSnippet(head.subarray(s), 40);
  throw new UserError(
    'unknown-text-format',
    `This does not look like a word-vector file: the first line should be a header "<words> <dimensions>", a word followed by numbers (GloVe) or tab-separated numbers (Projector TSV), but it is ${found}.`,
    { found },
  );
}

/** True when non-whitespace bytes remain after the window's read position (reads at most what it needs). */
async function hasMoreContent(win: ByteWindow): Promise<boolean> {
  for (;;) {
    while (win.start < win.end && isSpace(win.buf[win.start])) win.start++;
    if (win.start < win.end) return true;
    if (!(await win.fill())) return false;
  }
}

async function fillAtLeast(win: ByteWindow, n: number): Promise<void> {
  while (win.available < n && (await win.fill()));
}

/** Reads a vector file of any supported format (detected from the first bytes unless given). */
export async function readVectors(source: ByteSource, opts: ReadOptions = {}): Promise<ReadResult> {
  const win = new ByteWindow(source, {
    onProgress: opts.onProgress,
    signal: opts.signal,
    initialSize: 1 << 20,
  });
  try {
    await fillAtLeast(win, SNIFF_BYTES);
    const head = win.buf.subarray(win.start, win.end);
    const format = opts.format && opts.format !== 'auto' ? opts.format : detectFormat(head, win.eof);
    if (win.available === 0)
      throw new UserError('empty-vector-file', 'The file is empty: there are no word vectors in it.');
    switch (format) {
      case 'word2vec-binary':
        return await readBinaryBody(win, opts);
      case 'word2vec-text':
      case 'glove':
        return await readTextBody(win, format, opts);
      case 'projector-tsv':
        return await readTsvBody(win, opts);
    }
  } finally {
    await win.close();
  }
}

export function readWord2vecBinary(source: ByteSource, opts: ReadOptions = {}): Promise<ReadResult> {
  return readVectors(source, { ...opts, format: 'word2vec-binary' });
}

export function readWord2vecText(source: ByteSource, opts: ReadOptions = {}): Promise<ReadResult> {
  return readVectors(source, { ...opts, format: 'word2vec-text' });
}

export function readGlove(source: ByteSource, opts: ReadOptions = {}): Promise<ReadResult> {
  return readVectors(source, { ...opts, format: 'glove' });
}

/** vectors.tsv (+ `opts.metadata`, the metadata.tsv stream). */
export function readProjectorTsv(source: ByteSource, opts: ReadOptions = {}): Promise<ReadResult> {
  return readVectors(source, { ...opts, format: 'projector-tsv' });
}

function headerOrThrow(win: ByteWindow, what: string): Header {
  const header = parseHeader(win.buf.subarray(win.start, win.end), win.eof);
  if (!header) {
    const found = quoteSnippet(win.buf.subarray(win.start, win.end));
    throw malformed(
      'bad-header',
      `Byte 0: expected a ${what} header "<words> <dimensions>" (two whole numbers on the first line), found ${found}.`,
      { what, found },
    );
  }
  if (header.dim === 0)
    throw malformed('zero-dimensions', 'The header announces 0 dimensions: the file has no vectors to read.');
  return header;
}

async function readBinaryBody(win: ByteWindow, opts: ReadOptions): Promise<ReadResult> {
  const header = headerOrThrow(win, 'word2vec binary');
  const { dim } = header;
  win.start += header.next;
  const total = Math.min(header.words, opts.limit ?? Number.POSITIVE_INFINITY);
  const sink = new RowSink(dim, total, opts.keep);
  const recBytes = dim * 4;
  const decoder = new TextDecoder();
  let records = 0;

  while (records < total && !sink.complete) {
    const buf = win.buf;
    const end = win.end;
    let p = win.start;
    // Parse every complete record in the window: [whitespace] word ' ' float32 × dim.
    while (records < total && !sink.complete) {
      // The C tool writes '\n' after each vector, gensim writes nothing: skip either.
      while (p < end && isSpace(buf[p])) p++;
      if (p >= end) break;
      let sp = p;
      const lim = Math.min(end, p + MAX_WORD_BYTES + 1);
      while (sp < lim && buf[sp] !== 32) sp++;
      if (sp === lim) {
        if (lim === end && end - p <= MAX_WORD_BYTES) break;
        throw malformed(
          'no-space-after-word',
          `Byte ${win.offset(p)}: expected a word followed by a space (word ${records + 1} of ${header.words}), but found no space within ${MAX_WORD_BYTES} bytes: the file is damaged or its header's dimension (${dim}) is wrong.`,
          { byte: win.offset(p), word: records + 1, words: header.words, max: MAX_WORD_BYTES, dim },
        );
      }
      const v = sp + 1;
      if (v + recBytes > end) break;
      const word = decoder.decode(buf.subarray(p, sp));
      records++;
      const r = sink.accept(word);
      // Vectors sit at any byte offset: copying bytes into the aligned Float32Array is the one
      // bulk copy that works whatever the alignment.
      if (r >= 0) sink.bytes.set(buf.subarray(v, v + recBytes), r * recBytes);
      p = v + recBytes;
    }
    win.start = p;
    if (records >= total || sink.complete) break;
    if (!(await win.fill())) {
      throw truncatedBinary(win, header, records, dim, decoder);
    }
  }
  const stoppedEarly = records < header.words;
  if (!LITTLE_ENDIAN) swapBytes32(sink.bytes, sink.count * dim);
  return {
    vectors: sink.finish(),
    format: 'word2vec-binary',
    declaredWords: header.words,
    recordsRead: records,
    duplicates: sink.duplicates,
    stoppedEarly,
    bytesRead: win.bytesRead,
  };
}

function truncatedBinary(
  win: ByteWindow,
  header: Header,
  records: number,
  dim: number,
  decoder: TextDecoder,
): UserError {
  const { buf, start, end } = win;
  let p = start;
  while (p < end && isSpace(buf[p])) p++;
  const fileEnd = win.offset(end);
  if (p >= end) {
    return new UserError(
      'truncated-records',
      `The file ends at byte ${fileEnd} after ${records} of the ${header.words} words its header announces: it is truncated.`,
      { byte: fileEnd, records, words: header.words },
    );
  }
  const sp = buf.subarray(p, end).indexOf(32);
  if (sp === -1) {
    return new UserError(
      'truncated-in-word',
      `The file is truncated: it ends at byte ${fileEnd} inside word ${records + 1} (which starts at byte ${win.offset(p)}), where a word, a space and ${dim} × 4 bytes of vector were expected.`,
      { byte: fileEnd, word: records + 1, start: win.offset(p), dim },
    );
  }
  const word = decoder.decode(buf.subarray(p, p + sp));
  return new UserError(
    'truncated-vectors',
    `The file is truncated: the vector of ${quoteWord(word)} (word ${records + 1}) starts at byte ${win.offset(p + sp + 1)} and needs ${dim * 4} bytes, but the file ends at byte ${fileEnd}.`,
    {
      word: quoteWord(word),
      index: records + 1,
      start: win.offset(p + sp + 1),
      bytes: dim * 4,
      end: fileEnd,
    },
  );
}

function swapBytes32(b: Uint8Array, floats: number): void {
  for (let i = 0; i < floats * 4; i += 4) {
    const a = b[i];
    const c = b[i + 1];
    b[i] = b[i + 3];
    b[i + 1] = b[i + 2];
    b[i + 2] = c;
    b[i + 3] = a;
  }
}

/**
 * Calls `onLine(buf, s, e, lineNo)` for each line of the window's stream, `buf[s, e)` without
 * its "\n" or "\r\n". Lines are numbered from `firstLine`. Stops when `onLine` returns false.
 * Returns the number of the last line seen.
 */
async function forEachLine(
  win: ByteWindow,
  firstLine: number,
  onLine: (buf: Uint8Array, s: number, e: number, lineNo: number) => boolean,
): Promise<number> {
  let lineNo = firstLine - 1;
  for (;;) {
    const buf = win.buf;
    const end = win.end;
    let p = win.start;
    let go = true;
    while (go && p < end) {
      let nl = buf.indexOf(10, p);
      if (nl === -1 || nl >= end) {
        if (!win.eof) {
          if (end - p > MAX_LINE_BYTES) {
            throw malformed(
              'line-too-long',
              `Line ${lineNo + 1} is longer than ${MAX_LINE_BYTES >> 20} MB: expected one word vector per line.`,
              { line: lineNo + 1, mb: MAX_LINE_BYTES >> 20 },
            );
          }
          break;
        }
        nl = end;
      }
      lineNo++;
      const e = nl > p && buf[nl - 1] === 13 ? nl - 1 : nl;
      go = onLine(buf, p, e, lineNo);
      p = nl + 1;
    }
    win.start = Math.min(p, end);
    if (!go) return lineNo;
    if (!(await win.fill()) && win.available === 0) return lineNo;
  }
}

/**
 * Parses the numbers of `buf[s, e)` (separated by spaces or tabs) into `out[o, o + dim)`.
 * Returns the count found when it differs from `dim` (-1 when all is well); throws on a token
 * that is not a number.
 */
function parseRow(
  buf: Uint8Array,
  s: number,
  e: number,
  out: Float32Array,
  o: number,
  dim: number,
  lineNo: number,
): number {
  let k = s;
  let n = 0;
  for (;;) {
    while (k < e && (buf[k] === 32 || buf[k] === 9)) k++;
    if (k >= e) break;
    let te = k;
    while (te < e && buf[te] !== 32 && buf[te] !== 9) te++;
    if (n < dim) {
      const v = parseDecimal(buf, k, te);
      if (Number.isNaN(v) && !isNanToken(buf, k, te)) {
        const found = quoteSnippet(buf.subarray(k, te));
        throw malformed(
          'not-a-number',
          `Line ${lineNo}: expected a number (value ${n + 1} of ${dim}), found ${found}.`,
          { line: lineNo, value: n + 1, dim, found },
        );
      }
      out[o + n] = v;
    }
    n++;
    k = te;
  }
  return n === dim ? -1 : n;
}

function countTokens(buf: Uint8Array, s: number, e: number): number {
  let n = 0;
  let k = s;
  while (k < e) {
    while (k < e && (buf[k] === 32 || buf[k] === 9)) k++;
    if (k >= e) break;
    n++;
    while (k < e && buf[k] !== 32 && buf[k] !== 9) k++;
  }
  return n;
}

async function readTextBody(
  win: ByteWindow,
  format: 'word2vec-text' | 'glove',
  opts: ReadOptions,
): Promise<ReadResult> {
  let declared: number | undefined;
  let dim: number;
  let firstLine = 1;
  if (format === 'word2vec-text') {
    const header = headerOrThrow(win, 'word2vec text');
    declared = header.words;
    dim = header.dim;
    win.start += header.next;
    firstLine = 2;
  } else {
    // GloVe has no header: the first non-blank line's token count gives the dimension.
    let s = win.start;
    while (s < win.end && isSpace(win.buf[s])) s++;
    const nl = win.buf.subarray(s, win.end).indexOf(10);
    const e = nl === -1 ? win.end : s + nl;
    dim = countTokens(win.buf, s, e) - 1;
    if (dim < 1) {
      const found = quoteSnippet(win.buf.subarray(s, e));
      throw malformed(
        'glove-first-line',
        `Line 1: expected a word followed by its numbers (GloVe text), found ${found}.`,
        { found },
      );
    }
  }
  const total = Math.min(declared ?? Number.POSITIVE_INFINITY, opts.limit ?? Number.POSITIVE_INFINITY);
  const sink = new RowSink(dim, total, opts.keep);
  const decoder = new TextDecoder();
  let records = 0;
  if (total > 0) {
    await forEachLine(win, firstLine, (buf, s, e, lineNo) => {
      while (s < e && (buf[s] === 32 || buf[s] === 9)) s++;
      if (s === e) return true;
      let ws = s;
      while (ws < e && buf[ws] !== 32 && buf[ws] !== 9) ws++;
      const word = decoder.decode(buf.subarray(s, ws));
      records++;
      const r = sink.accept(word);
      if (r >= 0) {
        const found = parseRow(buf, ws, e, sink.data, r * dim, dim, lineNo);
        if (found !== -1) {
          throw malformed(
            'row-length',
            `Line ${lineNo}: expected ${dim} numbers after the word ${quoteWord(word)}, found ${found}.`,
            { line: lineNo, dim, word: quoteWord(word), found },
          );
        }
      }
      return records < total && !sink.complete;
    });
  }
  if (declared !== undefined && records < total) {
    throw new UserError(
      'truncated-text',
      `The file ends after ${records} of the ${declared} words its header announces (line ${firstLine - 1 + records}): it is truncated or the header is wrong.`,
      { records, words: declared, line: firstLine - 1 + records },
    );
  }
  if (sink.count === 0 && records === 0)
    throw new UserError('no-word-vectors', 'The file has no word vectors in it.');
  return {
    vectors: sink.finish(),
    format,
    declaredWords: declared,
    recordsRead: records,
    duplicates: sink.duplicates,
    stoppedEarly: declared !== undefined ? records < declared : await hasMoreContent(win),
    bytesRead: win.bytesRead,
  };
}

/**
 * Parses a Projector metadata.tsv. One column: every line is a label, no header. Several
 * columns (the first line has a tab): the first line names the columns. A final newline does
 * not make an extra row.
 */
export function parseMetadata(text: string): Metadata {
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) if (lines[i].endsWith('\r')) lines[i] = lines[i].slice(0, -1);
  if (lines.length === 0) return { columns: ['label'], rows: [] };
  if (!lines[0].includes('\t')) return { columns: ['label'], rows: lines.map((l) => [l]) };
  const columns = lines[0].split('\t');
  return { columns, rows: lines.slice(1).map((l) => l.split('\t')) };
}

async function readAllText(source: ByteSource, signal?: AbortSignalLike): Promise<string> {
  const win = new ByteWindow(source, { signal });
  const decoder = new TextDecoder();
  let text = '';
  while (await win.fill()) {
    text += decoder.decode(win.buf.subarray(win.start, win.end), { stream: true });
    win.start = win.end;
  }
  return text + decoder.decode();
}

async function readTsvBody(win: ByteWindow, opts: ReadOptions): Promise<ReadResult> {
  let meta: Metadata | undefined;
  let labels: string[] | undefined;
  if (opts.metadata) {
    meta = parseMetadata(await readAllText(opts.metadata, opts.signal));
    const col =
      typeof opts.labelColumn === 'string' ? meta.columns.indexOf(opts.labelColumn) : (opts.labelColumn ?? 0);
    if (col < 0 || col >= meta.columns.length) {
      throw new UserError(
        'metadata-no-column',
        `The metadata has no column ${JSON.stringify(opts.labelColumn)}; its columns are ${meta.columns.join(', ')}.`,
        { column: JSON.stringify(opts.labelColumn), columns: meta.columns.join(', ') },
      );
    }
    labels = meta.rows.map((r) => r[col] ?? '');
  }
  let s = win.start;
  while (s < win.end && isSpace(win.buf[s])) s++;
  const nl = win.buf.subarray(s, win.end).indexOf(10);
  const dim = countTokens(win.buf, s, nl === -1 ? win.end : s + nl);
  const total = Math.min(labels?.length ?? Number.POSITIVE_INFINITY, opts.limit ?? Number.POSITIVE_INFINITY);
  const sink = new RowSink(dim, total, opts.keep);
  const keptRows: number[] = [];
  let rows = 0;
  if (total > 0) {
    await forEachLine(win, 1, (buf, ls, e, lineNo) => {
      let t = ls;
      while (t < e && (buf[t] === 32 || buf[t] === 9)) t++;
      if (t === e) return true;
      const word = labels ? labels[rows] : String(rows);
      const r = sink.accept(word);
      if (r >= 0) {
        keptRows.push(rows);
        const found = parseRow(buf, t, e, sink.data, r * dim, dim, lineNo);
        if (found !== -1) {
          throw malformed(
            'tsv-row-length',
            `Line ${lineNo}: expected ${dim} tab-separated numbers like the first line, found ${found}.`,
            { line: lineNo, dim, found },
          );
        }
      }
      rows++;
      return rows < total && !sink.complete;
    });
  }
  const stoppedEarly = await hasMoreContent(win);
  if (labels && rows < labels.length && opts.limit === undefined && !sink.complete) {
    throw new UserError(
      'metadata-too-long',
      `The vectors file has ${rows} rows but the metadata has ${labels.length} labels: they must match line for line.`,
      { rows, labels: labels.length },
    );
  }
  const limitedByLabels =
    labels !== undefined && rows === labels.length && (opts.limit === undefined || opts.limit > rows);
  if (labels && limitedByLabels && stoppedEarly && !sink.complete) {
    throw new UserError(
      'metadata-too-short',
      `The vectors file has more rows than the metadata's ${labels.length} labels.`,
      { labels: labels.length },
    );
  }
  if (rows === 0) throw new UserError('no-vectors-in-file', 'The file has no vectors in it.');
  return {
    vectors: sink.finish(),
    format: 'projector-tsv',
    recordsRead: rows,
    duplicates: sink.duplicates,
    stoppedEarly,
    bytesRead: win.bytesRead,
    metadata: meta ? { columns: meta.columns, rows: keptRows.map((i) => meta.rows[i]) } : undefined,
  };
}
