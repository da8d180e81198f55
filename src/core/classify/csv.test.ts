import { describe, expect, it } from 'vitest';
import { isUserError } from '../errors';
import { detectDelimiter, parseDelimited } from './csv';

function userErrorOf(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    if (isUserError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('detectDelimiter', () => {
  it('picks the most frequent of comma, tab, semicolon in the header line', () => {
    expect(detectDelimiter('a,b,c\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('a\tb\n')).toBe('\t');
    expect(detectDelimiter('a;b;c,d\n')).toBe(';');
    expect(detectDelimiter('"x,y,z";b\n')).toBe(';'); // commas inside quotes do not count
    expect(detectDelimiter('only\n1,2')).toBeUndefined();
  });
});

describe('parseDelimited', () => {
  it('reads quoted fields with delimiters, doubled quotes and newlines', () => {
    const t = parseDelimited('text,label\n"Hello, ""world""\nsecond line",pos\nplain,neg\n', 'f.csv');
    expect(t.header).toEqual(['text', 'label']);
    expect(t.rows).toEqual([
      ['Hello, "world"\nsecond line', 'pos'],
      ['plain', 'neg'],
    ]);
    expect(t.lines).toEqual([2, 4]);
  });

  it('handles CRLF, a BOM, tabs, blank lines and a missing final newline', () => {
    const t = parseDelimited('\uFEFFtext\tlabel\r\na b\tx\r\n\r\n"c\r\nd"\ty', 'f.tsv');
    expect(t.delimiter).toBe('\t');
    expect(t.header).toEqual(['text', 'label']);
    expect(t.rows).toEqual([
      ['a b', 'x'],
      ['c\r\nd', 'y'],
    ]);
    expect(t.lines).toEqual([2, 4]);
  });

  it('keeps empty fields', () => {
    expect(parseDelimited('a,b\n,\n"",x', 'f').rows).toEqual([
      ['', ''],
      ['', 'x'],
    ]);
  });

  it('treats quotes inside unquoted fields as characters, like Python csv', () => {
    expect(parseDelimited('a,b\nsay "hi",1\n"q"tail,2', 'f').rows).toEqual([
      ['say "hi"', '1'],
      ['qtail', '2'],
    ]);
  });

  it('uses a forced delimiter', () => {
    expect(parseDelimited('a;b,c\n1;2,3', 'f', ';').rows).toEqual([['1', '2,3']]);
  });

  it('names the line of an unterminated quote', () => {
    const e = userErrorOf(() => parseDelimited('text,label\nok,pos\n"never closed,neg\nmore,pos\n', 'r.csv'));
    expect(e.code).toBe('csv-unterminated-quote');
    expect(e.message).toBe('r.csv, line 3: a quoted field is never closed (a " is missing).');
  });

  it('counts lines inside quoted fields when naming a later line', () => {
    const e = userErrorOf(() => parseDelimited('a,b\n"1\n2\n3",x\ntoo,many,fields\n', 'r.csv'));
    expect(e.code).toBe('csv-ragged');
    expect(e.message).toMatch(/^r\.csv, line 5: 3 fields where the header has 2/);
  });

  it('refuses an empty file and a single column', () => {
    expect(userErrorOf(() => parseDelimited('', 'e.csv')).code).toBe('csv-one-column');
    expect(userErrorOf(() => parseDelimited('\n\n', 'e.csv', ',')).code).toBe('csv-empty');
    expect(userErrorOf(() => parseDelimited('text\nhello\n', 'e.csv')).code).toBe('csv-one-column');
  });
});
