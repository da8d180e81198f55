/**
 * Japanese (and other unspaced) tokenization. The expected tokens were written by hand: for
 * kuromoji from IPADIC's analysis of each sentence (MeCab gives the same), for Intl.Segmenter from
 * ICU's dictionary segmentation.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { setKuromojiDictionary } from './kuromoji';
import { SegmenterTokenizer, tokenizeToArray } from './tokenize';
import { createTokenizer, DEFAULT_TOKENIZER, type TokenizerSpec } from './tokenizerSpec';

// The package's exports hide package.json: find its folder from the entry point (build/index.mjs).
const dictDir = join(dirname(createRequire(import.meta.url).resolve('@patdx/kuromoji')), '..', 'dict');
const spec = (patch: Partial<TokenizerSpec>): TokenizerSpec => ({
  ...DEFAULT_TOKENIZER,
  language: 'ja',
  ...patch,
});

async function tokens(s: TokenizerSpec, text: string): Promise<string[]> {
  const built = await createTokenizer(s);
  return tokenizeToArray(built.tokenizer, text);
}

describe('Intl.Segmenter word segmentation', () => {
  it('splits Japanese into words and drops punctuation and spaces', () => {
    const t = new SegmenterTokenizer('ja');
    expect(tokenizeToArray(t, '吾輩は猫である。名前はまだ無い。')).toEqual([
      '吾輩',
      'は',
      '猫',
      'で',
      'ある',
      '名前',
      'は',
      'まだ',
      '無い',
    ]);
    expect(tokenizeToArray(t, '「東京」へ　行く！\n京都')).toEqual(['東京', 'へ', '行く', '</s>', '京都']);
  });

  it('segments Chinese and Thai as well', () => {
    expect(tokenizeToArray(new SegmenterTokenizer('zh'), '我喜欢猫。')).toEqual(['我', '喜欢', '猫']);
    expect(tokenizeToArray(new SegmenterTokenizer('th'), 'ฉันรักแมว')).toEqual(['ฉัน', 'รัก', 'แมว']);
  });

  it("is what 'auto' picks for Japanese, Chinese and Thai, and spaces are kept for the rest", async () => {
    expect(await tokens(spec({ kind: 'auto' }), '猫が好き')).toEqual(['猫', 'が', '好き']);
    expect(await tokens(spec({ kind: 'auto', language: 'spaced' }), 'Call me Ishmael.')).toEqual([
      'call',
      'me',
      'ishmael',
    ]);
  });

  it('drops Japanese stopwords on request but keeps negations', async () => {
    // ICU cuts 食べない as 食|べ|ない (its dictionary lacks the verb stem): kuromoji gives 食べ|ない.
    expect(await tokens(spec({ kind: 'segmenter', japaneseStopwords: true }), '猫はまだ食べない')).toEqual([
      '猫',
      'まだ',
      '食',
      'べ',
      'ない',
    ]);
  });
});

describe('kuromoji (IPADIC)', () => {
  beforeAll(() => {
    setKuromojiDictionary(async (file) => new Uint8Array(await readFile(join(dictDir, file))));
  });

  it('gives IPADIC surface forms, without particles, auxiliaries and symbols by default', async () => {
    const t0 = performance.now();
    const built = await createTokenizer(spec({ kind: 'kuromoji' }));
    console.log(
      `kuromoji dictionary loaded in ${((performance.now() - t0) / 1000).toFixed(2)} s (Node, gzip files)`,
    );
    expect(built.kind).toBe('kuromoji');
    expect(built.notice).toBeNull();
    const t = built.tokenizer;
    expect(tokenizeToArray(t, '吾輩は猫である。名前はまだ無い。')).toEqual([
      '吾輩',
      '猫',
      '名前',
      'まだ',
      '無い',
    ]);
    expect(tokenizeToArray(t, '猫が魚を食べた。\n東京へ行きました。')).toEqual([
      '猫',
      '魚',
      '食べ',
      '</s>',
      '東京',
      '行き',
    ]);
    // ない negates: it stays although auxiliary verbs are dropped.
    expect(tokenizeToArray(t, 'このラーメンは美味しくない。')).toEqual([
      'この',
      'ラーメン',
      '美味しく',
      'ない',
    ]);
  });

  it('gives dictionary forms and keeps every part of speech when asked', async () => {
    expect(
      await tokens(spec({ kind: 'kuromoji', form: 'base' }), '猫が魚を食べた。東京へ行きました。'),
    ).toEqual(['猫', '魚', '食べる', '東京', '行く']);
    expect(await tokens(spec({ kind: 'kuromoji', dropPos: [] }), '吾輩は猫である。')).toEqual([
      '吾輩',
      'は',
      '猫',
      'で',
      'ある',
    ]);
    expect(await tokens(spec({ kind: 'kuromoji', form: 'base', dropPos: [] }), '吾輩は猫である。')).toEqual([
      '吾輩',
      'は',
      '猫',
      'だ',
      'ある',
    ]);
  });

  it('tokenizes a corpus-sized text at a measurable speed', async () => {
    const built = await createTokenizer(spec({ kind: 'kuromoji' }));
    const text = '春の朝、川のほとりを歩いていると、小さな猫が石の上で眠っていた。\n'.repeat(2000);
    let n = 0;
    const t0 = performance.now();
    built.tokenizer.tokenize(text, { token: () => n++, lineEnd: () => {} });
    const s = (performance.now() - t0) / 1000;
    console.log(
      `kuromoji: ${Math.round(n / s)} tokens/s, ${Math.round(text.length / s)} chars/s (Node, one core)`,
    );
    // 春|朝|川|ほとり|歩い|いる|小さな|猫|石|上|眠っ|い: て (接続助詞) and た (助動詞) are dropped,
    // いる/い after て are 動詞,非自立 in IPADIC and stay.
    expect(n).toBe(2000 * 12);
  });

  it('falls back to Intl.Segmenter with a sentence when the dictionary cannot be loaded', async () => {
    setKuromojiDictionary(async (file) => {
      throw new Error(`${file}: HTTP 404`);
    });
    const built = await createTokenizer(spec({ kind: 'kuromoji' }));
    expect(built.kind).toBe('segmenter');
    // Files load in parallel: whichever fails first is named.
    expect(built.notice?.text).toMatch(
      /^The Japanese dictionary for kuromoji could not be loaded \(\w+\.dat\.gz: HTTP 404\), so words were split with the browser’s Intl\.Segmenter instead\.$/,
    );
    expect(tokenizeToArray(built.tokenizer, '猫が好き')).toEqual(['猫', 'が', '好き']);
    setKuromojiDictionary(async (file) => new Uint8Array(await readFile(join(dictDir, file))));
  });
});
