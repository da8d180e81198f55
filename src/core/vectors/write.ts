/**
 * Writers for word-vector files. Each returns bytes (or a generator of ~1 MB chunks for the big
 * formats) so the page can build a Blob from the chunks and Node can write them to a file.
 *
 * word2vec layouts are the original C tool's, byte for byte (word2vec.c, after training):
 *   fprintf(fo, "%lld %lld\n", vocab_size, layer1_size);
 *   per word: fprintf(fo, "%s ", word);
 *     binary: fwrite of layer1_size float32 (host order: little-endian everywhere in practice)
 *     text:   fprintf(fo, "%lf ", v) per value: six decimals, each followed by a space
 *   fprintf(fo, "\n");
 * So a text line is `word v1 v2 … vD \n` (note the space before the newline) and a binary
 * record is `word ` + D × 4 bytes + `\n`.
 */
import { formatFloat32, writeFixed6 } from './numbers.ts';
import { concatBytes } from './source.ts';
import { assertVectorSet, type VectorSet } from './types.ts';

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const DEFAULT_CHUNK = 1 << 20;

/**
 * Fills fresh chunks of about `chunkBytes` and hands each one out once: consumers may keep every
 * chunk (Blob parts), so buffers are never reused.
 */
class ChunkWriter {
  private buf: Uint8Array;
  private pos = 0;
  private readonly encoder = new TextEncoder();
  private readonly chunkBytes: number;

  constructor(chunkBytes: number) {
    this.chunkBytes = chunkBytes;
    this.buf = new Uint8Array(chunkBytes);
  }

  /** Makes room for `n` more bytes; returns the full chunk to emit first, if any. */
  reserve(n: number): Uint8Array | undefined {
    if (this.pos + n <= this.buf.length) return undefined;
    const out = this.pos > 0 ? this.buf.subarray(0, this.pos) : undefined;
    this.buf = new Uint8Array(Math.max(this.chunkBytes, n));
    this.pos = 0;
    return out;
  }

  /** Encodes `s`; the caller reserved `3 * s.length` bytes (UTF-8 worst case per UTF-16 unit). */
  text(s: string): void {
    this.pos += this.encoder.encodeInto(s, this.buf.subarray(this.pos)).written;
  }

  bytes(b: Uint8Array): void {
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  byte(c: number): void {
    this.buf[this.pos++] = c;
  }

  fixed6(v: number): void {
    this.pos = writeFixed6(this.buf, this.pos, v);
  }

  rest(): Uint8Array | undefined {
    return this.pos > 0 ? this.buf.subarray(0, this.pos) : undefined;
  }
}

/** word2vec binary, the C tool's layout: header, then `word ` + float32 × dim + `\n` per word. */
export function* word2vecBinaryChunks(set: VectorSet, chunkBytes = DEFAULT_CHUNK): Generator<Uint8Array> {
  assertVectorSet(set);
  const { words, dim, data } = set;
  const recBytes = dim * 4;
  const src = new Uint8Array(data.buffer, data.byteOffset, data.length * 4);
  const w = new ChunkWriter(chunkBytes);
  const header = `${words.length} ${dim}\n`;
  w.reserve(header.length);
  w.text(header);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const full = w.reserve(word.length * 3 + 2 + recBytes);
    if (full) yield full;
    w.text(word);
    w.byte(32);
    const rec = src.subarray(i * recBytes, (i + 1) * recBytes);
    if (LITTLE_ENDIAN) w.bytes(rec);
    else for (let b = 0; b < recBytes; b += 4) for (let k = 3; k >= 0; k--) w.byte(rec[b + k]);
    w.byte(10);
  }
  const last = w.rest();
  if (last) yield last;
}

export function writeWord2vecBinary(set: VectorSet): Uint8Array {
  return concatBytes(word2vecBinaryChunks(set));
}

/**
 * word2vec text, the C tool's layout: header, then `word v1 v2 … vD \n` with every value printed
 * as `%lf` (six decimals, see `formatFixed6`) and followed by a space, including the last.
 */
export function* word2vecTextChunks(set: VectorSet, chunkBytes = DEFAULT_CHUNK): Generator<Uint8Array> {
  assertVectorSet(set);
  const { words, dim, data } = set;
  const w = new ChunkWriter(chunkBytes);
  const header = `${words.length} ${dim}\n`;
  w.reserve(header.length);
  w.text(header);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    // Worst case per value: sign, 11 integer digits, point, 6 decimals, space (48 to be safe).
    const full = w.reserve(word.length * 3 + 2 + dim * 48);
    if (full) yield full;
    w.text(word);
    w.byte(32);
    const o = i * dim;
    for (let j = 0; j < dim; j++) {
      w.fixed6(data[o + j]);
      w.byte(32);
    }
    w.byte(10);
  }
  const last = w.rest();
  if (last) yield last;
}

export function writeWord2vecText(set: VectorSet): Uint8Array {
  return concatBytes(word2vecTextChunks(set));
}

/** The Projector has no escaping: tabs and line breaks inside a cell would shift columns. */
function tsvCell(s: string): string {
  return s.replace(/[\t\r\n]/g, ' ');
}

export interface ExtraColumn {
  name: string;
  /** One value per word (same order as `words`). */
  values: ArrayLike<string | number>;
}

export interface ProjectorFiles {
  /** vectors.tsv: one row per word, values tab-separated, no header. */
  vectorsTsv: Uint8Array;
  /** metadata.tsv: words only (no header), or a header row then word + extra columns. */
  metadataTsv: Uint8Array;
  /** projector_config.json, pointing at the two files by the names given. */
  configJson: string;
}

/**
 * Files for the Embedding Projector (projector.tensorflow.org → Load, or a config served next to
 * the files). Values are written as the shortest decimal that reads back as the same float32.
 */
export function writeProjector(
  set: VectorSet,
  opts: {
    extraColumns?: ExtraColumn[];
    tensorName?: string;
    vectorsPath?: string;
    metadataPath?: string;
  } = {},
): ProjectorFiles {
  assertVectorSet(set);
  const { words, dim, data } = set;
  const enc = new TextEncoder();
  const vecChunks: Uint8Array[] = [];
  let buf = '';
  for (let i = 0; i < words.length; i++) {
    const o = i * dim;
    for (let j = 0; j < dim; j++) buf += (j > 0 ? '\t' : '') + formatFloat32(data[o + j]);
    buf += '\n';
    if (buf.length > DEFAULT_CHUNK) {
      vecChunks.push(enc.encode(buf));
      buf = '';
    }
  }
  vecChunks.push(enc.encode(buf));
  const extra = opts.extraColumns ?? [];
  const lines: string[] = [];
  if (extra.length > 0) lines.push(['word', ...extra.map((c) => tsvCell(c.name))].join('\t'));
  for (let i = 0; i < words.length; i++) {
    let line = tsvCell(words[i]);
    for (const c of extra) line += '\t' + tsvCell(String(c.values[i]));
    lines.push(line);
  }
  const vectorsPath = opts.vectorsPath ?? 'vectors.tsv';
  const metadataPath = opts.metadataPath ?? 'metadata.tsv';
  const config = {
    embeddings: [
      {
        tensorName: opts.tensorName ?? 'word vectors',
        tensorShape: [words.length, dim],
        tensorPath: vectorsPath,
        metadataPath,
      },
    ],
  };
  return {
    vectorsTsv: concatBytes(vecChunks),
    metadataTsv: enc.encode(lines.length > 0 ? lines.join('\n') + '\n' : ''),
    configJson: JSON.stringify(config, null, 2) + '\n',
  };
}

/** RFC 4180: quote a field holding a comma, a double quote or a line break; double inner quotes. */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

/**
 * Map coordinates as CSV: header `word,x,y[,z][,extra…]`, one row per word, CRLF line ends
 * (RFC 4180). `coords` is `words.length × dims`, row-major (dims 2 or 3).
 */
export function writeCoordinatesCsv(
  words: readonly string[],
  coords: Float32Array,
  opts: { dims?: 2 | 3; extraColumns?: ExtraColumn[] } = {},
): Uint8Array {
  const dims = opts.dims ?? 2;
  if (coords.length !== words.length * dims) {
    throw new Error(`coords has ${coords.length} values, expected ${words.length} × ${dims}`);
  }
  const extra = opts.extraColumns ?? [];
  const head = ['word', 'x', 'y', ...(dims === 3 ? ['z'] : []), ...extra.map((c) => c.name)].map(csvField);
  const lines = [head.join(',')];
  for (let i = 0; i < words.length; i++) {
    let line = csvField(words[i]);
    for (let d = 0; d < dims; d++) line += ',' + formatFloat32(coords[i * dims + d]);
    for (const c of extra) line += ',' + csvField(String(c.values[i]));
    lines.push(line);
  }
  return new TextEncoder().encode(lines.join('\r\n') + '\r\n');
}
