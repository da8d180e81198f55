/** A Japanese corpus from bytes to word2vec ids: encodings, options and the tokenizer spec. */
import Encoding from 'encoding-japanese';
import { describe, expect, it } from 'vitest';
import { createTokenizer, DEFAULT_TOKENIZER } from '../text/tokenizerSpec';
import { buildCorpus } from '../w2v/vocab';
import { loadCorpus } from './load';
import { summarize } from './summary';

const sjis = (s: string) =>
  new Uint8Array(Encoding.convert(Encoding.stringToCode(s), { to: 'SJIS', from: 'UNICODE' }));
const file = (bytes: Uint8Array, title: string) => ({
  kind: 'file' as const,
  title,
  file: new Blob([bytes as Uint8Array<ArrayBuffer>]),
});

const STORY = '猫《ねこ》が魚を好きだ。\n犬は肉が好きだ。\n猫と犬は仲良しだ。ＡＢＣ１２３\n';

describe('loading a Japanese corpus', () => {
  it('detects Shift_JIS and summarises with segmenter word counts and the detected language', async () => {
    const c = await loadCorpus(file(sjis(STORY), 'pets.txt'));
    expect(c.encoding).toBe('shift_jis');
    expect(c.encodingDetected).toBe(true);
    const s = summarize(c);
    expect(s.script.language).toBe('ja');
    expect(s.encodingConfidence).toBeGreaterThan(0.5);
    // Intl.Segmenter: 猫|ねこ|が|魚|を|好き|だ … counted as words, not one "word" per sentence.
    expect(s.words).toBeGreaterThan(15);
  });

  it('applies the Aozora cleanup before NFKC, and the encoding the user chose', async () => {
    const c = await loadCorpus({ ...file(sjis(STORY), 'pets.txt'), aozora: true, nfkc: true });
    expect(c.text).toBe('猫が魚を好きだ。\n犬は肉が好きだ。\n猫と犬は仲良しだ。ABC123\n');
    await expect(loadCorpus({ ...file(sjis(STORY), 'pets.txt'), encoding: 'euc-jp' })).rejects.toThrow(
      /^pets\.txt is not valid EUC-JP text at byte \d+\. Save it as UTF-8, or choose its encoding\.$/,
    );
  });

  it('builds a word2vec vocabulary of Japanese words through the tokenizer spec', async () => {
    const c = await loadCorpus({ ...file(sjis(STORY), 'pets.txt'), aozora: true });
    const { tokenizer } = await createTokenizer({ ...DEFAULT_TOKENIZER, language: 'ja' });
    const data = buildCorpus(c.text, { tokenizer, minCount: 2 });
    // 猫|が|魚|を|好き|だ / 犬|は|肉|が|好き|だ / 猫|と|犬|は|仲良し|だ, min-count 2.
    expect([...data.vocab.words].sort()).toEqual(['</s>', 'が', 'だ', 'は', '好き', '犬', '猫'].sort());
  });
});
