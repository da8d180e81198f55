import { describe, expect, it } from 'vitest';
import { summarize } from './summary';

describe('summarize', () => {
  it('counts words, lines and documents and finds label fields', () => {
    const records = [
      { text: 'win money now', label: 'spam', id: 'a1' },
      { text: 'lunch at noon?', label: 'ham', id: 'a2' },
      { text: 'free offer', label: 'spam', id: 'a3' },
    ];
    const s = summarize({
      title: 'mail.jsonl',
      text: records.map((r) => r.text).join('\n'),
      records,
      bytes: 120,
      encoding: 'utf-8',
    });
    expect(s.words).toBe(8);
    expect(s.lines).toBe(3);
    expect(s.documents).toBe(3);
    // `id` has as many values as documents but still ≤ 100 classes; `label` is the useful one.
    expect(s.labels.find((l) => l.name === 'label')?.classes).toEqual([
      { label: 'spam', count: 2 },
      { label: 'ham', count: 1 },
    ]);
    expect(s.preview).toBe('win money now\nlunch at noon?\nfree offer');
  });
});
