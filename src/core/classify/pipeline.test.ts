import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import { Cleaner } from '../text/clean';
import {
  buildEmbeddingMatrix,
  classificationReport,
  DEFAULT_SPLIT,
  defaultMaxlen,
  padSequences,
  readLabelledJsonLines,
  stratifiedSplit,
  Tokenizer,
  validateLabelled,
} from './index';

// The whole data path on the built-in SpamAssassin sample, as the classifier worker will run it.
describe('spam/ham data pipeline', () => {
  it('reads, validates, splits, cleans, tokenizes, pads and builds an embedding', () => {
    const t0 = performance.now();
    const data = readLabelledJsonLines(
      readFileSync('public/corpora/spam-ham.jsonl', 'utf8'),
      'spam-ham.jsonl',
    );
    const v = validateLabelled(data.records);
    expect(v.classes).toEqual(['ham', 'spam']);
    expect(v.records.length).toBe(1200);
    const split = stratifiedSplit(v.labels, v.classes.length, DEFAULT_SPLIT, new Rng(1));
    expect(split.train.length + split.validation.length + split.test.length).toBe(1200);

    const cleaner = new Cleaner();
    const tokens = v.records.map((r) => cleaner.tokens(r.text));
    const tokenizer = new Tokenizer({ oovToken: '<OOV>', numWords: 10_000 });
    tokenizer.fitOnTexts(Array.from(split.train, (i) => tokens[i]));
    const seqs = tokenizer.textsToSequences(tokens);
    const maxlen = defaultMaxlen(Array.from(split.train, (i) => seqs[i].length));
    const x = padSequences(
      Array.from(split.test, (i) => seqs[i]),
      { maxlen },
    );
    expect(x.length).toBe(split.test.length * maxlen);
    expect(x.reduce((m, i) => Math.max(m, i), 0)).toBeLessThan(10_000);

    // A vector set holding a few common words: coverage is partial, never empty.
    const words = ['the', 'free', 'money', 'list', 'not'];
    const emb = buildEmbeddingMatrix(
      { words, dim: 4, data: new Float32Array(words.length * 4).fill(1) },
      tokenizer,
      { rng: new Rng(2) },
    );
    expect(emb.vocabSize).toBe(10_000);
    expect(emb.coverage.found).toBeGreaterThanOrEqual(3);

    // A majority-class "model" scores the majority share, and the report says so.
    const yTrue = Array.from(split.test, (i) => v.labels[i]);
    const majority = v.counts[0] >= v.counts[1] ? 0 : 1;
    const report = classificationReport(
      yTrue,
      yTrue.map(() => majority),
      v.classes,
    );
    expect(report.classes[1 - majority].recall).toBe(0);
    console.log(
      `pipeline: ${v.records.length} mails, maxlen ${maxlen}, vocab ${tokenizer.wordCount} words, ${(performance.now() - t0).toFixed(0)} ms`,
    );
  });
});
