import { describe, expect, it } from 'vitest';
import { UserError } from '../errors.ts';
import { Rng } from '../rng.ts';
import { detectFormat, parseMetadata, type ReadOptions, readVectors } from './read.ts';
import { concatBytes, splitBytes } from './source.ts';
import type { VectorSet } from './types.ts';
import { writeProjector, writeWord2vecBinary, writeWord2vecText } from './write.ts';

const enc = new TextEncoder();
const WORDS = ['</s>', 'the', 'café', '日本語', 'naïve', 'Straße', '🙂', 'word2vec', 'a', 'z'];

function randomSet(seed: number, n = WORDS.length, dim = 5): VectorSet {
  const rng = new Rng(seed);
  const data = new Float32Array(n * dim);
  for (let i = 0; i < data.length; i++) data[i] = rng.normal();
  const words = Array.from({ length: n }, (_, i) => (i < WORDS.length ? WORDS[i] : `w${i}`));
  return { words, dim, data };
}

/** The set as gensim writes binary: no '\n' after each vector. */
function gensimBinary(set: VectorSet): Uint8Array {
  const parts: Uint8Array[] = [enc.encode(`${set.words.length} ${set.dim}\n`)];
  for (let i = 0; i < set.words.length; i++) {
    parts.push(enc.encode(set.words[i] + ' '));
    parts.push(new Uint8Array(set.data.slice(i * set.dim, (i + 1) * set.dim).buffer));
  }
  return concatBytes(parts);
}

async function read(bytes: Uint8Array, opts: ReadOptions = {}, chunk = 4096) {
  return readVectors(splitBytes(bytes, chunk), opts);
}

async function readError(bytes: Uint8Array, opts: ReadOptions = {}, chunk = 4096): Promise<UserError> {
  try {
    await read(bytes, opts, chunk);
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

/** An async source that records how many chunks were pulled (to prove early stopping). */
function countingSource(bytes: Uint8Array, chunk: number) {
  const state = { pulled: 0, closed: false, total: Math.ceil(bytes.length / chunk) };
  async function* gen() {
    try {
      for (const c of splitBytes(bytes, chunk)) {
        state.pulled++;
        yield c;
      }
    } finally {
      state.closed = true;
    }
  }
  return { source: gen(), state };
}

describe('word2vec binary', () => {
  const set = randomSet(1);
  const cBytes = writeWord2vecBinary(set);

  it.each([1, 3, 7, 64, 1 << 16])(
    'reads the C layout in %i-byte chunks, byte-exact round trip',
    async (chunk) => {
      const r = await read(cBytes, {}, chunk);
      expect(r.format).toBe('word2vec-binary');
      expect(r.vectors.words).toEqual(set.words);
      expect(r.vectors.data).toEqual(set.data);
      expect(r.stoppedEarly).toBe(false);
      expect(r.bytesRead).toBe(cBytes.length);
      expect(writeWord2vecBinary(r.vectors)).toEqual(cBytes);
    },
  );

  it("reads gensim's layout (no newline after each vector) at unaligned offsets", async () => {
    const g = gensimBinary(set);
    expect(g.length).toBe(cBytes.length - set.words.length);
    for (const chunk of [5, 4096]) {
      const r = await read(g, {}, chunk);
      expect(r.format).toBe('word2vec-binary');
      expect(r.vectors.words).toEqual(set.words);
      expect(r.vectors.data).toEqual(set.data);
      expect(writeWord2vecBinary(r.vectors)).toEqual(cBytes);
    }
  });

  it('names the byte offset when the file is truncated inside a vector', async () => {
    // Header "10 5\n" is 5 bytes; record i is word + ' ' + 20 bytes + '\n'.
    const cut = cBytes.subarray(0, cBytes.length - 10);
    const e = await readError(cut, {}, 7);
    expect(e.code).toBe('truncated-vectors');
    const lastWordStart = cBytes.length - (enc.encode('z ').length + 20 + 1);
    expect(e.message).toContain(`"z" (word 10) starts at byte ${lastWordStart + 2}`);
    expect(e.message).toContain(`ends at byte ${cut.length}`);
  });

  it('says how many words were found when whole records are missing', async () => {
    const oneRecord = enc.encode('</s> ').length + 21;
    const e = await readError(cBytes.subarray(0, 5 + oneRecord * 1));
    expect(e.message).toBe(
      'The file ends at byte 31 after 1 of the 10 words its header announces: it is truncated.',
    );
  });

  it('limit keeps the first N words and stops pulling chunks', async () => {
    const big = randomSet(2, 20000, 8);
    const bytes = writeWord2vecBinary(big);
    const { source, state } = countingSource(bytes, 1024);
    const r = await readVectors(source, { limit: 10 });
    expect(r.vectors.words).toEqual(big.words.slice(0, 10));
    expect(r.vectors.data).toEqual(big.data.subarray(0, 80));
    expect(r.stoppedEarly).toBe(true);
    expect(r.declaredWords).toBe(20000);
    // Format detection looks at the first 64 KB; after that only the records needed are read.
    expect(state.pulled).toBe(64);
    expect(state.total).toBeGreaterThan(700);
    expect(state.closed).toBe(true);
  });

  it('keep (a Set) keeps only those words and stops once all are found', async () => {
    const big = randomSet(3, 2000, 8);
    const { source, state } = countingSource(writeWord2vecBinary(big), 1024);
    const r = await readVectors(source, { keep: new Set(['w30', 'café', 'not-there-not-needed']) });
    expect(r.vectors.words).toEqual(['café', 'w30']);
    expect(state.pulled).toBe(state.total);
    const r2 = await read(writeWord2vecBinary(big), { keep: new Set(['w30', 'café']) });
    expect(r2.vectors.words).toEqual(['café', 'w30']);
    expect(r2.vectors.data.subarray(8, 16)).toEqual(big.data.subarray(30 * 8, 31 * 8));
    expect(r2.stoppedEarly).toBe(true);
  });

  it('keep (a function) filters; duplicates keep the first vector', async () => {
    const dup: VectorSet = { words: ['a', 'b', 'a'], dim: 2, data: new Float32Array([1, 2, 3, 4, 5, 6]) };
    const r = await read(writeWord2vecBinary(dup));
    expect(r.vectors.words).toEqual(['a', 'b']);
    expect(Array.from(r.vectors.data)).toEqual([1, 2, 3, 4]);
    expect(r.duplicates).toBe(1);
    const only = await read(writeWord2vecBinary(dup), { keep: (w) => w === 'b' });
    expect(Array.from(only.vectors.data)).toEqual([3, 4]);
  });

  it('reads from a WHATWG ReadableStream and reports progress in bytes', async () => {
    const chunks = Array.from(splitBytes(cBytes, 50));
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        const next = chunks.shift();
        if (next) c.enqueue(next);
        else c.close();
      },
    });
    const seen: number[] = [];
    const r = await readVectors(stream, { onProgress: (b) => seen.push(b) });
    expect(r.vectors.words).toEqual(set.words);
    expect(seen[0]).toBe(50);
    expect(seen[seen.length - 1]).toBe(cBytes.length);
  });

  it('rejects a damaged record with the byte offset', async () => {
    const bad = concatBytes([enc.encode('2 2\n'), new Uint8Array(5000).fill(65)]);
    const e = await readError(bad, { format: 'word2vec-binary' });
    expect(e.message).toMatch(/^Byte 4: expected a word followed by a space \(word 1 of 2\)/);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled by the user'));
    await expect(read(cBytes, { signal: controller.signal })).rejects.toThrow('cancelled by the user');
  });
});

describe('word2vec text', () => {
  const set = randomSet(4);
  const text = writeWord2vecText(set);

  it('writes the C layout: %lf values each followed by a space', () => {
    const lines = new TextDecoder().decode(text).split('\n');
    expect(lines[0]).toBe('10 5');
    expect(lines[1]).toMatch(/^<\/s> (-?\d+\.\d{6} ){5}$/);
    expect(lines[11]).toBe('');
  });

  it.each([1, 13, 4096])('round-trips byte-exactly in %i-byte chunks', async (chunk) => {
    const r = await read(text, {}, chunk);
    expect(r.format).toBe('word2vec-text');
    expect(r.vectors.words).toEqual(set.words);
    expect(writeWord2vecText(r.vectors)).toEqual(text);
    for (let i = 0; i < set.data.length; i++)
      expect(Math.abs(r.vectors.data[i] - set.data[i])).toBeLessThan(5.1e-7);
  });

  it('reads gensim / fastText text (no trailing space, long decimals, CRLF, final line without newline)', async () => {
    const t = '3 2\r\nthe 0.10000000149011612 -2.5e-3\r\ncafé 1 2\r\n日本語 -0.5 7E2';
    const r = await read(enc.encode(t));
    expect(r.vectors.words).toEqual(['the', 'café', '日本語']);
    expect(Array.from(r.vectors.data)).toEqual([0.1, -0.0025, 1, 2, -0.5, 700].map(Math.fround));
  });

  it('names the line when a vector has the wrong length or a bad number', async () => {
    const e1 = await readError(enc.encode('2 3\na 1 2 3\nb 1 2\n'));
    expect(e1.message).toBe('Line 3: expected 3 numbers after the word "b", found 2.');
    // A malformed first record is still recognised as text.
    const e0 = await readError(enc.encode('2 3\na 1 2\nb 1 2 3\n'));
    expect(e0.message).toBe('Line 2: expected 3 numbers after the word "a", found 2.');
    const e2 = await readError(enc.encode('2 3\na 1 2 3\nb 1 x2 3\n'));
    expect(e2.message).toBe('Line 3: expected a number (value 2 of 3), found "x2".');
  });

  it('reports a truncated file', async () => {
    const e = await readError(enc.encode('3 2\na 1 2\nb 3 4\n'));
    expect(e.code).toBe('truncated-text');
    expect(e.message).toContain('after 2 of the 3 words');
  });

  it('limit and keep', async () => {
    const r = await read(text, { limit: 3 });
    expect(r.vectors.words).toEqual(set.words.slice(0, 3));
    expect(r.stoppedEarly).toBe(true);
    const k = await read(text, { keep: new Set(['日本語', 'z']) });
    expect(k.vectors.words).toEqual(['日本語', 'z']);
  });
});

describe('GloVe text', () => {
  it('is detected by the missing header and read', async () => {
    const t = 'the 0.1 0.2 0.3\n, 1 2 3\n日本 -1 -2 -3\n';
    const r = await read(enc.encode(t), {}, 5);
    expect(r.format).toBe('glove');
    expect(r.vectors.dim).toBe(3);
    expect(r.vectors.words).toEqual(['the', ',', '日本']);
    expect(r.declaredWords).toBeUndefined();
    const lim = await read(enc.encode(t), { limit: 2 });
    expect(lim.vectors.words).toEqual(['the', ',']);
    expect(lim.stoppedEarly).toBe(true);
  });

  it('names the line of a short row', async () => {
    const e = await readError(enc.encode('the 0.1 0.2 0.3\nof 1 2\n'));
    expect(e.message).toBe('Line 2: expected 3 numbers after the word "of", found 2.');
  });
});

describe('Embedding Projector TSV', () => {
  const set = randomSet(5, 4, 3);
  const files = writeProjector(set, { extraColumns: [{ name: 'count', values: [40, 30, 20, 10] }] });

  it('reads vectors.tsv + multi-column metadata.tsv (header row)', async () => {
    const r = await readVectors(files.vectorsTsv, { metadata: files.metadataTsv });
    expect(r.format).toBe('projector-tsv');
    expect(r.vectors.words).toEqual(set.words);
    expect(r.vectors.data).toEqual(set.data);
    expect(r.metadata).toEqual({
      columns: ['word', 'count'],
      rows: set.words.map((w, i) => [w, String(40 - 10 * i)]),
    });
    const byCount = await readVectors(files.vectorsTsv, {
      metadata: files.metadataTsv,
      labelColumn: 'count',
    });
    expect(byCount.vectors.words).toEqual(['40', '30', '20', '10']);
  });

  it('reads single-column metadata (no header) and keep', async () => {
    const single = writeProjector(set);
    expect(new TextDecoder().decode(single.metadataTsv)).toBe(set.words.join('\n') + '\n');
    const r = await readVectors(single.vectorsTsv, { metadata: single.metadataTsv, keep: new Set(['café']) });
    expect(r.vectors.words).toEqual(['café']);
    expect(r.metadata?.rows).toEqual([['café']]);
    expect(r.vectors.data).toEqual(set.data.subarray(6, 9));
  });

  it('without metadata, words are row numbers', async () => {
    const r = await readVectors(files.vectorsTsv);
    expect(r.vectors.words).toEqual(['0', '1', '2', '3']);
  });

  it('rejects metadata that does not match the vectors', async () => {
    await expect(readVectors(files.vectorsTsv, { metadata: enc.encode('a\nb\n') })).rejects.toThrow(
      'more rows than',
    );
    await expect(readVectors(files.vectorsTsv, { metadata: enc.encode('a\nb\nc\nd\ne\n') })).rejects.toThrow(
      '4 rows but the metadata has 5 labels',
    );
  });

  it('parses metadata as the Projector does', () => {
    expect(parseMetadata('x\ny\n')).toEqual({ columns: ['label'], rows: [['x'], ['y']] });
    expect(parseMetadata('w\tc\r\nx\t1\r\n')).toEqual({ columns: ['w', 'c'], rows: [['x', '1']] });
  });
});

describe('format detection', () => {
  it('tells the four formats apart', () => {
    expect(detectFormat(enc.encode('2 3\na 1 2 3\n'))).toBe('word2vec-text');
    expect(detectFormat(writeWord2vecBinary(randomSet(6)))).toBe('word2vec-binary');
    expect(detectFormat(enc.encode('a 1 2 3\n'))).toBe('glove');
    expect(detectFormat(enc.encode('1\t2\t3\n'))).toBe('projector-tsv');
  });

  it('detects binary even when the floats contain no control bytes', async () => {
    // 0x41414141 (bytes "AAAA") is the float32 12.078431…: a vector with no control bytes.
    const f = new Float32Array([12.078431129455566, 12.078431129455566]);
    const bytes = concatBytes([enc.encode('1 2\nword '), new Uint8Array(f.buffer), enc.encode('\n')]);
    expect(new TextDecoder().decode(bytes)).toBe('1 2\nword AAAAAAAA\n');
    expect(detectFormat(bytes, true)).toBe('word2vec-binary');
    const r = await readVectors(bytes);
    expect(Array.from(r.vectors.data)).toEqual(Array.from(f));
  });

  it('gives a clear sentence for empty, compressed and garbage files', async () => {
    expect((await readError(new Uint8Array(0))).code).toBe('empty-vector-file');
    expect((await readError(enc.encode('  \n\n'))).code).toBe('empty-vector-file');
    expect((await readError(new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2]))).code).toBe('compressed-file');
    const rng = new Rng(7);
    const garbage = Uint8Array.from({ length: 300 }, () => rng.int(256));
    const e = await readError(garbage);
    expect(e.code).toBe('unknown-format');
    expect(e.message).toContain('binary data');
    const prose = await readError(enc.encode('Call me Ishmael. Some years ago\n'));
    expect(prose.message).toContain('"Call me Ishmael. Some years ago"');
  });

  it('a forced format names what it expected', async () => {
    const e = await readError(enc.encode('hello world\n'), { format: 'word2vec-binary' });
    expect(e.message).toBe(
      'Byte 0: expected a word2vec binary header "<words> <dimensions>" (two whole numbers on the first line), found "hello world".',
    );
  });
});
