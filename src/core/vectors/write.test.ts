import { describe, expect, it } from 'vitest';
import { Rng } from '../rng.ts';
import { formatFixed6, formatFloat32, parseDecimal } from './numbers.ts';
import { concatBytes } from './source.ts';
import type { VectorSet } from './types.ts';
import {
  csvField,
  word2vecBinaryChunks,
  word2vecTextChunks,
  writeCoordinatesCsv,
  writeProjector,
  writeWord2vecBinary,
  writeWord2vecText,
} from './write.ts';

const dec = new TextDecoder();
const enc = new TextEncoder();

describe('numbers', () => {
  it('formatFixed6 prints what glibc printf("%lf") prints', () => {
    // Values checked against C/Python '%f' (round half to even on the exact binary value).
    expect(formatFixed6(0.0078125)).toBe('0.007812'); // a true tie: toFixed(6) would say 0.007813
    expect(formatFixed6(0.0234375)).toBe('0.023438'); // tie rounding to the even 8
    expect(formatFixed6(-0)).toBe('-0.000000');
    expect(formatFixed6(Math.fround(-1e-8))).toBe('-0.000000');
    expect(formatFixed6(1)).toBe('1.000000');
    expect(formatFixed6(Math.fround(-123.456789))).toBe('-123.456787');
    expect(formatFixed6(Math.fround(3e10))).toBe('30000001024.000000');
    expect(formatFixed6(Number.NaN)).toBe('nan');
    expect(formatFixed6(Number.NEGATIVE_INFINITY)).toBe('-inf');
  });

  it('parseDecimal reads what formatFixed6 writes back to the same float32', () => {
    const rng = new Rng(11);
    for (let i = 0; i < 20000; i++) {
      const v = Math.fround(rng.normal() * 10 ** (rng.int(8) - 4));
      const s = formatFixed6(v);
      const b = enc.encode(s);
      expect(formatFixed6(Math.fround(parseDecimal(b, 0, b.length)))).toBe(s);
    }
  });

  it('parseDecimal handles signs, exponents, long mantissas and rejects junk', () => {
    const p = (s: string) => parseDecimal(enc.encode(s), 0, s.length);
    expect(p('-2.5e-3')).toBe(-0.0025);
    expect(p('+7E2')).toBe(700);
    expect(p('.5')).toBe(0.5);
    expect(p('0.12345678901234567890')).toBeCloseTo(0.12345678901234568, 15);
    expect(Math.abs(p('123456789012345678901234') / 1.23456789e23 - 1)).toBeLessThan(1e-8);
    expect(p('1e-30')).toBe(1e-30);
    expect(p('inf')).toBe(Number.POSITIVE_INFINITY);
    expect(Object.is(p('-0.000000'), -0)).toBe(true);
    for (const bad of ['', '-', 'x', '1.2.3', '1e', '12a', 'nanx']) expect(p(bad)).toBeNaN();
  });

  it('formatFloat32 gives the shortest decimal that reads back as the same float32', () => {
    expect(formatFloat32(Math.fround(0.1))).toBe('0.1');
    expect(formatFloat32(Math.fround(1 / 3))).toBe('0.33333334');
    expect(formatFloat32(-0)).toBe('0');
    const rng = new Rng(12);
    for (let i = 0; i < 5000; i++) {
      const v = Math.fround(rng.normal());
      expect(Math.fround(Number(formatFloat32(v)))).toBe(v);
    }
  });
});

describe('writers', () => {
  const set: VectorSet = { words: ['a', 'é'], dim: 2, data: new Float32Array([1, -0.5, 0.0078125, 2]) };

  it('word2vec binary: header, `word `, raw little-endian floats, newline', () => {
    const b = writeWord2vecBinary(set);
    const f = (x: number) => Array.from(new Uint8Array(new Float32Array([x]).buffer));
    expect(Array.from(b)).toEqual([
      ...enc.encode('2 2\na '),
      ...f(1),
      ...f(-0.5),
      10,
      ...enc.encode('é '),
      ...f(0.0078125),
      ...f(2),
      10,
    ]);
  });

  it('word2vec text: `%lf ` per value, trailing space before the newline', () => {
    expect(dec.decode(writeWord2vecText(set))).toBe('2 2\na 1.000000 -0.500000 \né 0.007812 2.000000 \n');
  });

  it('text output equals the values formatted one by one with formatFixed6', () => {
    const rng = new Rng(14);
    const words = ['x', 'ÿ', 'big'];
    const data = new Float32Array(3 * 50);
    for (let i = 0; i < data.length; i++) data[i] = Math.fround(rng.normal() * 10 ** (rng.int(12) - 6));
    data[0] = -0;
    data[1] = 0.0078125;
    data[2] = Number.NaN;
    data[3] = 3e10;
    data[4] = -1e-9;
    data[5] = 999999.9375;
    let want = '3 50\n';
    for (let i = 0; i < 3; i++) {
      want += words[i] + ' ';
      for (let j = 0; j < 50; j++) want += formatFixed6(data[i * 50 + j]) + ' ';
      want += '\n';
    }
    expect(dec.decode(writeWord2vecText({ words, dim: 50, data }))).toBe(want);
  });

  it('chunked output equals the one-piece output whatever the chunk size', () => {
    const rng = new Rng(13);
    const big: VectorSet = { words: [], dim: 7, data: new Float32Array(300 * 7) };
    for (let i = 0; i < 300; i++) big.words.push(i % 3 ? `w${i}` : `日本${i}`);
    for (let i = 0; i < big.data.length; i++) big.data[i] = rng.normal();
    for (const size of [16, 100, 4096]) {
      const chunks = Array.from(word2vecBinaryChunks(big, size));
      expect(chunks.length).toBeGreaterThan(1);
      expect(concatBytes(chunks)).toEqual(writeWord2vecBinary(big));
      expect(concatBytes(word2vecTextChunks(big, size))).toEqual(writeWord2vecText(big));
    }
  });

  it('Projector files: TSV, metadata with a header only when there are extra columns, config', () => {
    const p = writeProjector(set);
    expect(dec.decode(p.vectorsTsv)).toBe('1\t-0.5\n0.0078125\t2\n');
    expect(dec.decode(p.metadataTsv)).toBe('a\né\n');
    expect(JSON.parse(p.configJson)).toEqual({
      embeddings: [
        {
          tensorName: 'word vectors',
          tensorShape: [2, 2],
          tensorPath: 'vectors.tsv',
          metadataPath: 'metadata.tsv',
        },
      ],
    });
    const withCount = writeProjector(
      { ...set, words: ['a\tb', 'é'] },
      { extraColumns: [{ name: 'count', values: [5, 3] }], tensorName: 'mine' },
    );
    expect(dec.decode(withCount.metadataTsv)).toBe('word\tcount\na b\t5\né\t3\n');
    expect(JSON.parse(withCount.configJson).embeddings[0].tensorName).toBe('mine');
  });

  it('coordinates CSV quotes as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    const csv = writeCoordinatesCsv(['x,y', '"q"', '日本'], new Float32Array([0.5, -1, 0.1, 2, 3, 4]), {
      extraColumns: [{ name: 'cluster', values: [1, 2, 'a,b'] }],
    });
    expect(dec.decode(csv)).toBe(
      'word,x,y,cluster\r\n"x,y",0.5,-1,1\r\n"""q""",0.1,2,2\r\n日本,3,4,"a,b"\r\n',
    );
    expect(() => writeCoordinatesCsv(['a'], new Float32Array(3))).toThrow();
  });
});
