import Encoding from 'encoding-japanese';
import { describe, expect, it } from 'vitest';
import { UserError } from '../errors';
import { decodeTextDetailed } from './decode';
import { detectEncoding, firstUndecodable, japaneseShare } from './encoding';

/** A few lines of Japanese prose written for these tests, long enough to carry evidence. */
const PROSE = [
  '春の朝、川のほとりを歩いていると、小さな猫が石の上で眠っていた。',
  '私はしばらく立ち止まって、その猫が目を覚ますのを待つことにした。',
  '遠くで電車の音がして、ＡＢＣ１２３と書かれた看板が風に揺れている。',
  '「おはよう」と声をかけると、猫は大きなあくびをして、ゆっくり歩き出した。',
].join('\n');

/** Bytes of `text` in a legacy encoding, made by encoding-japanese's converter. */
function encode(text: string, to: 'SJIS' | 'EUCJP' | 'JIS'): Uint8Array {
  return new Uint8Array(Encoding.convert(Encoding.stringToCode(text), { to, from: 'UNICODE' }));
}

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2 + (bom ? 2 : 0));
  const view = new DataView(out.buffer);
  let o = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    o = 2;
  }
  for (let i = 0; i < text.length; i++, o += 2) view.setUint16(o, text.charCodeAt(i), littleEndian);
  return out;
}

function errorOf(f: () => unknown): UserError {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('detecting and decoding each encoding', () => {
  const cases: [string, Uint8Array, string, boolean][] = [
    ['UTF-8', new TextEncoder().encode(PROSE), 'utf-8', false],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(PROSE)]), 'utf-8', true],
    ['UTF-16LE with BOM', utf16(PROSE, true, true), 'utf-16le', true],
    ['UTF-16BE with BOM', utf16(PROSE, false, true), 'utf-16be', true],
    ['Shift_JIS', encode(PROSE, 'SJIS'), 'shift_jis', false],
    ['EUC-JP', encode(PROSE, 'EUCJP'), 'euc-jp', false],
    ['ISO-2022-JP', encode(PROSE, 'JIS'), 'iso-2022-jp', false],
  ];
  for (const [name, bytes, label, bom] of cases) {
    it(`${name}: detected with high confidence and decoded exactly`, () => {
      const d = decodeTextDetailed(bytes, 'story.txt');
      expect(d.encoding).toBe(label);
      expect(d.bom).toBe(bom);
      expect(d.detected).toBe(true);
      expect(d.text).toBe(PROSE);
      expect(d.confidence).toBeGreaterThan(0.9);
    });
  }

  it('recognises UTF-16 without a BOM from its zero bytes when the text is mostly ASCII', () => {
    const text = 'A line of English with one word of Japanese: 猫. And some more English words here.';
    expect(decodeTextDetailed(utf16(text, false, false)).encoding).toBe('utf-16be');
    expect(decodeTextDetailed(utf16(text, true, false)).text).toBe(text);
  });

  it('calls pure ASCII UTF-8 with full confidence', () => {
    expect(detectEncoding(new TextEncoder().encode('plain ascii text\n'))).toEqual({
      encoding: 'utf-8',
      confidence: 1,
      bom: 0,
    });
  });

  it('lets the user override the detection, and decodes strictly with the chosen encoding', () => {
    const sjis = encode(PROSE, 'SJIS');
    const chosen = decodeTextDetailed(sjis, 'story.txt', 'shift_jis');
    expect(chosen).toMatchObject({ text: PROSE, detected: false, confidence: 1 });
    const e = errorOf(() => decodeTextDetailed(sjis, 'story.txt', 'euc-jp'));
    expect(e.code).toBe('undecodable');
    expect(e.message).toMatch(/^story\.txt is not valid EUC-JP text at byte \d+\./);
  });

  it('names the offset of a byte that does not decode instead of dropping it', () => {
    const good = encode('猫が好きです。\n犬も好きです。\n', 'SJIS');
    // 0x82 starts a two-byte character; 0x0a cannot follow it.
    const bad = new Uint8Array([...good, 0x82, 0x0a, ...encode('鳥も。', 'SJIS')]);
    expect(firstUndecodable(bad, 'shift_jis')).toBe(good.length);
    const e = errorOf(() => decodeTextDetailed(bad, 'pets.txt', 'shift_jis'));
    expect(e.message).toContain(`at byte ${good.length}`);
    expect(firstUndecodable(good, 'shift_jis')).toBe(-1);
  });

  it('says when no encoding explains the bytes', () => {
    // Half-width katakana soup: decodes as Shift_JIS, but nobody writes like that.
    const soup = new Uint8Array(200).map((_, i) => 0xa1 + (i % 60));
    const e = errorOf(() => decodeTextDetailed(soup, 'odd.txt'));
    expect(e.code).toBe('undeterminable-encoding');
    expect(e.message).toContain('The encoding of odd.txt could not be determined');
  });

  it('says when lines are in different encodings', () => {
    const mixed = new Uint8Array([
      ...new TextEncoder().encode('一行目は UTF-8 で書かれた日本語です。\n'),
      ...encode('二行目は Shift_JIS で書かれた日本語です。\n', 'SJIS'),
    ]);
    const e = errorOf(() => decodeTextDetailed(mixed, 'pasted.txt'));
    expect(e.code).toBe('mixed-encoding');
    expect(e.message).toBe(
      'pasted.txt mixes encodings: line 1 is UTF-8 but line 2 is Shift_JIS. Save the whole file in one encoding (UTF-8 is best).',
    );
  });

  it('scores Japanese-looking text above mojibake', () => {
    expect(japaneseShare('猫が好きです。').share).toBe(1);
    expect(japaneseShare('ｷﾞｬｰ').share).toBe(0);
  });
});
