import { describe, expect, it } from 'vitest';
import { isUserError } from '../errors';
import { Rng } from '../rng';
import { buildEmbeddingMatrix, randomEmbedding } from './embedding';
import { Tokenizer } from './tokenizer';

// Indices with an OOV token: 1 <OOV>, 2 good (×3), 3 Bad (×2), 4 movie (×1), 5 zzz (×1).
function tok(numWords: number | null = null): Tokenizer {
  const t = new Tokenizer({ oovToken: '<OOV>', numWords });
  t.fitOnTexts([
    ['good', 'Bad', 'good', 'movie'],
    ['good', 'Bad', 'zzz'],
  ]);
  return t;
}

const VECTORS = {
  words: ['good', 'bad', 'movie', 'good'],
  dim: 2,
  data: Float32Array.of(1, 2, 3, 4, 5, 6, 9, 9),
};

function row(m: Float32Array, i: number, dim = 2): number[] {
  return [...m.subarray(i * dim, (i + 1) * dim)];
}

describe('buildEmbeddingMatrix', () => {
  it('copies vectors by index, tries lowercase, zeros padding and OOV', () => {
    const e = buildEmbeddingMatrix(VECTORS, tok(), { missing: 'zeros' });
    expect(e.vocabSize).toBe(6);
    expect(e.matrix.length).toBe(12);
    expect(row(e.matrix, 0)).toEqual([0, 0]);
    expect(row(e.matrix, 1)).toEqual([0, 0]);
    expect(row(e.matrix, 2)).toEqual([1, 2]); // the first "good" row wins
    expect(row(e.matrix, 3)).toEqual([3, 4]); // "Bad" found as "bad"
    expect(row(e.matrix, 4)).toEqual([5, 6]);
    expect(row(e.matrix, 5)).toEqual([0, 0]); // zzz missing
    // 3 of 4 word rows; tokens: good 3 + Bad 2 + movie 1 of 7.
    expect(e.coverage).toEqual({
      words: 4,
      found: 3,
      foundLowercase: 1,
      share: 0.75,
      tokenShare: 6 / 7,
      topMissing: [{ word: 'zzz', count: 1 }],
    });
  });

  it('initialises missing rows uniformly in ±0.05 from the seed, reproducibly', () => {
    const a = buildEmbeddingMatrix(VECTORS, tok(), { rng: new Rng(1) });
    const b = buildEmbeddingMatrix(VECTORS, tok(), { rng: new Rng(1) });
    expect(b.matrix).toEqual(a.matrix);
    const z = row(a.matrix, 5);
    expect(z.every((v) => Math.abs(v) <= 0.05 && v !== 0)).toBe(true);
    expect(row(a.matrix, 1)).toEqual([0, 0]);
    const oov = buildEmbeddingMatrix(VECTORS, tok(), { rng: new Rng(1), oovRow: 'random' });
    expect(row(oov.matrix, 1).every((v) => v !== 0)).toBe(true);
    expect(row(oov.matrix, 0)).toEqual([0, 0]);
  });

  it('has only the rows the numWords cap lets through', () => {
    const e = buildEmbeddingMatrix(VECTORS, tok(4), { missing: 'zeros' });
    expect(e.vocabSize).toBe(4);
    expect(e.coverage.words).toBe(2);
  });

  it('refuses a vocabulary that no vector covers', () => {
    let err: unknown;
    try {
      buildEmbeddingMatrix({ words: ['chat', 'chien'], dim: 2, data: new Float32Array(4) }, tok(), {
        missing: 'zeros',
      });
    } catch (e) {
      err = e;
    }
    expect(isUserError(err) && err.code).toBe('no-coverage');
    expect((err as Error).message).toMatch(/^None of the 4 words in the vocabulary has a vector/);
  });
});

describe('randomEmbedding', () => {
  it('keeps row 0 zero and the rest within ±scale, from the seed', () => {
    const m = randomEmbedding(5, 3, new Rng(9), 0.1);
    expect(m.length).toBe(15);
    expect([...m.subarray(0, 3)]).toEqual([0, 0, 0]);
    expect([...m.subarray(3)].every((v) => Math.abs(v) <= 0.1)).toBe(true);
    expect(randomEmbedding(5, 3, new Rng(9), 0.1)).toEqual(m);
  });
});
