/**
 * Which rows a map shows. Rows are in file order, which is descending frequency for word2vec and
 * GloVe files and for vectors trained here, so "top N" is the first N rows.
 */
import { UserError } from '../errors.ts';

/** The first `n` rows (all when fewer). */
export function topRows(total: number, n: number): Int32Array {
  const m = Math.max(0, Math.min(total, Math.floor(n)));
  const out = new Int32Array(m);
  for (let i = 0; i < m; i++) out[i] = i;
  return out;
}

/**
 * Rows whose word contains `query`, compared case-insensitively (Unicode lower case), in
 * frequency order, at most `limit`. A query written `/…/` is a regular expression (flag `iu`).
 * Returns an empty list for an empty query.
 */
export function matchRows(words: readonly string[], query: string, limit: number): Int32Array {
  const q = query.trim();
  if (q === '') return new Int32Array(0);
  let test: (w: string) => boolean;
  if (q.length > 2 && q.startsWith('/') && q.endsWith('/')) {
    let re: RegExp;
    try {
      re = new RegExp(q.slice(1, -1), 'iu');
    } catch {
      throw new UserError('bad-pattern', `${q} is not a valid regular expression.`, { pattern: q });
    }
    test = (w) => re.test(w);
  } else {
    const needle = q.toLowerCase();
    test = (w) => w.toLowerCase().includes(needle);
  }
  const out: number[] = [];
  for (let i = 0; i < words.length && out.length < limit; i++) if (test(words[i])) out.push(i);
  return Int32Array.from(out);
}
