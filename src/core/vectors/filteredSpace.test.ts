import { describe, expect, it } from 'vitest';
import { UserError } from '../errors.ts';
import { FilteredSpace } from './filteredSpace.ts';
import { VectorSpace } from './query.ts';
import { WordFilter } from './wordFilter.ts';

/*
 * Toy vectors (royal, male, female, fruit). "zorkqueen" is built to be the best answer of
 * king − man + woman and the nearest neighbour of "queen"; "zorkapple" the nearest of "apple".
 */
const TOY: [string, number[]][] = [
  ['king', [1, 1, 0, 0]],
  ['queen', [1, 0, 1, 0]],
  ['zorkqueen', [1, 0, 1.05, 0.01]],
  ['man', [0, 1, 0, 0.1]],
  ['woman', [0, 0, 1, 0.1]],
  ['apple', [0, 0, 0, 1]],
  ['zorkapple', [0, 0.01, 0, 1]],
  ['pear', [0.1, 0, 0.1, 1]],
  ['zorky', [0.2, 0.2, 0.2, 0.2]],
];
const space = new VectorSpace({
  words: TOY.map(([w]) => w),
  dim: 4,
  data: Float32Array.from(TOY.flatMap(([, v]) => v)),
});

describe('FilteredSpace', () => {
  const off = new FilteredSpace(space, null);
  const on = new FilteredSpace(space, new WordFilter(['zork*']));

  it('without a filter answers as the space does', () => {
    expect(off.hiddenCount).toBe(0);
    expect(off.nearest('queen', 3).map((n) => n.word)[0]).toBe('zorkqueen');
    expect(off.analogy('man', 'king', 'woman', '3CosAdd', 1)[0].word).toBe('zorkqueen');
    expect(off.topRows(4)).toEqual(Int32Array.from([0, 1, 2, 3]));
  });

  it('hides matching words from neighbours, analogies (both methods) and their suggestions', () => {
    expect(on.hiddenCount).toBe(3);
    for (const w of ['queen', 'apple', 'king', 'pear', 'man']) {
      const words = on.nearest(w, 8).map((n) => n.word);
      expect(
        words.some((x) => x.startsWith('zork')),
        w,
      ).toBe(false);
      expect(words).toHaveLength(Math.min(8, TOY.length - 1 - 3));
    }
    expect(on.nearest('queen', 1, 'euclidean')[0].word).not.toMatch(/^zork/);
    for (const m of ['3CosAdd', '3CosMul'] as const) {
      const a = on.analogy('man', 'king', 'woman', m, 5).map((n) => n.word);
      expect(a[0]).toBe('queen');
      expect(a.some((x) => x.startsWith('zork'))).toBe(false);
    }
    // A misspelling close to a hidden word does not suggest it.
    expect(off.suggest('zorkapplx')).toContain('zorkapple');
    expect(on.suggest('zorkapplx')).not.toContain('zorkapple');
    expect(() => on.nearest('zorkapplx', 3)).toThrow(UserError);
    try {
      on.nearest('zorkapplx', 3);
    } catch (e) {
      expect((e as Error).message).not.toContain('zorkapple');
    }
    expect(on.complete('zo', 5)).toEqual([]);
    expect(off.complete('zo', 5)).toEqual(['zorkqueen', 'zorkapple', 'zorky']);
  });

  it('refuses a hidden word as a question, without repeating it', () => {
    for (const ask of [
      () => on.nearest('zorkqueen', 3),
      () => on.analogy('man', 'zorkqueen', 'woman', '3CosAdd', 3),
      () => on.similarity('queen', 'ZORKQUEEN'.toLowerCase()),
      () => on.oddOneOut(['apple', 'pear', 'zorky']),
      () => on.neighbourRows('zorky', 3),
      () => on.semanticAxes(['man', 'zorky'], ['apple', 'pear'], [0, 1]),
    ]) {
      let err: unknown = null;
      try {
        ask();
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(UserError);
      expect((err as UserError).code).toBe('word-hidden');
      expect((err as UserError).message).not.toMatch(/zork/);
    }
    // Odd one out among visible words works, and never names a hidden one.
    expect(on.oddOneOut(['apple', 'pear', 'king']).word).toBe('king');
  });

  it('keeps hidden words off the map: top, search and neighbour selections', () => {
    const words = (rows: Int32Array) => Array.from(rows, (r) => TOY[r][0]);
    expect(words(on.topRows(5))).toEqual(['king', 'queen', 'man', 'woman', 'apple']);
    expect(words(on.matchRows('apple', 10))).toEqual(['apple']);
    expect(words(on.matchRows('/^z/', 10))).toEqual([]);
    const near = words(on.neighbourRows('apple', 4));
    expect(near[0]).toBe('apple');
    expect(near.some((w) => w.startsWith('zork'))).toBe(false);
    expect(near).toHaveLength(4);
  });
});
