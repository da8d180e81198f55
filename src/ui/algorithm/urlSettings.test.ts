import { describe, expect, it } from 'vitest';
import { DEFAULT_WORD_FILTER, type WordFilterSetting } from '../../core/vectors/wordFilter';
import { decodeGroup, encodeGroup } from '../url/schema';
import { WORD_FILTER } from '../wordFilter/wordFilterState';
import { STEP, STEP_DEFAULTS, type StepSettings, stepOptions } from './stepSettings';

const params = (pairs: [string, string][]) => new URLSearchParams(pairs);

describe('step-through and word-filter settings in links', () => {
  it('round-trip every step-through setting, and defaults leave the link empty', () => {
    expect(encodeGroup(STEP, STEP_DEFAULTS)).toEqual([]);
    const s: StepSettings = {
      corpus: 'current',
      words: 5000,
      cbow: 1,
      hs: true,
      negative: 0,
      window: 4,
      size: 8,
      alpha: 0.1,
      sample: 0.0001,
      minCount: 2,
      iter: 3,
      seed: 77,
    };
    const encoded = encodeGroup(STEP, s);
    expect(encoded).toHaveLength(Object.keys(STEP.fields).length);
    const decoded = decodeGroup(STEP, params(encoded));
    expect(decoded.rejected).toEqual([]);
    expect(decoded.value).toEqual(s);
    expect(stepOptions(s)).toMatchObject({ cbow: 1, hs: 1, negative: 0, size: 8, seed: 77 });
  });

  it('refuse out-of-range step settings', () => {
    const d = decodeGroup(
      STEP,
      params([
        ['step.size', '17'],
        ['step.corpus', 'moby'],
        ['step.window', '3'],
      ]),
    );
    expect(d.rejected.sort()).toEqual(['step.corpus', 'step.size']);
    expect(d.value).toEqual({ ...STEP_DEFAULTS, window: 3 });
  });

  it('round-trip the word filter: switch, built-in list, own entries (wildcards kept)', () => {
    expect(encodeGroup(WORD_FILTER, DEFAULT_WORD_FILTER)).toEqual([]);
    const f: WordFilterSetting = { enabled: true, builtIn: false, words: ['zork*', 'Ｆｏｏ', 'ばか'] };
    const encoded = encodeGroup(WORD_FILTER, f);
    expect(Object.fromEntries(encoded)).toEqual({
      filter: '1',
      'filter.builtIn': '0',
      'filter.words': 'zork*,Ｆｏｏ,ばか',
    });
    expect(decodeGroup(WORD_FILTER, params(encoded)).value).toEqual(f);
    // An entry cannot hold a space (words have none); the list is refused rather than guessed.
    const bad = decodeGroup(WORD_FILTER, params([['filter.words', 'a b,c']]));
    expect(bad.rejected).toEqual(['filter.words']);
    expect(bad.value.words).toEqual([]);
  });
});
