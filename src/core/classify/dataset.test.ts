import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET, OOV_TOKEN, prepareDataset } from './dataset';

const records = [
  ...Array.from({ length: 20 }, (_, i) => ({ text: `<p>Great movie, loved it ${i}!</p>`, label: 'pos' })),
  ...Array.from({ length: 20 }, (_, i) => ({ text: `Terrible film, did not like it ${i}.`, label: 'neg' })),
];

describe('prepareDataset', () => {
  it('splits, cleans, tokenizes on training texts only and pads', async () => {
    const d = await prepareDataset(records, { ...DEFAULT_DATASET, maxlen: 6, seed: 1 });
    expect(d.classes).toEqual(['neg', 'pos']);
    expect(d.train.n + d.validation.n + d.test.n).toBe(40);
    expect(d.train.x.length).toBe(d.train.n * 6);
    expect(d.tokenizer.oovIndex).toBe(1);
    expect(d.tokenizer.wordAt(1)).toBe(OOV_TOKEN);
    // HTML stripped, lowercased, digits and stopwords dropped, but the negation "not" kept.
    expect(d.preview.tokens.join(' ')).toMatch(/^(great movie loved|terrible film not like)$/);
    // Pre-padding: the last column of every row holds a word, the first two columns are padding.
    for (let i = 0; i < d.train.n; i++) {
      expect(d.train.x[i * 6 + 5]).toBeGreaterThan(1);
      expect(d.train.x[i * 6]).toBe(0);
    }
    expect(d.vocabSize).toBe(d.tokenizer.vocabSize);
  });

  it('is reproducible for a seed and picks maxlen from the length percentile', async () => {
    const a = await prepareDataset(records, { ...DEFAULT_DATASET, seed: 3 });
    const b = await prepareDataset(records, { ...DEFAULT_DATASET, seed: 3 });
    expect(Array.from(a.test.rows)).toEqual(Array.from(b.test.rows));
    expect(a.maxlen).toBe(4);
    expect(a.truncatedShare).toBe(0);
  });

  it('refuses one class and texts that cleaning empties, with a sentence', async () => {
    await expect(prepareDataset(records.slice(0, 20), DEFAULT_DATASET)).rejects.toThrow('the label "pos"');
    const stop = records.map((r) => ({ ...r, text: 'the a an' }));
    await expect(prepareDataset(stop, { ...DEFAULT_DATASET, clean: { stopwords: 'full' } })).rejects.toThrow(
      'cleaning left no words',
    );
  });
});
