import { describe, expect, it } from 'vitest';
import { detectScript, needsSegmenter } from './script';

describe('detectScript', () => {
  it('tells Japanese, Chinese, Korean, Thai and spaced languages apart', () => {
    expect(detectScript('今日は天気がいいので、公園へ散歩に行きました。').language).toBe('ja');
    expect(detectScript('今天天气很好，我们去公园散步吧。').language).toBe('zh');
    expect(detectScript('오늘은 날씨가 좋아서 공원에 갔습니다.').language).toBe('ko');
    expect(detectScript('วันนี้อากาศดีมาก เราไปเดินเล่นที่สวน').language).toBe('th');
    expect(detectScript('Call me Ishmael. Some years ago, never mind how long.').language).toBe('spaced');
    expect(detectScript('Привет, как дела?').language).toBe('spaced');
  });

  it('reports shares per script; a few kanji in English stay English', () => {
    const r = detectScript('ひらがなカタカナ漢字');
    expect(r.letters).toBe(10);
    expect(r.shares.hiragana).toBeCloseTo(0.4);
    expect(r.shares.katakana).toBeCloseTo(0.4);
    expect(r.shares.han).toBeCloseTo(0.2);
    expect(detectScript('The word for cat is 猫 in Japanese and Chinese alike.').language).toBe('spaced');
    expect(detectScript('').language).toBe('spaced');
  });

  it('samples long texts across their length', () => {
    const text = 'English licence text. '.repeat(1000) + '日本語の本文です。'.repeat(200_000);
    expect(detectScript(text).language).toBe('ja');
    expect(needsSegmenter('ja')).toBe(true);
    expect(needsSegmenter('ko')).toBe(false);
  });
});
