import { describe, expect, it } from 'vitest';
import { isUserError } from '../errors';
import { guessColumn, readLabelledCsv, readLabelledFolder, readLabelledJsonLines } from './readers';

function userErrorOf(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    if (isUserError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('guessColumn', () => {
  it('matches names case-insensitively, in the order of the name list', () => {
    expect(guessColumn(['id', 'Review', 'Sentiment'], ['text', 'review'])).toBe('Review');
    expect(guessColumn(['body', 'text'], ['text', 'body'])).toBe('text');
    expect(guessColumn(['a', 'b'], ['text'])).toBeUndefined();
  });
});

describe('readLabelledCsv', () => {
  const csv = 'id,review,sentiment\n1,"Great, really",pos\n2,Awful, neg \n';

  it('guesses the text and label columns', () => {
    const d = readLabelledCsv(csv, 'r.csv');
    expect(d.columns).toEqual(['id', 'review', 'sentiment']);
    expect(d.textColumn).toBe('review');
    expect(d.labelColumn).toBe('sentiment');
    expect(d.records).toEqual([
      { text: 'Great, really', label: 'pos' },
      { text: 'Awful', label: 'neg' },
    ]);
  });

  it('uses the columns the user chose', () => {
    const d = readLabelledCsv(csv, 'r.csv', { textColumn: 'review', labelColumn: 'id' });
    expect(d.records.map((r) => r.label)).toEqual(['1', '2']);
  });

  it('says which columns exist when the label column is missing', () => {
    const e = userErrorOf(() => readLabelledCsv('text,stars\na,1\n', 'r.csv'));
    expect(e.code).toBe('missing-label-column');
    expect(e.message).toBe(
      'r.csv has no column that looks like the label; choose one of "text", "stars" as the label column.',
    );
    const chosen = userErrorOf(() => readLabelledCsv(csv, 'r.csv', { labelColumn: 'stars' }));
    expect(chosen.message).toBe('r.csv has no column "stars"; its columns are "id", "review", "sentiment".');
  });

  it('refuses the same column for text and label', () => {
    expect(
      userErrorOf(() => readLabelledCsv(csv, 'r.csv', { textColumn: 'id', labelColumn: 'id' })).code,
    ).toBe('same-columns');
  });
});

describe('readLabelledJsonLines', () => {
  const jsonl = '{"text":"a","label":"x","n":3}\n\n{"text":"b","label":1,"meta":{"k":1}}\n{"text":"c"}\n';

  it('reads the label field and lists the scalar fields', () => {
    const d = readLabelledJsonLines(jsonl, 'd.jsonl');
    expect(d.columns).toEqual(['text', 'label', 'n']);
    expect(d.labelColumn).toBe('label');
    expect(d.records).toEqual([
      { text: 'a', label: 'x' },
      { text: 'b', label: '1' },
      { text: 'c', label: '' },
    ]);
  });

  it('uses a chosen field and refuses a missing one', () => {
    expect(readLabelledJsonLines(jsonl, 'd.jsonl', { labelField: 'n' }).records.map((r) => r.label)).toEqual([
      '3',
      '',
      '',
    ]);
    const e = userErrorOf(() =>
      readLabelledJsonLines('{"text":"a","party":"x"}', 'd.jsonl', { labelField: 'era' }),
    );
    expect(e.code).toBe('jsonl-no-such-field');
    expect(e.message).toBe('d.jsonl has no field "era" with a text or number value; choose one of "party".');
  });

  it('passes on parseJsonLines errors with their line number', () => {
    expect(
      userErrorOf(() => readLabelledJsonLines('{"text":"a","label":"x"}\n{oops', 'd.jsonl')).message,
    ).toBe('d.jsonl, line 2: not valid JSON.');
  });
});

describe('readLabelledFolder', () => {
  it('labels by the first folder under the common root and ignores non-.txt files', () => {
    const d = readLabelledFolder([
      { path: 'aclImdb/train/pos/2_9.txt', text: 'good' },
      { path: 'aclImdb/train/neg/1_1.txt', text: 'bad' },
      { path: 'aclImdb/train/neg/sub/3_2.txt', text: 'worse' },
      { path: 'aclImdb/train/urls_pos.csv', text: '' },
      { path: 'aclImdb/train/README.txt', text: 'readme' },
      { path: 'aclImdb/train/pos/.DS_Store', text: '' },
    ]);
    expect(d.records).toEqual([
      { text: 'bad', label: 'neg' },
      { text: 'worse', label: 'neg' },
      { text: 'good', label: 'pos' },
    ]);
    expect(d.ignored).toBe(3);
    expect(d.notes.map((n) => n.text)).toEqual([
      '2 files that are not .txt were ignored.',
      '1 .txt file outside any class folder was ignored.',
    ]);
  });

  it('accepts Windows separators and class folders at the top', () => {
    const d = readLabelledFolder([
      { path: 'ham\\a.txt', text: 'x' },
      { path: 'spam\\b.TXT', text: 'y' },
    ]);
    expect(d.records.map((r) => r.label)).toEqual(['ham', 'spam']);
  });

  it('makes a drop of one folder one class, for validation to refuse', () => {
    const d = readLabelledFolder([
      { path: 'pos/a.txt', text: 'x' },
      { path: 'pos/b.txt', text: 'y' },
    ]);
    expect(d.records.map((r) => r.label)).toEqual(['pos', 'pos']);
  });

  it('refuses a drop without .txt files or without class folders', () => {
    expect(userErrorOf(() => readLabelledFolder([{ path: 'a/b.csv', text: '' }])).code).toBe('no-txt-files');
    expect(userErrorOf(() => readLabelledFolder([{ path: 'a.txt', text: '' }])).code).toBe(
      'no-class-folders',
    );
  });
});
