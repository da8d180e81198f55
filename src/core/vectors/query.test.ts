import { describe, expect, it } from 'vitest';
import { UserError } from '../errors.ts';
import { Rng } from '../rng.ts';
import { VectorSpace } from './query.ts';
import { SpellingIndex } from './spelling.ts';
import { TopK } from './topk.ts';
import type { VectorSet } from './types.ts';

function randomSet(seed: number, n: number, dim: number): VectorSet {
  const rng = new Rng(seed);
  const data = new Float32Array(n * dim);
  for (let i = 0; i < data.length; i++) data[i] = rng.normal();
  return { words: Array.from({ length: n }, (_, i) => `w${i}`), dim, data };
}

/** float64 reference: cosine of rows i and j of the raw data. */
function cos(set: VectorSet, i: number, j: number): number {
  let s = 0;
  let a = 0;
  let b = 0;
  for (let k = 0; k < set.dim; k++) {
    const x = set.data[i * set.dim + k];
    const y = set.data[j * set.dim + k];
    s += x * y;
    a += x * x;
    b += y * y;
  }
  return s / Math.sqrt(a * b);
}

/** Full sort of every row by `score` (descending), skipping `exclude`: the brute-force reference. */
function bruteForce(n: number, score: (r: number) => number, exclude: number[], k: number) {
  return Array.from({ length: n }, (_, r) => ({ r, s: score(r) }))
    .filter((x) => !exclude.includes(x.r))
    .sort((a, b) => b.s - a.s || a.r - b.r)
    .slice(0, k);
}

function expectSame(got: { index: number; score: number }[], ref: { r: number; s: number }[], digits = 5) {
  expect(got.map((g) => g.index)).toEqual(ref.map((x) => x.r));
  for (let i = 0; i < got.length; i++) expect(got[i].score).toBeCloseTo(ref[i].s, digits);
}

describe('TopK', () => {
  it('equals a full sort by (score desc, id asc), ties included', () => {
    const rng = new Rng(21);
    for (const k of [1, 5, 37]) {
      const scores = Array.from({ length: 1000 }, () => rng.int(50));
      const top = new TopK(k);
      for (let i = 0; i < scores.length; i++) top.push(scores[i], i);
      const { ids, scores: got } = top.sorted();
      const ref = scores
        .map((s, i) => ({ s, i }))
        .sort((a, b) => b.s - a.s || a.i - b.i)
        .slice(0, k);
      expect(Array.from(ids)).toEqual(ref.map((x) => x.i));
      expect(Array.from(got)).toEqual(ref.map((x) => x.s));
    }
  });
});

describe('VectorSpace against brute force', () => {
  const set = randomSet(22, 600, 24);
  const space = new VectorSpace(set);

  it('nearest by cosine excludes the query word and returns similarities', () => {
    for (const q of [0, 17, 599]) {
      const got = space.nearest(set.words[q], { k: 10 });
      expectSame(
        got,
        bruteForce(600, (r) => cos(set, q, r), [q], 10),
      );
      expect(got[0].word).toBe(set.words[got[0].index]);
    }
  });

  it('restrict only searches the first N rows', () => {
    const got = space.nearest('w5', { k: 5, restrict: 100 });
    expectSame(
      got,
      bruteForce(100, (r) => cos(set, 5, r), [5], 5),
    );
  });

  it('nearest by Euclidean distance (raw vectors), closest first', () => {
    const d = (i: number, j: number) => {
      let s = 0;
      for (let k = 0; k < set.dim; k++) s += (set.data[i * set.dim + k] - set.data[j * set.dim + k]) ** 2;
      return Math.sqrt(s);
    };
    const got = space.nearest(3, { k: 8, metric: 'euclidean' });
    const ref = bruteForce(600, (r) => -d(3, r), [3], 8).map((x) => ({ r: x.r, s: -x.s }));
    expectSame(got, ref, 4);
  });

  it('nearest of a raw vector excludes nothing', () => {
    const v = set.data.slice(40 * 24, 41 * 24);
    expect(space.nearest(v, { k: 1 })[0]).toMatchObject({ index: 40 });
    expect(space.nearest(v, { k: 1 })[0].score).toBeCloseTo(1, 6);
  });

  it('3CosAdd = cos(x,b) − cos(x,a) + cos(x,c), inputs excluded', () => {
    const [a, b, c] = [10, 20, 30];
    const got = space.analogy('w10', 'w20', 'w30', { k: 7 });
    const ref = bruteForce(600, (r) => cos(set, r, b) - cos(set, r, a) + cos(set, r, c), [a, b, c], 7);
    expectSame(got, ref);
  });

  it('3CosMul with cosines shifted to [0, 1] and ε = 1e-3, inputs excluded', () => {
    const [a, b, c] = [1, 2, 3];
    const sh = (x: number) => (x + 1) / 2;
    const got = space.analogy(a, b, c, { k: 7, method: '3CosMul' });
    const ref = bruteForce(
      600,
      (r) => (sh(cos(set, r, b)) * sh(cos(set, r, c))) / (sh(cos(set, r, a)) + 1e-3),
      [a, b, c],
      7,
    );
    expectSame(got, ref, 4);
  });

  it('similarity is the cosine', () => {
    expect(space.similarity('w1', 'w2')).toBeCloseTo(cos(set, 1, 2), 6);
    expect(space.similarity('w9', 'w9')).toBeCloseTo(1, 6);
  });
});

describe('VectorSpace on hand-made vectors', () => {
  // 2-D: king, queen, man, woman placed so that king − man + woman = queen exactly.
  const set: VectorSet = {
    words: ['king', 'queen', 'man', 'woman', 'apple', 'banana', 'cherry', 'car', 'zero'],
    dim: 3,
    data: new Float32Array([
      3, 1, 0, /* king */ 3, 3, 0, /* queen */ 1, 1, 0, /* man */ 1, 3, 0, /* woman */ 0, 0, 5 /* apple */, 0,
      0.5, 5, /* banana */ 0.5, 0, 5, /* cherry */ 5, -1, 0, /* car */ 0, 0, 0 /* zero */,
    ]),
  };
  const space = new VectorSpace(set);

  it('solves man : king :: woman : ?', () => {
    expect(space.analogy('man', 'king', 'woman', { k: 1 })[0].word).toBe('queen');
    expect(space.analogy('man', 'king', 'woman', { k: 1, method: '3CosMul' })[0].word).toBe('queen');
  });

  it('finds the odd one out', () => {
    const r = space.oddOneOut(['apple', 'banana', 'car', 'cherry']);
    expect(r.word).toBe('car');
    expect(r.similarities).toHaveLength(4);
    expect(() => space.oddOneOut(['apple', 'car'])).toThrow(UserError);
  });

  it('places words on semantic axes (cosine and projection)', () => {
    // x: man → king is (+2, 0, 0) in raw space but unit(king) − unit(man) in unit space.
    const xy = space.semanticAxes(['man', 'king'], ['man', 'woman'], { rows: [2, 0, 3, 8] });
    expect(xy).toHaveLength(8);
    expect(xy[0]).toBeLessThan(0); // man is at the "man" end of man → king
    expect(xy[2]).toBeGreaterThan(0); // king at the other end
    expect(xy[5]).toBeGreaterThan(xy[1]); // woman is further along man → woman than man
    expect(xy[6]).toBe(0); // a zero vector sits at the origin
    const p = space.semanticAxes([['man'], ['king']], ['apple', 'car'], { mode: 'projection' });
    // Axis x = unit(king) − unit(man) normalised; projection of raw apple (0,0,5) on it is 0.
    expect(p[2 * 4]).toBeCloseTo(0, 6);
    expect(() => space.semanticAxes(['man', 'man'], ['man', 'king'])).toThrow(UserError);
  });

  it('unknown words get a message with close spellings', () => {
    let err: unknown;
    try {
      space.nearest('quen');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).code).toBe('oov');
    expect((err as UserError).message).toBe('“quen” is not in the vocabulary. Did you mean “queen”?');
    expect(() => space.similarity('xyzzyplugh', 'king')).toThrow('no word in it is spelt similarly');
  });
});

describe('SpellingIndex', () => {
  it('ranks by edit distance (swaps count as one), then by frequency', () => {
    const idx = new SpellingIndex(['the', 'they', 'then', 'Paris', 'receive', 'recipe', 'tehran']);
    expect(idx.suggest('teh')).toEqual(['the']);
    expect(idx.suggest('paris')).toEqual(['Paris']);
    expect(idx.suggest('recieve')).toEqual(['receive', 'recipe']);
    expect(idx.suggest('thne', { max: 2 })).toEqual(['the', 'then']); // both 1 edit: frequency decides
    expect(idx.distance('abcdef', 'badcfe', 5)).toBe(3);
    expect(idx.distance('kitten', 'sitting', 5)).toBe(3);
    expect(idx.distance('kitten', 'sitting', 1)).toBe(2);
  });

  it('matches an unbounded reference and answers 100k words quickly', () => {
    const rng = new Rng(23);
    const letters = 'abcdefghij';
    const words = Array.from({ length: 100_000 }, () =>
      Array.from({ length: 3 + rng.int(8) }, () => letters[rng.int(10)]).join(''),
    );
    const idx = new SpellingIndex(words);
    const ref = (a: string, b: string) => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          const c = a[i - 1] === b[j - 1] ? 0 : 1;
          d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + c);
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
      return d[a.length][b.length];
    };
    for (let t = 0; t < 300; t++) {
      const a = words[rng.int(words.length)];
      const b = words[rng.int(words.length)];
      const bound = rng.int(4);
      expect(Math.min(idx.distance(a, b, bound), bound + 1)).toBe(Math.min(ref(a, b), bound + 1));
    }
    const got = idx.suggest('abcdefgh');
    expect(got.length).toBeGreaterThan(0);
  });
});
