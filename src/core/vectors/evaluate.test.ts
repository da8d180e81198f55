import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../errors.ts';
import { Rng } from '../rng.ts';
import {
  averageRanks,
  evaluateWordAnalogies,
  evaluateWordPairs,
  parseAnalogies,
  parseWordPairs,
  pearson,
  spearman,
} from './evaluate.ts';
import type { VectorSet } from './types.ts';

/*
 * Hand-made vectors, e1…e4 the unit axes; a country is an axis, its capital adds e4:
 *   france = e1, paris = e1 + e4, italy = e2, rome = e2 + e4, germany = e3, berlin = e3 + e4,
 *   and "Rome", a rarer spelling of rome, = e2 + 0.5·e1.
 * Cosines used below (|x + e4| = √2, |Rome| = √1.25):
 *   cos(capital, its country) = 1/√2 ≈ 0.7071     cos(capital, other capital) = 1/2
 *   cos(capital, other country) = 0                cos(country, other country) = 0
 *   cos(Rome, france) = 0.5/√1.25 ≈ 0.4472   cos(Rome, italy) = 1/√1.25 ≈ 0.8944
 *   cos(Rome, paris) = 0.5/√2.5 ≈ 0.3162     cos(Rome, rome) = 1/√2.5 ≈ 0.6325   cos(Rome, berlin) = 0
 */
const S = Math.SQRT1_2;
const set: VectorSet = {
  words: ['france', 'paris', 'italy', 'rome', 'germany', 'berlin', 'Rome'],
  dim: 4,
  data: new Float32Array([
    1, 0, 0, 0, 1, 0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 0, 1, 1, 0.5, 1, 0, 0,
  ]),
};

/*
 * 3CosAdd score(x) = cos(x,b) − cos(x,a) + cos(x,c) for each question (a b c expected), inputs and
 * their other spellings excluded:
 * capital-country
 *  1 paris france rome italy      italy 0 − 0 + S = .707; Rome excluded (spelling of rome) ✓
 *                                 (case-sensitive: Rome .447 − .316 + .632 = .763 wins ✗)
 *  2 france paris italy rome      rome .5 − 0 + S = 1.207; Rome .316 − .447 + .894 = .763 ✓
 *  3 paris france berlin germany  germany 0 − 0 + S = .707; italy 0; rome 0 − .5 + 0 ✓
 *  4 paris france tokyo japan     tokyo unknown: OOV
 *  5 PARIS FRANCE ROME ITALY      = question 1 once upper-cased ✓ (case-sensitive: OOV)
 *  6 france paris germany rome    berlin .5 − 0 + S = 1.207 beats rome .5 − 0 + 0 ✗
 *  (line 8 "only three words" is skipped)
 * second
 *  7 rome italy berlin germany    germany 0 − 0 + S = .707; france 0; paris −.5 + .5 = 0 ✓
 *  8 italy rome germany paris     berlin .5 − 0 + S = 1.207 beats paris .5 ✗
 * Default: capital-country 4/5 = 0.8, second 1/2 = 0.5, total 5/7; 8 questions, 1 OOV → 7/8.
 */
const ANALOGIES = `: capital-country
paris france rome italy
france paris italy rome
paris france berlin germany
paris france tokyo japan
PARIS FRANCE ROME ITALY
france paris germany rome
only three words

: second
rome italy berlin germany
italy rome germany paris
`;

describe('evaluateWordAnalogies (gensim evaluate_word_analogies)', () => {
  it('scores sections, total and coverage as computed by hand', () => {
    const r = evaluateWordAnalogies(set, ANALOGIES);
    expect(r.sections).toEqual([
      { section: 'capital-country', correct: 4, incorrect: 1, accuracy: 0.8 },
      { section: 'second', correct: 1, incorrect: 1, accuracy: 0.5 },
    ]);
    expect(r.total).toEqual({ section: 'Total accuracy', correct: 5, incorrect: 2, accuracy: 5 / 7 });
    expect(r.questions).toBe(8);
    expect(r.oov).toBe(1);
    expect(r.coverage).toBe(7 / 8);
    expect(r.skippedLines).toEqual([8]);
  });

  it('case-sensitive: question 5 is OOV and "Rome" answers question 1', () => {
    // capital-country: 1 ✗, 2 ✓, 3 ✓, 6 ✗ → 2/4; second: 7 ✓ (Rome .894 − .632 + 0 = .262 < .707),
    // 8 ✗ → 1/2; total 3/6; OOV 4 and 5 → coverage 6/8.
    const r = evaluateWordAnalogies(set, ANALOGIES, { caseInsensitive: false });
    expect(r.sections.map((s) => [s.correct, s.incorrect])).toEqual([
      [2, 2],
      [1, 1],
    ]);
    expect(r.total.accuracy).toBe(0.5);
    expect(r.coverage).toBe(6 / 8);
  });

  it('restrictVocab: only the first N rows are words', () => {
    // First 4 rows: france paris italy rome. Questions 1, 2, 5 remain (all ✓); 3, 4, 6, 7, 8 are OOV.
    const r = evaluateWordAnalogies(set, ANALOGIES, { restrictVocab: 4 });
    expect(r.total).toMatchObject({ correct: 3, incorrect: 0, accuracy: 1 });
    expect(r.sections[1]).toEqual({ section: 'second', correct: 0, incorrect: 0, accuracy: 0 });
    expect(r.coverage).toBe(3 / 8);
    const dummy = evaluateWordAnalogies(set, ANALOGIES, { restrictVocab: 4, dummy4unknown: true });
    expect(dummy.total).toMatchObject({ correct: 3, incorrect: 5 });
  });

  it('rejects a question before any section, and a file without questions', () => {
    expect(() => parseAnalogies('a b c d\n')).toThrow('Line 1: expected a section header');
    expect(() => evaluateWordAnalogies(set, ': empty\n\n')).toThrow(UserError);
  });

  it('answers like a brute-force 3CosAdd on random vectors, with a tiny similarity budget', () => {
    const rng = new Rng(31);
    const n = 300;
    const dim = 12;
    const data = new Float32Array(n * dim);
    for (let i = 0; i < data.length; i++) data[i] = rng.normal();
    const words = Array.from({ length: n }, (_, i) => `w${i}`);
    const unit = (i: number) => {
      const v = Array.from(data.subarray(i * dim, (i + 1) * dim));
      const len = Math.hypot(...v);
      return v.map((x) => x / len);
    };
    const dot = (a: number[], b: number[]) => a.reduce((s, x, j) => s + x * b[j], 0);
    let text = ': random\n';
    let expectedCorrect = 0;
    for (let q = 0; q < 60; q++) {
      const [a, b, c] = [rng.int(n), rng.int(n), rng.int(n)];
      let best = -1;
      let bestScore = Number.NEGATIVE_INFINITY;
      for (let r = 0; r < n; r++) {
        if (r === a || r === b || r === c) continue;
        const s = dot(unit(r), unit(b)) - dot(unit(r), unit(a)) + dot(unit(r), unit(c));
        if (s > bestScore) [best, bestScore] = [r, s];
      }
      // Half the questions expect the brute-force answer, half a random word.
      const expected = q % 2 === 0 ? best : rng.int(n);
      if (expected === best) expectedCorrect++;
      text += `w${a} w${b} w${c} w${expected}\n`;
    }
    const r = evaluateWordAnalogies({ words, dim, data }, text);
    expect(r.total.correct).toBe(expectedCorrect);
    expect(r.total.correct + r.total.incorrect).toBe(60);
  });
});

/*
 * Word pairs (gold score → cosine from the vectors above):
 *   paris france 8 → S;  rome italy 9 → S;  paris rome 5 → 1/2;  france germany 3 → 0;
 *   paris tokyo 7 → OOV. "Word 1<TAB>Word 2<TAB>Human (mean)" is a header: skipped.
 * Ranks: gold [8, 9, 5, 3] → [3, 4, 2, 1]; model [S, S, .5, 0] → [3.5, 3.5, 2, 1] (tie averaged).
 * Spearman = Pearson of the ranks: deviations [.5, 1.5, −.5, −1.5] and [1, 1, −.5, −1.5];
 *   Σ products 4.5, Σ squares 5 and 4.5 → ρ = 4.5 / √22.5 = √0.9 ≈ 0.948683.
 * Pearson on the values: gold deviations [1.75, 2.75, −1.25, −3.25] (mean 6.25, Σ² = 22.75);
 *   model mean m = (2S + .5) / 4, deviations [S − m, S − m, .5 − m, −m]; r computed from these.
 * Coverage 4/5; gensim's oov_ratio 1 / 5 = 20 %.
 */
const PAIRS = `# a comment
Word 1\tWord 2\tHuman (mean)
paris\tfrance\t8
rome\titaly\t9
paris\trome\t5
france\tgermany\t3
paris\ttokyo\t7
`;

describe('evaluateWordPairs (gensim evaluate_word_pairs)', () => {
  it('Spearman with average ranks, Pearson and coverage as computed by hand', () => {
    const r = evaluateWordPairs(set, PAIRS);
    expect(r.spearman).toBeCloseTo(Math.sqrt(0.9), 6);
    const m = (2 * S + 0.5) / 4;
    const dg = [1.75, 2.75, -1.25, -3.25];
    const dm = [S - m, S - m, 0.5 - m, -m];
    const num = dg.reduce((s, x, i) => s + x * dm[i], 0);
    const den = Math.sqrt(22.75 * dm.reduce((s, x) => s + x * x, 0));
    expect(r.pearson).toBeCloseTo(num / den, 6);
    expect(r.pearson).toBeCloseTo(0.92768, 4);
    expect(r).toMatchObject({ pairs: 5, used: 4, oov: 1, coverage: 0.8, oovRatio: 20, skippedLines: [2] });
  });

  it('space- and comma-separated pairs, case-insensitive lookup', () => {
    const r = evaluateWordPairs(set, 'PARIS France 8\nrome,italy,9\nparis rome 5\nfrance germany 3\n');
    expect(r.used).toBe(4);
    expect(r.spearman).toBeCloseTo(Math.sqrt(0.9), 6);
    expect(() => evaluateWordPairs(set, 'PARIS France 8\n', { caseInsensitive: false })).toThrow(
      'None of the 1 word pairs has both words in the vocabulary.',
    );
  });

  it('parses the layouts of the real WordSim-353 and SimLex-999 files', () => {
    const ws = '/work/shared/eval/wordsim353.tsv';
    const sl = '/work/shared/eval/simlex999.txt';
    const qw = '/work/shared/eval/questions-words.txt';
    if (!existsSync(ws) || !existsSync(sl) || !existsSync(qw)) return;
    // Both start with two '#' lines (a title, then the column names) and then tab-separated rows.
    expect(parseWordPairs(readFileSync(ws, 'utf8'))).toMatchObject({ skippedLines: [] });
    expect(parseWordPairs(readFileSync(ws, 'utf8')).pairs).toHaveLength(353);
    expect(parseWordPairs(readFileSync(sl, 'utf8')).pairs).toHaveLength(999);
    const qwParsed = parseAnalogies(readFileSync(qw, 'utf8'));
    expect(qwParsed.sections).toHaveLength(14);
    expect(qwParsed.sections.reduce((s, x) => s + x.questions.length, 0)).toBe(19544);
  });
});

describe('rank statistics', () => {
  it('average ranks like scipy.stats.rankdata', () => {
    expect(Array.from(averageRanks([10, 20, 10, 30, 20, 20]))).toEqual([1.5, 4, 1.5, 6, 4, 4]);
  });

  it('Spearman of a monotone transform is 1, Pearson of a line is ±1', () => {
    const x = [1, 2, 3, 4, 5];
    expect(
      spearman(
        x,
        x.map((v) => v ** 3),
      ),
    ).toBeCloseTo(1, 12);
    expect(
      pearson(
        x,
        x.map((v) => -2 * v + 1),
      ),
    ).toBeCloseTo(-1, 12);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNaN();
  });
});
