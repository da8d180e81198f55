/**
 * Intrinsic evaluation of word vectors, computed as gensim's KeyedVectors does it, so numbers can
 * be compared with papers and with gensim runs:
 *
 * - `evaluateWordAnalogies` ≡ `evaluate_word_analogies(analogies, restrict_vocab=300000,
 *   case_insensitive=True, dummy4unknown=False)`: questions-words format (`: section` lines, then
 *   `a b c d`); only the first `restrictVocab` rows are the vocabulary; case-insensitive mode
 *   upper-cases words (as gensim does) and maps each to its most frequent spelling; a question
 *   counts only when all four words are known; the answer is the 3CosAdd top-1 among the first
 *   `restrictVocab` rows, skipping the three inputs and their other spellings.
 * - `evaluateWordPairs` ≡ `evaluate_word_pairs(pairs, delimiter='\t', restrict_vocab=300000,
 *   case_insensitive=True, dummy4unknown=False)`: `w1 w2 score` lines, `#` comments, lines that do
 *   not parse (a header row) skipped; Spearman ρ (ties get average ranks), Pearson r, coverage.
 *
 * Input is the file's text (decode it first); these functions are pure and synchronous, and they
 * report progress so a worker can relay it.
 */
import { UserError } from '../errors.ts';
import { VectorSpace } from './query.ts';
import type { VectorSet } from './types.ts';

export interface AnalogyQuestion {
  a: string;
  b: string;
  c: string;
  expected: string;
  /** 1-based line number in the file. */
  line: number;
}

export interface AnalogySectionInput {
  section: string;
  questions: AnalogyQuestion[];
}

export interface ParsedAnalogies {
  sections: AnalogySectionInput[];
  /** 1-based numbers of non-blank lines that are not `a b c d` (skipped, as gensim does). */
  skippedLines: number[];
}

/**
 * Parses a questions-words file. A line starting with ": " opens a section (named by the rest of
 * the line); other non-blank lines must have exactly four words. A question before the first
 * section header is an error, as in gensim.
 */
export function parseAnalogies(text: string): ParsedAnalogies {
  const sections: AnalogySectionInput[] = [];
  const skippedLines: number[] = [];
  let current: AnalogySectionInput | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith(': ')) {
      current = { section: line.slice(2).trim(), questions: [] };
      sections.push(current);
      continue;
    }
    const parts = line.trim().split(/\s+/);
    if (parts.length === 1 && parts[0] === '') continue;
    if (!current) {
      throw new UserError(
        'analogies-no-section',
        `Line ${i + 1}: expected a section header such as ": capital-common-countries" before the first question.`,
        { line: i + 1 },
      );
    }
    if (parts.length !== 4) {
      skippedLines.push(i + 1);
      continue;
    }
    current.questions.push({ a: parts[0], b: parts[1], c: parts[2], expected: parts[3], line: i + 1 });
  }
  return { sections, skippedLines };
}

export interface SectionScore {
  section: string;
  correct: number;
  incorrect: number;
  /** correct / (correct + incorrect); 0 when the section has no usable question (as gensim). */
  accuracy: number;
}

export interface AnalogyReport {
  /** One entry per section, in file order. */
  sections: SectionScore[];
  /** All sections together (gensim's "Total accuracy"). */
  total: SectionScore;
  /** Well-formed questions in the file. */
  questions: number;
  /** Questions with a word outside the (restricted) vocabulary. */
  oov: number;
  /** (questions − oov) / questions: the share of questions that could be asked. */
  coverage: number;
  skippedLines: number[];
}

export interface EvalOptions {
  /** Only the first N rows (most frequent words) form the vocabulary. Default 300000. */
  restrictVocab?: number;
  /** Compare words upper-cased, like gensim. Default true. */
  caseInsensitive?: boolean;
  /** Count questions/pairs with unknown words (as wrong / as similarity 0) instead of skipping. */
  dummy4unknown?: boolean;
}

/**
 * The evaluation vocabulary: `key → row` for the first `restrict` rows, keys upper-cased in
 * case-insensitive mode with the most frequent spelling winning, and `canon[row]` = the row its key
 * maps to (so rows that differ only by case are recognised as the same word).
 */
function evaluationVocab(words: readonly string[], restrict: number, caseInsensitive: boolean) {
  const n = Math.min(words.length, restrict);
  const fold = caseInsensitive ? (w: string) => w.toUpperCase() : (w: string) => w;
  const ok = new Map<string, number>();
  for (let i = n - 1; i >= 0; i--) ok.set(fold(words[i]), i);
  const canon = new Int32Array(n);
  for (let i = 0; i < n; i++) canon[i] = ok.get(fold(words[i])) ?? i;
  return { n, fold, ok, canon };
}

function spaceOf(v: VectorSet | VectorSpace): VectorSpace {
  return v instanceof VectorSpace ? v : new VectorSpace(v);
}

/** Bytes of similarity rows held at once while answering analogies (bounds memory for big vocabularies). */
const SIM_BUDGET_BYTES = 64 << 20;

export function evaluateWordAnalogies(
  vectors: VectorSet | VectorSpace,
  text: string,
  opts: EvalOptions & { onProgress?: (done: number, total: number) => void } = {},
): AnalogyReport {
  const space = spaceOf(vectors);
  const parsed = parseAnalogies(text);
  const { n, fold, ok, canon } = evaluationVocab(
    space.set.words,
    opts.restrictVocab ?? 300_000,
    opts.caseInsensitive ?? true,
  );
  let questions = 0;
  for (const s of parsed.sections) questions += s.questions.length;
  if (questions === 0) {
    throw new UserError(
      'no-analogies',
      'The file has no analogy questions (lines "a b c d" after a ": section" line).',
    );
  }

  // Similarity rows of a batch of distinct words: sims[slot * n + r] = cos(word, row r).
  const maxSlots = Math.max(4, Math.floor(SIM_BUDGET_BYTES / 4 / Math.max(1, n)));
  const sims = new Float32Array(Math.min(maxSlots, 4 * questions) * n);
  const d = space.dim;
  const u = space.unit;

  const sections: SectionScore[] = [];
  let oov = 0;
  let done = 0;
  for (const sec of parsed.sections) {
    const score: SectionScore = { section: sec.section, correct: 0, incorrect: 0, accuracy: 0 };
    sections.push(score);
    // Known questions as row quadruples; unknown ones are counted here.
    const known: number[] = [];
    for (const q of sec.questions) {
      const rows = [q.a, q.b, q.c, q.expected].map((w) => ok.get(fold(w)) ?? -1);
      if (rows.includes(-1)) {
        oov++;
        if (opts.dummy4unknown) score.incorrect++;
        continue;
      }
      known.push(rows[0], rows[1], rows[2], rows[3]);
    }
    // Batches of questions whose distinct words fit the similarity buffer.
    let qi = 0;
    while (qi < known.length / 4) {
      const slotOf = new Map<number, number>();
      let qEnd = qi;
      while (qEnd < known.length / 4) {
        let extra = 0;
        for (let k = 0; k < 3; k++) if (!slotOf.has(known[qEnd * 4 + k])) extra++;
        if (slotOf.size + extra > maxSlots) break;
        for (let k = 0; k < 3; k++) {
          const r = known[qEnd * 4 + k];
          if (!slotOf.has(r)) slotOf.set(r, slotOf.size);
        }
        qEnd++;
      }
      fillSimilarities(u, d, n, [...slotOf.keys()], sims);
      for (let t = qi; t < qEnd; t++) {
        const ra = known[t * 4];
        const rb = known[t * 4 + 1];
        const rc = known[t * 4 + 2];
        const re = known[t * 4 + 3];
        const sa = slotOf.get(ra)! * n;
        const sb = slotOf.get(rb)! * n;
        const sc = slotOf.get(rc)! * n;
        const ca = canon[ra];
        const cb = canon[rb];
        const cc = canon[rc];
        // 3CosAdd: argmax cos(x,b) − cos(x,a) + cos(x,c) over rows that are not an input word
        // (in any spelling); the first row wins ties, like a stable arg-sort.
        let best = -1;
        let bestScore = Number.NEGATIVE_INFINITY;
        for (let r = 0; r < n; r++) {
          const s = sims[sb + r] - sims[sa + r] + sims[sc + r];
          if (s > bestScore) {
            const cr = canon[r];
            if (cr === ca || cr === cb || cr === cc) continue;
            bestScore = s;
            best = r;
          }
        }
        if (best >= 0 && canon[best] === canon[re]) score.correct++;
        else score.incorrect++;
      }
      done += qEnd - qi;
      opts.onProgress?.(done, questions);
      qi = qEnd;
    }
    score.accuracy = accuracy(score.correct, score.incorrect);
  }
  const total: SectionScore = { section: 'Total accuracy', correct: 0, incorrect: 0, accuracy: 0 };
  for (const s of sections) {
    total.correct += s.correct;
    total.incorrect += s.incorrect;
  }
  total.accuracy = accuracy(total.correct, total.incorrect);
  return {
    sections,
    total,
    questions,
    oov,
    coverage: (questions - oov) / questions,
    skippedLines: parsed.skippedLines,
  };
}

function accuracy(correct: number, incorrect: number): number {
  return correct + incorrect === 0 ? 0 : correct / (correct + incorrect);
}

/**
 * sims[s * n + r] = unit(row keys[s]) · unit(row r) for r < n. One pass over the rows, each row
 * dotted with every key while it is in cache.
 */
function fillSimilarities(u: Float32Array, d: number, n: number, keys: number[], sims: Float32Array): void {
  const m = keys.length;
  const q = new Float32Array(m * d);
  for (let s = 0; s < m; s++) q.set(u.subarray(keys[s] * d, (keys[s] + 1) * d), s * d);
  const m4 = m - (m % 4);
  for (let r = 0; r < n; r++) {
    const off = r * d;
    // Four keys per pass: each row value is loaded once for four products.
    for (let s = 0; s < m4; s += 4) {
      const q0 = s * d;
      const q1 = q0 + d;
      const q2 = q1 + d;
      const q3 = q2 + d;
      let a0 = 0;
      let a1 = 0;
      let a2 = 0;
      let a3 = 0;
      for (let j = 0; j < d; j++) {
        const v = u[off + j];
        a0 += v * q[q0 + j];
        a1 += v * q[q1 + j];
        a2 += v * q[q2 + j];
        a3 += v * q[q3 + j];
      }
      sims[s * n + r] = a0;
      sims[(s + 1) * n + r] = a1;
      sims[(s + 2) * n + r] = a2;
      sims[(s + 3) * n + r] = a3;
    }
    for (let s = m4; s < m; s++) {
      const qo = s * d;
      let acc = 0;
      for (let j = 0; j < d; j++) acc += u[off + j] * q[qo + j];
      sims[s * n + r] = acc;
    }
  }
}

export interface WordPair {
  a: string;
  b: string;
  score: number;
  line: number;
}

/**
 * Parses a word-pair file: `w1 w2 score` per line. Lines starting with `#` and blank lines are
 * ignored; lines that are not two words and a number (such as a header row) are skipped and
 * listed. Fields are split on tabs when the line has one (gensim's default delimiter), else on
 * commas when that gives exactly three fields (WordSim-353's combined.csv), else on whitespace.
 */
export function parseWordPairs(
  text: string,
  delimiter?: string,
): { pairs: WordPair[]; skippedLines: number[] } {
  const pairs: WordPair[] = [];
  const skippedLines: number[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) continue;
    let parts: string[];
    if (delimiter !== undefined) parts = line.split(delimiter);
    else if (line.includes('\t')) parts = line.split('\t');
    else if (line.split(',').length === 3) parts = line.split(',');
    else parts = line.trim().split(/\s+/);
    parts = parts.map((p) => p.trim());
    const score =
      parts.length === 3 && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(parts[2])
        ? Number(parts[2])
        : Number.NaN;
    if (Number.isNaN(score) || parts[0] === '' || parts[1] === '') {
      skippedLines.push(i + 1);
      continue;
    }
    pairs.push({ a: parts[0], b: parts[1], score, line: i + 1 });
  }
  return { pairs, skippedLines };
}

export interface WordPairReport {
  /** Spearman rank correlation of human scores and cosine similarities (average ranks for ties). */
  spearman: number;
  /** Pearson correlation of human scores and cosine similarities. */
  pearson: number;
  /** Well-formed pairs in the file. */
  pairs: number;
  /** Pairs used in the correlations. */
  used: number;
  /** Pairs with a word outside the (restricted) vocabulary. */
  oov: number;
  /** Pairs with both words known / all pairs. */
  coverage: number;
  /** gensim's oov_ratio: percentage of unknown pairs (among used + unknown, or among used with dummy4unknown). */
  oovRatio: number;
  skippedLines: number[];
}

export function evaluateWordPairs(
  vectors: VectorSet | VectorSpace,
  text: string,
  opts: EvalOptions & { delimiter?: string } = {},
): WordPairReport {
  const space = spaceOf(vectors);
  const { pairs, skippedLines } = parseWordPairs(text, opts.delimiter);
  const { fold, ok } = evaluationVocab(
    space.set.words,
    opts.restrictVocab ?? 300_000,
    opts.caseInsensitive ?? true,
  );
  const gold: number[] = [];
  const model: number[] = [];
  let oov = 0;
  for (const p of pairs) {
    const ra = ok.get(fold(p.a));
    const rb = ok.get(fold(p.b));
    if (ra === undefined || rb === undefined) {
      oov++;
      if (opts.dummy4unknown) {
        gold.push(p.score);
        model.push(0);
      }
      continue;
    }
    gold.push(p.score);
    model.push(space.similarity(ra, rb));
  }
  if (gold.length === 0) {
    if (pairs.length === 0)
      throw new UserError('no-pairs', 'The file has no word pairs (lines "word1 word2 score").');
    throw new UserError(
      'no-known-pairs',
      `None of the ${pairs.length} word pairs has both words in the vocabulary.`,
      { pairs: pairs.length },
    );
  }
  return {
    spearman: spearman(gold, model),
    pearson: pearson(gold, model),
    pairs: pairs.length,
    used: pairs.length - oov,
    oov,
    coverage: pairs.length === 0 ? 0 : (pairs.length - oov) / pairs.length,
    oovRatio: opts.dummy4unknown ? (100 * oov) / gold.length : (100 * oov) / (gold.length + oov),
    skippedLines,
  };
}

/** Pearson correlation; NaN when either series is constant. */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  if (n !== y.length) throw new RangeError('pearson: series of different lengths');
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** 1-based ranks, ascending, tied values sharing the average of their ranks (scipy's rankdata). */
export function averageRanks(x: ArrayLike<number>): Float64Array {
  const n = x.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b]);
  const ranks = new Float64Array(n);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && x[order[j + 1]] === x[order[i]]) j++;
    const r = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]] = r;
    i = j + 1;
  }
  return ranks;
}

/** Spearman's ρ: Pearson correlation of the average ranks (scipy.stats.spearmanr). */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  return pearson(averageRanks(x), averageRanks(y));
}
