import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_STACK } from './fonts';

describe('font stack', () => {
  it('is the same on the page (styles.css) as on the map canvas', () => {
    const css = readFileSync('src/ui/styles.css', 'utf8');
    const m = /:root\s*{[^}]*?font-family:\s*([^;]+);/s.exec(css);
    expect(m).not.toBeNull();
    expect(m![1].replace(/\s+/g, ' ').trim()).toBe(FONT_STACK);
  });

  it('names Japanese fonts for every common system before the generic family', () => {
    for (const font of ['"Hiragino Sans"', '"Noto Sans JP"', '"Yu Gothic UI"', 'Meiryo']) {
      expect(FONT_STACK).toContain(font);
    }
    expect(FONT_STACK.indexOf('"Noto Sans JP"')).toBeLessThan(FONT_STACK.indexOf('"Microsoft YaHei"'));
    expect(FONT_STACK.endsWith('sans-serif')).toBe(true);
  });
});
