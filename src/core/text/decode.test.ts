import { describe, expect, it } from 'vitest';
import { UserError } from '../errors';
import { binaryReason, decodeText, firstInvalidUtf8 } from './decode';

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16le(s: string, bom: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2 + (bom ? 2 : 0));
  let o = 0;
  if (bom) {
    out[o++] = 0xff;
    out[o++] = 0xfe;
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[o++] = c & 0xff;
    out[o++] = c >> 8;
  }
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

describe('decodeText', () => {
  it('decodes UTF-8 with and without a BOM', () => {
    expect(decodeText(utf8('Call me Ishmael.'))).toEqual({
      text: 'Call me Ishmael.',
      encoding: 'utf-8',
      bom: false,
    });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('クジラ')]);
    expect(decodeText(withBom)).toEqual({ text: 'クジラ', encoding: 'utf-8', bom: true });
  });

  it('decodes UTF-16 with a BOM and recognises it without one', () => {
    const text = 'The whale, the whale! A long enough line of English text.';
    expect(decodeText(utf16le(text, true)).text).toBe(text);
    const noBom = decodeText(utf16le(text, false));
    expect(noBom.encoding).toBe('utf-16le');
    expect(noBom.text).toBe(text);
  });

  it('refuses an empty file with a sentence naming it', () => {
    const e = errorOf(() => decodeText(new Uint8Array(0), 'notes.txt'));
    expect(e.code).toBe('empty-file');
    expect(e.message).toBe('notes.txt is empty: there is no text to read.');
  });

  it('refuses binary files, naming what they look like', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const e = errorOf(() => decodeText(png, 'photo.txt'));
    expect(e.code).toBe('binary-file');
    expect(e.message).toContain('PNG image');
    const random = new Uint8Array(4096);
    for (let i = 0; i < random.length; i++) random[i] = (i * 2654435761) >>> 24;
    expect(errorOf(() => decodeText(random)).code).toBe('binary-file');
    expect(binaryReason(utf8('plain\ttext\r\nwith tabs\f'))).toBeNull();
  });

  it('reports invalid UTF-8 with the byte offset instead of replacing characters', () => {
    const bad = new Uint8Array([...utf8('abc '), 0xc3, 0x28, ...utf8(' def')]);
    expect(firstInvalidUtf8(bad)).toBe(4);
    const e = errorOf(() => decodeText(bad, 'corpus.txt'));
    expect(e.code).toBe('undeterminable-encoding');
    expect(e.message).toContain('at byte 4');
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xe3, 0x81]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(utf8('ok ✓ 𝄞'))).toBe(-1);
  });
});
