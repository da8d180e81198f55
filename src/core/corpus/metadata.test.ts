import { describe, expect, it } from 'vitest';
import { countWords, formatBytes, formatCount, labelCounts, sotuEra } from './metadata';

describe('corpus metadata', () => {
  it('counts words as runs of letters and digits, keeping inner apostrophes', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('Call me Ishmael.')).toBe(3);
    expect(countWords("Don't  stop—never!  1851 whales' ")).toBe(5);
    expect(countWords('naïve café 東京')).toBe(3);
    expect(countWords('--- ... !!!')).toBe(0);
  });

  it('counts classes per label field, most frequent first', () => {
    const recs = [{ party: 'R' }, { party: 'D' }, { party: 'R' }, { party: 'W' }, {}];
    expect(labelCounts(recs, 'party')).toEqual({
      name: 'party',
      classes: [
        { label: 'R', count: 2 },
        { label: 'D', count: 1 },
        { label: 'W', count: 1 },
      ],
    });
  });

  it('formats sizes and counts for people', () => {
    expect(formatBytes(12)).toBe('12 B');
    expect(formatBytes(1_204_997)).toBe('1.2 MB');
    expect(formatBytes(830_000)).toBe('830 kB');
    expect(formatCount(208301)).toBe('208,301');
    expect(formatCount(12)).toBe('12');
  });

  it('assigns State of the Union eras at the documented boundaries', () => {
    expect(sotuEra(1790)).toBe('1790–1860');
    expect(sotuEra(1860)).toBe('1790–1860');
    expect(sotuEra(1861)).toBe('1861–1932');
    expect(sotuEra(1933)).toBe('1933–1980');
    expect(sotuEra(2021)).toBe('1981–2021');
  });
});
