import { describe, expect, it } from 'vitest';
import { hiddenCss, hiddenMatcher } from './hide';

describe('hidden controls', () => {
  it('match ids exactly, and whole areas with .*', () => {
    const hidden = hiddenMatcher(['train.window', 'classify.*']);
    expect(hidden('train.window')).toBe(true);
    expect(hidden('train.windows')).toBe(false);
    expect(hidden('train')).toBe(false);
    expect(hidden('classify')).toBe(true);
    expect(hidden('classify.model')).toBe(true);
    expect(hidden('classify.tok.form')).toBe(true);
    expect(hidden('classifyx')).toBe(false);
    expect(hiddenMatcher([])('anything')).toBe(false);
  });

  it('become one rule that takes the elements out of the page', () => {
    expect(hiddenCss([])).toBe('');
    const css = hiddenCss(['train.hs', 'explore.*']);
    expect(css).toContain('[data-control="train.hs"]');
    expect(css).toContain('[data-control="explore"]');
    expect(css).toContain('[data-control^="explore."]');
    expect(css).toContain('display: none !important');
  });
});
