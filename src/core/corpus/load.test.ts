import { describe, expect, it } from 'vitest';
import { UserError } from '../errors';
import { checkCorpusSize, loadCorpus, MAX_CORPUS_BYTES, parseJsonLines } from './load';

const file = (s: string | Uint8Array<ArrayBuffer>, title: string) => ({
  kind: 'file' as const,
  title,
  file: new Blob([s]),
});

describe('loadCorpus', () => {
  it('reads a dropped text file', async () => {
    const c = await loadCorpus(file('Call me Ishmael.\nSome years ago.', 'moby.txt'));
    expect(c.text).toBe('Call me Ishmael.\nSome years ago.');
    expect(c.records).toEqual([]);
    expect(c.bytes).toBe(32);
  });

  it('reads JSON Lines into records and joins their texts', async () => {
    const c = await loadCorpus(
      file('{"text":"spam here","label":"spam"}\n\n{"text":"ham","label":"ham"}\n', 'mail.jsonl'),
    );
    expect(c.records.map((r) => r.label)).toEqual(['spam', 'ham']);
    expect(c.text).toBe('spam here\nham');
  });

  it('names the bad line of a JSON Lines file', () => {
    expect(() => parseJsonLines('{"text":"a"}\n{"text": 3}\n', 'x.jsonl')).toThrow(
      'x.jsonl, line 2: expected an object',
    );
    expect(() => parseJsonLines('{"text":"a"}\nnope\n', 'x.jsonl')).toThrow(
      'x.jsonl, line 2: not valid JSON.',
    );
  });

  it('refuses empty, wordless and binary files with a sentence', async () => {
    await expect(loadCorpus(file('', 'empty.txt'))).rejects.toThrow('empty.txt is empty');
    await expect(loadCorpus(file('... --- !!!\n', 'dots.txt'))).rejects.toThrow('contains no words');
    await expect(
      loadCorpus(file(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]), 'paper.txt')),
    ).rejects.toThrow('PDF document');
  });

  it('refuses a file larger than a browser string can hold, before reading it', () => {
    expect(() => checkCorpusSize(MAX_CORPUS_BYTES, 'ok.txt')).not.toThrow();
    try {
      checkCorpusSize(3_600_000_000, 'GoogleNews.txt');
      throw new Error('not refused');
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).message).toBe(
        'GoogleNews.txt is 3.6 GB; the browser can hold a corpus of at most 500 MB as text. Use a part of it.',
      );
    }
  });
});
